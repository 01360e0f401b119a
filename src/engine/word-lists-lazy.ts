// The CLI bundle's word-lists.ts (scripts/build.mjs puts it in that module's place): the same two
// lists, read on first use from the plain lines the build writes beside the bundle
// (scripts/mood-lists.ts), instead of two object literals built at every start.
import { readFileSync } from 'node:fs';

/** The bundle's folder (dist/): the CLI bundle is CommonJS. */
declare const __dirname: string;

const lines = (name: string): string[] => readFileSync(`${__dirname}/vendor/${name}`, 'utf8').split('\n').slice(0, -1);

let valences: string[] | undefined;
let sure: string[] | undefined;

/**
 * A word's valence, found by halves in AFINN-165's "word<TAB>valence" lines, sorted: building a
 * Map of them took ~1.2 ms, more than the look-ups of a whole customer's message. A tab sorts
 * below any character of a word, so "word<TAB>" orders against the lines as the words do.
 */
export function valenceIn(sorted: readonly string[], word: string): number {
  const key = `${word}\t`;
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const line = sorted[middle]!;
    if (line.startsWith(key)) return Number(line.slice(key.length));
    if (key < line) high = middle - 1;
    else low = middle + 1;
  }
  return 0;
}

export function valenceOf(word: string): number {
  valences ??= lines('afinn-165.txt');
  return valenceIn(valences, word);
}

export function sureProfanities(): readonly string[] {
  sure ??= lines('cuss.txt');
  return sure;
}
