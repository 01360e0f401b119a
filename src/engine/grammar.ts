// Just enough English agreement for rewrites that swap a verb form ("should work" → "works").
import { isWordTerm, type PhraseMatch } from './phrases.js';

const PLURAL_PRONOUNS = new Set(['they', 'these', 'those', 'we', 'you', 'i', 'both', 'all', 'many']);
const SINGULAR_S = new Set(['this', 'is', 'its', 'was', 'has', 'does', 'us', 'status', 'access', 'address', 'process', 'business', 'bus', 'plus', 'bonus', 'news', 'series', 'analysis']);

/** The word before the match: the subject in "The links should work". */
export function subjectOf(match: PhraseMatch): string | undefined {
  const term = match.sentence.terms[match.first - 1];
  return term && isWordTerm(term) ? term.norm : undefined;
}

export function isPlural(word: string | undefined): boolean {
  if (!word) return false;
  if (PLURAL_PRONOUNS.has(word)) return true;
  return word.endsWith('s') && !word.endsWith('ss') && !word.endsWith("'s") && !SINGULAR_S.has(word) && word.length > 3;
}

/** "work" → "works", "fix" → "fixes", "try" → "tries", "be" → "is". */
export function thirdPerson(verb: string): string {
  if (verb === 'be') return 'is';
  if (verb === 'have') return 'has';
  if (verb === 'do') return 'does';
  if (verb === 'go') return 'goes';
  if (/(?:s|x|z|ch|sh)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

/** The present form of `verb` that agrees with the subject before the match. */
export function agree(verb: string, match: PhraseMatch): string {
  const subject = subjectOf(match);
  if (verb === 'be') return subject === 'i' ? 'am' : isPlural(subject) ? 'are' : 'is';
  return isPlural(subject) ? verb : thirdPerson(verb);
}
