// The English dictionary for the spelling rule: dictionary-en (Hunspell, US) read from its
// package on first use only, plus British spellings and everyday support words it lacks.
import { existsSync, readFileSync } from 'node:fs';
import extraWords from './extra-words.json' with { type: 'json' };
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

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
}

/**
 * The expanded word list the build writes to dist/words.txt (see scripts/words.mjs): one Set
 * look-up per word. It is found next to the bundle or, from the sources, in dist/.
 */
function wordList(): Set<string> | undefined {
  for (const relative of ['./words.txt', '../words.txt', '../../dist/words.txt']) {
    const url = new URL(relative, import.meta.url);
    if (existsSync(url)) return new Set(readFileSync(url, 'utf8').split('\n'));
  }
  return undefined;
}

let shared: Set<string> | undefined;

/** A speller over the built word list plus the team's words; undefined when the list is missing. */
export function listSpeller(words: readonly string[]): Speller | undefined {
  shared ??= wordList();
  if (!shared) return undefined;
  const base = shared;
  const own = new Set(words);
  return { correct: (word) => base.has(word) || own.has(word) };
}
