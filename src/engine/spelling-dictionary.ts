// The English dictionary for the spelling rule: dictionary-en (Hunspell, US) read from its
// package on first use only, plus British spellings and everyday support words it lacks.
import { existsSync, readFileSync } from 'node:fs';
import extraWords from './extra-words.json' with { type: 'json' };
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readWordTable, tableEdits, tableHas, type EditTest } from './word-table.js';
import { lazy } from './lazy.js';

export interface Dictionary {
  aff: Buffer;
  dic: Buffer;
}

let cached: Dictionary | undefined;

/** Read synchronously and lazily: a run with spelling off never touches the 550 KB files. */
export function englishDictionary(): Dictionary {
  if (!cached) {
    const require = createRequire(import.meta.url);
    const dir = dirname(require.resolve('dictionary-en'));
    cached = { aff: readFileSync(join(dir, 'index.aff')), dic: readFileSync(join(dir, 'index.dic')) };
  }
  return cached;
}

/**
 * Personal-dictionary lines (nspell format): "word", or "word/model" to give a British spelling
 * the inflections of its American model ("colour/color" also accepts "colours", "coloured").
 */
export const EXTRA_WORDS: readonly string[] = extraWords;

export interface Speller {
  correct(word: string): boolean;
  /**
   * Tests edits of one word as `correct` would answer for each edited word, without building it
   * (the word table's edit test); undefined when this speller has none for the word.
   */
  edits?(word: string): EditTest | undefined;
}

/**
 * The expanded, sorted word list the build writes to dist/words.txt (see scripts/words.mjs),
 * found next to the bundle or, from the sources, in dist/, with the hash table the build writes
 * beside it (dist/words.idx, see word-table.ts). It stays one string searched in place: building a
 * Set of its 124,000 words cost ~40 ms (with the garbage collection) on every cold start.
 */
function wordList(): { list: string; table?: Uint32Array } | undefined {
  for (const relative of ['./words.txt', '../words.txt', '../../dist/words.txt']) {
    const url = new URL(relative, import.meta.url);
    if (!existsSync(url)) continue;
    // ASCII only (scripts/words.mjs): latin1 reads it without UTF-8 decoding.
    const list = readFileSync(url, 'latin1');
    const index = new URL(relative.replace(/txt$/, 'idx'), import.meta.url);
    // Without the table (or with another list's), the binary search answers the same, slower.
    return { list, table: existsSync(index) ? readWordTable(readFileSync(index), list) : undefined };
  }
  return undefined;
}

/**
 * Binary search over the newline-separated lines of a sorted list: O(log n) per look-up. Lines are
 * compared in place, character by character: cutting each probed line out of the 1.2 MB string
 * (and String#lastIndexOf, which V8 runs outside compiled code) was most of a look-up's cost.
 */
export function sortedListHas(list: string, word: string): boolean {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    let start = mid;
    while (start > 0 && list.charCodeAt(start - 1) !== 10) start--;
    let end = start;
    while (end < list.length && list.charCodeAt(end) !== 10) end++;
    const order = compareLine(list, start, end, word);
    if (order === 0) return true;
    if (order < 0) lo = end + 1;
    else hi = start;
  }
  return false;
}

/** The line list[start, end) against word, as `<` on strings orders them (by UTF-16 code unit). */
function compareLine(list: string, start: number, end: number, word: string): number {
  const length = end - start;
  const shorter = Math.min(length, word.length);
  for (let i = 0; i < shorter; i++) {
    const difference = list.charCodeAt(start + i) - word.charCodeAt(i);
    if (difference !== 0) return difference;
  }
  return length - word.length;
}

let shared: ReturnType<typeof wordList>;

/** A speller over the built word list plus the team's words; undefined when the list is missing. */
export function listSpeller(words: readonly string[]): Speller | undefined {
  shared ??= wordList();
  if (!shared) return undefined;
  const { list, table } = shared;
  const own = new Set(words);
  const inList = table ? (word: string): boolean => tableHas(list, table, word) : (word: string): boolean => sortedListHas(list, word);
  const edits = (word: string): EditTest | undefined => {
    const inTable = table && tableEdits(list, table, word);
    if (!inTable || own.size === 0) return inTable || undefined;
    // The team's own words are few: an edit is built only to look it up among them.
    return (at, skip, insert) => inTable(at, skip, insert) || own.has(word.slice(0, at) + insert + word.slice(at + skip));
  };
  return { correct: (word) => own.has(word) || inList(word), edits };
}

/** The word list alone, one for the run: telling a forum handle or a name from an English word. */
export const englishWords: () => Speller | undefined = lazy(() => listSpeller([]));
