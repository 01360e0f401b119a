// Adversarial input: long runs of the characters the patterns look for. Every regular expression
// is bounded, so each of these lints in linear time; a catastrophic pattern would hang here (the
// test timeout is the guard; this is not a timing test).
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/lint-text.js';
import { resolveRules } from '../src/config.js';

const N = 60_000;
const inputs: Record<string, string> = {
  'one long word': 'a'.repeat(N),
  'open braces': '{{'.repeat(N / 2),
  'brackets': `[${'A '.repeat(N / 2)}`,
  'angle brackets': `<${'A '.repeat(N / 2)}`,
  'a URL that never ends': `https://${'a.'.repeat(N / 2)}`,
  'at signs': 'x@'.repeat(N / 2),
  'exclamation marks': `Hi Jo,\n\n${'!'.repeat(N)}`,
  'capitals': `Hi Jo,\n\n${'WORD '.repeat(N / 5)}`,
  'attribution-like lines': 'On Monday, Tuesday, '.repeat(N / 20),
  'quote markers': '> '.repeat(N / 2),
  'header-like lines': 'From: a\nSent: b\n'.repeat(N / 16),
  'dashes': '-'.repeat(N),
  'entities': '&amp'.repeat(N / 4),
  'placeholders': '{% '.repeat(N / 3),
  'one endless sentence': `Hi Jo,\n\n${'we can not refund it and '.repeat(N / 25)}`,
};

describe('adversarial input', () => {
  const enabled = resolveRules({ preset: 'strict' });
  for (const [name, text] of Object.entries(inputs)) {
    it(`lints ${name} (${text.length} characters) without hanging`, () => {
      const result = lintText(text, { enabled });
      expect(Array.isArray(result.findings)).toBe(true);
    });
  }
});
