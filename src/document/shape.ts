// What kind of message a reply is, from its shape: an e-mail is asked for the courtesies (thanks,
// a sign-off) that a one-paragraph chat message or a social reply is not.
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
