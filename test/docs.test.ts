// The generated docs are part of the source: this fails when rule meta or fixtures changed and
// `npm run docs` was not run.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinRules } from '../rules/index.js';
import { renderRuleDoc, withRuleTable } from '../src/docs/render.js';
import { ROOT } from './helpers.js';

describe('generated docs', () => {
  for (const rule of builtinRules) {
    it(`docs/rules/${rule.meta.id}.md is up to date (run npm run docs)`, () => {
      expect(readFileSync(join(ROOT, 'docs', 'rules', `${rule.meta.id}.md`), 'utf8')).toBe(renderRuleDoc(rule, ROOT));
    });
  }

  it('the README rule table is up to date (run npm run docs)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toBe(withRuleTable(readme));
  });
});
