// Every finding on every fixture points at real text: its span is inside the file, its
// line:column is where the span starts, and a phrase finding quotes exactly what it flags.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { location } from 'vfile-location';
import { resolveRules } from '../src/config.js';
import { readUnits } from '../src/inputs/read.js';
import { lintUnits } from '../src/lint-unit.js';
import { fixtures, ROOT } from './helpers.js';

const rules = readdirSync(join(ROOT, 'fixtures')).filter((dir) => existsSync(join(ROOT, 'fixtures', dir, 'invalid')));

describe('finding spans', () => {
  for (const rule of rules) {
    for (const kind of ['invalid', 'valid'] as const) {
      it(`are exact on fixtures/${rule}/${kind}`, async () => {
        for (const fixture of fixtures(rule, kind)) {
          const place = location(fixture.text);
          const { units } = await readUnits(fixture.name, Buffer.from(fixture.text), fixture.text);
          const findings = lintUnits(fixture.text, units, { enabled: resolveRules({ preset: 'strict' }), original: fixture.original }).flatMap((r) => r.findings);
          for (const f of findings) {
            expect(f.span.start).toBeGreaterThanOrEqual(0);
            expect(f.span.end).toBeLessThanOrEqual(fixture.text.length);
            expect(place.toPoint(f.span.start)).toMatchObject({ line: f.line, column: f.column });
            // A message that opens with a quote quotes exactly the flagged text (on one line).
            if (f.message.startsWith('"')) {
              const flagged = fixture.text.slice(f.span.start, f.span.end).replace(/\s*\n\s*/g, ' ');
              expect(f.message.startsWith(`"${flagged}"`), `${f.ruleId}: ${f.message}`).toBe(true);
            }
            if (f.fix) expect(f.fix.range[0]).toBeGreaterThanOrEqual(0);
          }
        }
      });
    }
  }
});
