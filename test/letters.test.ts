// Expressions with Unicode property escapes run through an ASCII twin on ASCII text
// (src/engine/letters.ts): every twin must find what its original finds, wherever a caller may
// start it (split, matchAll and exec loops start mid-text), and the original is made only when
// a text needs it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import '../rules/index.js';
import '../src/document/reply.js';
import { letterPatterns, letters } from '../src/engine/letters.js';
import { ROOT } from './helpers.js';

/** The patterns replylint defines (the tests below make a few of their own). */
const defined = [...letterPatterns];

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && ext.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every one- and two-character string over ASCII and some punctuation, the first blocks beyond ASCII, and every line and word of the fixtures. */
function samples(): string[] {
  const alphabet = [...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)), '\t', '\n', '\u2019', '\u2013', '\u2014', '\u2026', '\u00a0', '\u00ab', '\u00a9'];
  const out = new Set<string>(['']);
  for (const a of alphabet) {
    out.add(a);
    for (const b of alphabet) out.add(a + b);
  }
  // Every character of the first blocks beyond ASCII, alone and beside letters: where the twin is
  // used on one, it must read it as the original does.
  for (let code = 0x80; code < 0x3000; code++) {
    const c = String.fromCharCode(code);
    out.add(c).add(`A${c}`).add(`${c}a`);
  }
  for (const file of filesUnder(join(ROOT, 'fixtures'), /\.(?:txt|md)$/)) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      out.add(line);
      for (const word of line.split(/\s+/)) out.add(word);
    }
  }
  return [...out];
}

/** exec of a sticky copy at every position, as [index, groups] or null. */
function everywhere(re: RegExp, text: string): unknown[] {
  const sticky = new RegExp(re.source, `${re.flags.replace('g', '')}y`);
  const found: unknown[] = [];
  for (let at = 0; at <= text.length; at++) {
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    found.push(m && [m.index, ...m]);
  }
  return found;
}

describe('letter patterns', () => {
  it('spell each property as its ASCII letters, in a class or as one, and drop the "u" flag', () => {
    expect(letters`/^[\p{L}\d_-]{2,30}$/u`.twin).toEqual(/^[A-Za-z\d_-]{2,30}$/);
    expect(letters`/\p{Ll}\p{Lu}|[^\p{L}]|\p{Script=Latin}/giu`.twin).toEqual(/[a-z][A-Z]|[^A-Za-z]|[A-Za-z]/gi);
    expect(letters`/\[\p{Lu}\]/u`.twin).toEqual(/\[[A-Z]\]/);
  });

  it('refuse what has no ASCII twin', () => {
    expect(() => letters`/\p{P}/u`.twin).toThrow('letters: no ASCII twin for \\p{P} in /\\p{P}/');
    expect(() => letters`/\P{L}/u`.twin).toThrow('letters: no ASCII twin for \\P{L} in /\\P{L}/');
    expect(() => letters`/\u{41}\p{L}/u`.twin).toThrow('letters: \\u{…} means another thing without the "u" flag');
    expect(() => letters`/^\p{General_Category=Letter}+$/u`.twin).toThrow('letters: no ASCII twin for \\p{General_Category=Letter}');
    expect(() => letters`/\p{L/u`.twin).toThrow('letters: no ASCII twin for \\p in');
    expect(() => letters`^\p{L}`).toThrow('letters: expected one /pattern/flags with the "u" flag, found ^\\p{L}');
    expect(() => letters`/\p{L}/g`).toThrow('letters: expected one /pattern/flags with the "u" flag, found /\\p{L}/g');
  });

  it('use the twin only on text it reads as the original does', () => {
    const capital = letters`/^\p{Lu}/u`;
    const word = letters`/^[\p{L}']+$/u`;
    expect([capital.for('Dana') === capital.twin, capital.for('\u00c9mile') === capital.unicode, capital.for('') === capital.twin]).toEqual([true, true, true]);
    expect([word.for('don\u2019t') === word.twin, word.for('caf\u00e9') === word.unicode, word.for('hi \u{1f60a}') === word.unicode]).toEqual([true, true, true]);
    // With "m", "^" also matches after a line break: not a first-character test.
    expect(letters`/^\p{Lu}/mu`.test('a\nB')).toBe(true);
    const lazy = letters`/^\p{Ll}x/u`;
    expect([lazy.test('ax'), lazy['original']]).toEqual([true, undefined]);
    expect([capital.test('\u00c9mile'), word.test('caf\u00e9'), word.test('don\u2019t')]).toEqual([true, true, false]);
  });

  it('every twin finds what its original finds, at every position, wherever the twin is used', () => {
    const texts = samples();
    expect(defined.length).toBeGreaterThan(30);
    const differing: string[] = [];
    for (const pattern of defined) {
      for (const text of texts) {
        if (pattern.for(text) !== pattern.twin) continue;
        if (JSON.stringify(everywhere(pattern.twin, text)) !== JSON.stringify(everywhere(pattern.unicode, text))) differing.push(`${pattern.unicode} on ${JSON.stringify(text)}`);
      }
    }
    expect(differing.slice(0, 5)).toEqual([]);
  });

  it('every expression with a property escape in the sources is made through letters()', () => {
    const sources = defined.map((p) => p.source);
    const stray: string[] = [];
    for (const file of [...filesUnder(join(ROOT, 'src'), /\.ts$/), ...filesUnder(join(ROOT, 'rules'), /\.ts$/)]) {
      if (file.endsWith('letters.ts')) continue;
      readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        if (/\\p\{/.test(line) && !/^\s*(?:\/\/|\*|\/\*)/.test(line) && !sources.some((source) => line.includes(source))) stray.push(`${relative(ROOT, file)}:${i + 1}`);
      });
    }
    expect(stray).toEqual([]);
  });
});
