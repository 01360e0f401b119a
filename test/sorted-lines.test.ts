// The build's sorted "key<TAB>value" tables (mood lists, phrase-pattern trees) and their search.
import { describe, expect, it } from 'vitest';
import { readLines, sortedLines, valueOf, writeLines } from '../src/engine/sorted-lines.js';

describe('sorted lines', () => {
  const table = sortedLines([
    ['can', '1'],
    ["can't stand", '-3'],
    ['cancel', '-1'],
    ['Zed', '0'],
    ['caf\u00e9', '2'],
    ['', 'empty'],
  ]);

  it('sorts by key, shorter keys before their extensions', () => {
    expect(table).toEqual(['\tempty', 'Zed\t0', 'caf\u00e9\t2', 'can\t1', "can't stand\t-3", 'cancel\t-1']);
  });

  it('finds every key, and no prefix or extension of one', () => {
    expect(["can't stand", 'can', 'cancel', 'Zed', 'caf\u00e9', ''].map((key) => valueOf(table, key))).toEqual(['-3', '1', '-1', '0', '2', 'empty']);
    expect(['ca', "can'", 'cancels', 'zed', 'cafe', ' '].map((key) => valueOf(table, key))).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
    expect(valueOf([], 'can')).toBeUndefined();
  });

  it('writes lines each ended by a line break, and reads them back', () => {
    expect(writeLines(table)).toBe('\tempty\nZed\t0\ncaf\u00e9\t2\ncan\t1\ncan\'t stand\t-3\ncancel\t-1\n');
    expect(readLines(writeLines(table))).toEqual(table);
    expect([readLines(''), readLines(writeLines([]))]).toEqual([[], []]);
  });

  it('refuses a key the search could not find and a value that would break its line', () => {
    expect(() => sortedLines([['a\tb', '1']])).toThrow('table key "a\\tb" holds a control character');
    expect(() => sortedLines([['a', '1\n2']])).toThrow('table value for "a" holds a line break');
  });
});
