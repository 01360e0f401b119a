// The spelling rule's hash table over the word list: it must answer exactly as the list does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildWordTable, readWordTable, tableBytes, tableHas } from '../src/engine/word-table.js';

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
});
