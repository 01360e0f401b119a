import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listSpeller, sortedListHas } from '../src/engine/spelling-dictionary.js';

describe('sortedListHas', () => {
  const list = ['Apple', 'apple', "apple's", 'banana', 'cherry', 'colour'].join('\n');

  it.each(['Apple', 'apple', "apple's", 'banana', 'cherry', 'colour'])('finds %s', (word) => {
    expect(sortedListHas(list, word)).toBe(true);
  });

  it.each(['', 'Appl', 'apples', 'bananas', 'aardvark', 'zebra', 'colou', 'Banana'])('does not find %j', (word) => {
    expect(sortedListHas(list, word)).toBe(false);
  });
});

describe('the built word list', () => {
  const text = readFileSync(new URL('../dist/words.txt', import.meta.url), 'utf8');
  const words = text.split('\n');

  it('is sorted in code-unit order, which the binary search relies on', () => {
    const unsorted = words.findIndex((word, i) => i > 0 && !(words[i - 1]! < word));
    expect(unsorted).toBe(-1);
  });

  it('answers like a Set for every word in it and for near misses', () => {
    const set = new Set(words);
    const speller = listSpeller([])!;
    for (let i = 0; i < words.length; i += 97) {
      const word = words[i]!;
      expect(speller.correct(word)).toBe(true);
      for (const miss of [`${word}q`, word.slice(0, -1), `q${word}`]) {
        expect(speller.correct(miss)).toBe(set.has(miss));
      }
    }
  });

  it('accepts British spellings and the team’s own words', () => {
    expect(listSpeller([])!.correct('colour')).toBe(true);
    expect(listSpeller([])!.correct('Zendesky')).toBe(false);
    expect(listSpeller(['Zendesky'])!.correct('Zendesky')).toBe(true);
  });
});
