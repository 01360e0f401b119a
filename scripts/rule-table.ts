import { readUnits } from '../src/inputs/read.js';
import { lintUnits } from '../src/lint-unit.js';
import { resolveRules, rulesById } from '../src/config.js';
import { fixtures } from '../test/helpers.js';
const id = process.argv[2];
const rules: Record<string, any> = {};
for (const other of rulesById.keys()) rules[other] = other === id ? 'warning' : 'off';
const enabled = resolveRules({ rules });
const lines: string[] = [];
const camel = id.replace(/-(\w)/g, (_, c) => c.toUpperCase());
lines.push(`// Expected findings for fixtures/${id}/invalid: rule id, line:column, flagged text, message, rewrites.`);
lines.push(`import { testRule } from './rule-tester.js';`, '');
lines.push(`testRule('${id}', {`);
for (const f of fixtures(id, 'invalid')) {
  const { units } = await readUnits(f.name, Buffer.from(f.text), f.text);
  const found = lintUnits(f.text, units, { enabled, original: f.original }).flatMap((r) => r.findings).filter((x) => x.ruleId === id);
  lines.push(`  '${f.name}': [`);
  for (const x of found) {
    lines.push(`    {`, `      line: ${x.line},`, `      column: ${x.column},`, `      text: ${JSON.stringify(f.text.slice(x.span.start, x.span.end))},`, `      message: ${JSON.stringify(x.message)},`, `      suggestions: ${JSON.stringify(x.suggestions.map((s) => s.text))},`, `      rewrite: ${JSON.stringify(x.suggestions[0]?.desc)},`, `    },`);
  }
  lines.push(`  ],`);
}
lines.push(`});`, '');
process.stdout.write(lines.join('\n'));
