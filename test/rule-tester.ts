// A RuleTester in the spirit of ESLint's: a table of expected findings per invalid fixture,
// and every valid fixture must raise nothing for the rule.
import { describe, expect, it } from 'vitest';
import { resolveRules } from '../src/config.js';
import { readUnits } from '../src/inputs/read.js';
import { lintUnits } from '../src/lint-unit.js';
import { rulesById } from '../src/config.js';
import { fixtures, type Fixture } from './helpers.js';
import type { Finding, RuleSetting } from '../src/index.js';

export interface Expected {
  line: number;
  column: number;
  /** The source text the finding covers. */
  text: string;
  message: string;
  /** The replacement text of each suggestion, in order. */
  suggestions: string[];
  /** The first suggestion's description: what the agent reads, with the rewritten sentence. */
  rewrite?: string;
}

/** Through the input layer, as the CLI reads files: a Markdown macro's front matter names its platform. */
async function lintWith(id: string, fixture: Fixture): Promise<Finding[]> {
  const rules: Record<string, RuleSetting> = {};
  for (const other of rulesById.keys()) rules[other] = other === id ? 'warning' : 'off';
  const enabled = resolveRules({ rules });
  const { units } = await readUnits(fixture.name, Buffer.from(fixture.text), fixture.text);
  return lintUnits(fixture.text, units, { enabled, original: fixture.original }).flatMap((r) => r.findings).filter((f) => f.ruleId === id);
}

export function testRule(id: string, invalid: Record<string, Expected[]>): void {
  const bad = fixtures(id, 'invalid');
  const good = fixtures(id, 'valid');

  describe(id, () => {
    it('has at least 10 invalid and as many valid fixtures, each invalid one in the table', () => {
      expect(bad.length).toBeGreaterThanOrEqual(10);
      expect(good.length).toBeGreaterThanOrEqual(bad.length);
      expect(Object.keys(invalid).sort()).toEqual(bad.map((f) => f.name));
    });

    for (const fixture of bad) {
      it(`flags invalid/${fixture.name}`, async () => {
        const actual = (await lintWith(id, fixture)).map((f) => ({
          line: f.line,
          column: f.column,
          text: fixture.text.slice(f.span.start, f.span.end),
          message: f.message,
          suggestions: f.suggestions.map((s) => s.text),
          rewrite: f.suggestions[0]?.desc,
        }));
        expect(actual).toEqual(invalid[fixture.name]);
      });
    }

    for (const fixture of good) {
      it(`leaves valid/${fixture.name} alone`, async () => {
        expect((await lintWith(id, fixture)).map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([]);
      });
    }
  });
}
