// `npm run docs`: writes docs/rules/<id>.md and the README's rule table.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { renderRuleDoc, withRuleTable } from './render.js';

const root = process.cwd();
mkdirSync(join(root, 'docs', 'rules'), { recursive: true });
for (const rule of builtinRules) {
  writeFileSync(join(root, 'docs', 'rules', `${rule.meta.id}.md`), renderRuleDoc(rule, root));
}
const readme = join(root, 'README.md');
writeFileSync(readme, withRuleTable(readFileSync(readme, 'utf8')));
console.log(`wrote docs/rules/ (${builtinRules.length} rules) and the README rule table`);
