// What kind of message a reply is, from its shape: an e-mail is asked for the courtesies (thanks,
// a sign-off) that a one-paragraph chat message, a social reply or a moderator's note is not.
import { PhraseSet } from '../engine/phrases.js';
import type { ReplyDocument } from '../types.js';

/** A reply addressed with @handles: a post on a social network. */
export function isSocialReply(doc: ReplyDocument): boolean {
  return /^\s*@\w/.test(doc.text);
}

/**
 * A greeting on a line of its own or two paragraphs make an e-mail; a one-paragraph chat message
 * or a social reply ("@ana Hi there, please DM us…") is not one.
 */
export function looksLikeEmail(doc: ReplyDocument): boolean {
  if (isSocialReply(doc)) return false;
  const greeting = doc.greeting;
  const ownLine = greeting !== undefined && /^[ \t]*\r?\n/.test(doc.text.slice(greeting.end));
  return ownLine || doc.paragraphs.length >= 2;
}

/** What a forum moderator writes when tidying a thread. */
export const MODERATION_PATTERNS: readonly string[] = [
  // Not "the second charge is a duplicate": a duplicate of a link, a question or a thread.
  'duplicate of <opaque>', 'duplicate of (this|that|another|an earlier|the other)? (question|thread|topic|post|bug)',
  '(is|as) (a)? duplicate (question|thread|topic|post)', '(closing|locking|archiving) (this|the) *? (question|thread|topic|post)',
  '(closing|locking|archiving) (as|because|since)', 'this (question|thread|topic) is (closed|locked|a duplicate)',
];
const MODERATION = PhraseSet.of(MODERATION_PATTERNS);
const moderation = new WeakMap<ReplyDocument, boolean>();

/**
 * "i think this is a duplicate of <link> so I'm closing this question": housekeeping on a forum
 * thread, not an answer to hold to e-mail manners (greeting, thanks, sign-off, no hedging).
 */
export function isModerationNote(doc: ReplyDocument): boolean {
  let answer = moderation.get(doc);
  if (answer === undefined) {
    answer = doc.paragraphs.some((p) => p.sentences.some((s) => MODERATION.test(s.terms)));
    moderation.set(doc, answer);
  }
  return answer;
}
