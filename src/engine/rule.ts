// The rule contract, modelled on ESLint's: a rule is its meta plus a check over the reply document.
import type { PhraseEntry } from './phrases.js';
import { compileEntries, findPhrases } from './phrases.js';
import type { Rule, RuleMeta } from '../types.js';

export function defineRule(rule: Rule): Rule {
  return rule;
}

/** A rule that is a table of phrases: the shared engine does the matching and the rewrites. */
export function definePhraseRule(meta: RuleMeta, entries: readonly PhraseEntry[]): Rule {
  // Compiled on first use (compileEntries defers the work), declared now for the build.
  const table = compileEntries(entries);
  return {
    meta,
    check(doc) {
      return findPhrases(doc, table);
    },
  };
}
