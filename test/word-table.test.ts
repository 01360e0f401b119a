// The spelling rule's hash table over the word list: it must answer exactly as the list does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildWordTable, readWordTable, tableBytes, tableEdits, tableHas } from '../src/engine/word-table.js';

const list = ['Apple', 'apple', "apple's", 'banana', 'cherry', 'colour'].join('\n');
const table = buildWordTable(list);

describe('word table', () => {
  it.each(['Apple', 'apple', "apple's", 'banana', 'cherry', 'colour'])('finds %s', (word) => {
    expect(tableHas(list, table, word)).toBe(true);
  });

  it.each(['', 'Appl', 'apples', 'bananas', 'aardvark', 'zebra', 'colou', 'Banana', 'apple\nbanana', 'colour\n'])('does not find %j', (word) => {
    expect(tableHas(list, table, word)).toBe(false);
  });

  it('keeps at least half its slots empty, so a miss ends after a short probe', () => {
    const slots = table.length - 1;
    expect(slots & (slots - 1)).toBe(0);
    expect(table.subarray(1).filter((n) => n !== 0).length).toBeLessThanOrEqual(slots / 2);
  });

  it('reads back what it writes, and refuses a table made for another list or cut short', () => {
    const bytes = tableBytes(table);
    expect(readWordTable(bytes, list)).toEqual(table);
    expect(readWordTable(bytes, `${list}\nzebra`)).toBeUndefined();
    expect(readWordTable(bytes.subarray(0, bytes.length - 4), list)).toBeUndefined();
    // A table stamped with the plain list length was built with the earlier hash function.
    const earlier = Buffer.from(bytes);
    earlier.writeUInt32LE(list.length, 0);
    expect(readWordTable(earlier, list)).toBeUndefined();
  });

  it('tests an edit of a word as the look-up of the edited word answers', () => {
    const test = tableEdits(list, table, 'aple')!;
    expect(test(1, 0, 'p')).toBe(true); // apple
    expect(test(0, 1, 'A')).toBe(false); // Aple
    expect(test(4, 0, "'s")).toBe(false); // aple's
    expect(tableEdits(list, table, 'cherries')!(4, 4, 'ry')).toBe(true);
    expect(tableEdits(list, table, 'colour')!(0, 6, '')).toBe(false); // the empty word
    expect(tableEdits(list, table, 'x'.repeat(65))).toBeUndefined();
  });

  it('the built table answers like a Set for every word of the built list and for near misses', () => {
    const text = readFileSync(new URL('../dist/words.txt', import.meta.url), 'latin1');
    const built = readWordTable(readFileSync(new URL('../dist/words.idx', import.meta.url)), text);
    expect(built).toBeDefined();
    const words = text.split('\n');
    const set = new Set(words);
    for (let i = 0; i < words.length; i += 53) {
      const word = words[i]!;
      expect(tableHas(text, built!, word)).toBe(true);
      for (const miss of [`${word}q`, word.slice(0, -1), `q${word}`, word.toUpperCase()]) expect(tableHas(text, built!, miss)).toBe(set.has(miss));
    }
  });

  it('answers every one-letter edit of a word like a look-up of the edited word, on the built list', () => {
    const text = readFileSync(new URL('../dist/words.txt', import.meta.url), 'latin1');
    const built = readWordTable(readFileSync(new URL('../dist/words.idx', import.meta.url)), text)!;
    const words = text.split('\n');
    for (let i = 0; i < words.length; i += 4999) {
      for (const word of [words[i]!, `${words[i]!.slice(1)}e`]) {
        const test = tableEdits(text, built, word)!;
        for (let at = 0; at <= word.length; at++) {
          for (const [skip, insert] of [[0, 'e'], [1, ''], [1, 's'], [2, 'ab'], [0, "'s"]] as const) {
            if (at + skip > word.length) continue;
            const edited = word.slice(0, at) + insert + word.slice(at + skip);
            expect(test(at, skip, insert)).toBe(tableHas(text, built, edited));
          }
        }
      }
    }
  });
});
