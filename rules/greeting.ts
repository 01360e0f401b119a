// greeting: no greeting, an impersonal one ("Dear Sir/Madam", "Dear customer"), or one without
// the customer's name when replylint knows it (an info-level nudge).
import { defineRule } from '../src/engine/rule.js';
import { isModerationNote, isSocialReply } from '../src/document/shape.js';
import { customerFirstName } from '../src/document/names.js';
import { listSpeller } from '../src/engine/spelling-dictionary.js';
import type { ReplyDocument, Report } from '../src/types.js';

const IMPERSONAL = /^(?:sir(?:\s*(?:\/|or)\s*madam)?|madam|customer|valued customer|client|valued client|user|valued user|member|valued member|account holder|cardholder|shopper|patron|to whom it may concern)$/i;

function hello(name: string | undefined): string {
  return name ? `Hi ${name},` : 'Hi there,';
}

/**
 * A greeting is expected from an e-mail: two paragraphs and a sign-off, not a one-paragraph chat
 * or social reply, and not a follow-up to one's own message ("Also: …", "P.S. …").
 */
function expectsGreeting(doc: ReplyDocument): boolean {
  if (doc.paragraphs.length < 2 || isSocialReply(doc)) return false;
  if (/^\s*(?:also|and|oh|p\.?s\.?|update|edit|one more thing|forgot to)\b/i.test(doc.paragraphs[0].text)) return false;
  return doc.closing !== undefined || doc.signature !== undefined;
}

/**
 * "Thanks again Ryan!", "Sorry Morgado.", "Great, thanks Ryan!": a short opener that ends on the
 * customer's name addresses them as a greeting would.
 */
function opensWithAddress(doc: ReplyDocument): boolean {
  const first = doc.paragraphs[0]?.sentences[0];
  if (!first) return false;
  const words = first.tokens.filter((t) => t.kind === 'word' || t.kind === 'opaque');
  const last = words.at(-1);
  if (!last || words.length < 2 || words.length > 14 || !/[!.,:]\s*$/.test(first.text)) return false;
  // The opener ends on a name or a handle: capitalised, with digits, or not an English word. A bare
  // number ("…freezing at 90%.") is no handle.
  if (!/\p{L}/u.test(last.text)) return false;
  if (/^\p{Lu}|\d|_/u.test(last.text)) return words.length <= 5 || /\d|_/.test(last.text);
  if (last.kind !== 'word' || !/^\p{L}+$/u.test(last.text) || words.length > 8) return false;
  const speller = listSpeller([]);
  return speller !== undefined && !speller.correct(last.text.toLowerCase());
}

/** True for a word the English word list lacks: a forum handle ("kbrosnan", "jostein"), not prose. */
function isHandle(word: string): boolean {
  if (!/^\p{Ll}[\p{Ll}\d_-]{2,29}$/u.test(word)) return false;
  const speller = listSpeller([]);
  return speller !== undefined && !speller.correct(word);
}

/** Lower-case openers of a chat or forum turn ("ok so…", "ooops my bad"); an e-mail starts with a capital. */
const CHAT_OPENER = /^(?:ok|okay|k|o+ps|oo+ps|ah+|oh+|hmm+|yes|yeah|yep|nope|no|well|sure|right|lol|haha|wow|btw|fyi|anyhow|anyway)$/;

/**
 * Talk that only makes sense in a public thread: crediting or answering other posters ("hat tip to
 * …", "cor-el's link", "for those who didn't…") or moderating it ("re-closing this thread").
 */
const THREAD_TALK =
  /\b(?:for those (?:who|of you)\b|hat tip\b|h\/t\b|(?:re-?)?(?:clos|lock|reopen|re-open|mark)\w* (?:this|the) (?:thread|topic|question)\b|original poster\b|the OP\b)/i;
/** "cor-el's link", "jscher2000's answer": another poster's contribution, named by their handle. */
const POSTER_POSSESSIVE = /(?:^|[\s(])([\p{L}\d_-]{2,30})['’]s (?:link|post|answer|reply|suggestion|solution|comment)s?\b/gu;
/** "kbrosnan is right": a sentence that opens by agreeing with someone else in the thread. */
const POSTER_IS_RIGHT = /^([\p{L}\d_-]{2,30}) (?:is|was) (?:right|correct|spot on)\b/iu;
const PRONOUN = /^(?:you|he|she|it|this|that|they|we|i|there|which|what|who|everyone|both)$/i;

/**
 * Whether a word is a poster's handle. A capital proves nothing at a sentence start ("Everything is
 * correct", "Today's post"), so only a word outside the dictionary counts.
 */
function namesSomeone(word: string): boolean {
  return !PRONOUN.test(word) && isHandle(word.toLowerCase());
}

/** The reply opens like a chat turn: lower case, with an interjection or a handle. */
function opensLikeChat(doc: ReplyDocument): boolean {
  const first = doc.paragraphs[0]?.sentences[0]?.tokens.find((t) => t.kind === 'word');
  return first !== undefined && /^\p{Ll}/u.test(first.text) && (CHAT_OPENER.test(first.norm) || isHandle(first.norm));
}

/** The reply talks to or about other people in a public thread. */
function talksInThread(doc: ReplyDocument): boolean {
  for (const paragraph of doc.paragraphs) {
    if (THREAD_TALK.test(paragraph.text)) return true;
    for (const m of paragraph.text.matchAll(POSTER_POSSESSIVE)) if (namesSomeone(m[1])) return true;
    for (const sentence of paragraph.sentences) {
      const m = POSTER_IS_RIGHT.exec(sentence.text);
      if (m && namesSomeone(m[1])) return true;
    }
  }
  return false;
}

/** A word that may follow "Great"/"Fantastic" without being someone's name: "Great news!". */
const PRAISE_NOUN = /^(?:news|question|questions|point|catch|idea|job|work|timing|choice|stuff|find|call|thanks|thank|to|that|this|so|and|but)$/;
const PRAISE = /^(?:fantastic|great|excellent|awesome|perfect|wonderful|brilliant|cool|nice|thanks|sorry|congrats|congratulations|welcome|oops|good)$/;

/**
 * The first sentence calls the reader by a forum handle: "Fantastic virtualize." Two words, the
 * second not a common follow-up ("Great news!"): the second is the name of the person thanked.
 */
function praisesByHandle(doc: ReplyDocument): boolean {
  const first = doc.paragraphs[0]?.sentences[0];
  if (!first || !/[.!]\s*$/.test(first.text)) return false;
  const words = first.tokens.filter((t) => t.kind === 'word');
  return words.length === 2 && PRAISE.test(words[0].norm) && /^\p{Ll}/u.test(words[1].text) && !PRAISE_NOUN.test(words[1].norm);
}

/**
 * "Could be a bug in …, could be …": a subjectless guess answers the last post in a conversation;
 * an e-mail opens with a whole sentence.
 */
const GUESS_OPENER = /^\s*(?:could|might|may|would) be\b|^\s*maybe\b/i;

/**
 * A post in a public thread (a forum follow-up, an answer that credits or agrees with another
 * poster, a moderator's note) is read by everyone in it: it is no e-mail missing its greeting.
 */
function isThreadPost(doc: ReplyDocument): boolean {
  return opensLikeChat(doc) || talksInThread(doc) || praisesByHandle(doc) || GUESS_OPENER.test(doc.paragraphs[0]?.text ?? '');
}

/** Thread housekeeping is no reply to a customer: "Locking this question…", "duplicate of …". */
/** Quoting another poster ("jscher2000 said (#…") or pointing at an answer given elsewhere. */
const HOUSEKEEPING = /^\s*(?:\S+\s+said\s+\(#|same answer as\b)/i;

export default defineRule({
  meta: {
    id: 'greeting',
    severity: 'warning',
    summary: 'A missing or impersonal greeting ("Dear Sir/Madam", "Dear customer"), or one without the name replylint knows.',
    description:
      'A reply starts with the customer\'s name: "Hi John!" reads like a person wrote it, "Dear Sir/Madam" like a form. The rule flags an e-mail with no greeting at all, and impersonal greetings ("Dear Sir/Madam", "Dear customer", "Dear valued customer", "To whom it may concern"). When the customer\'s name is known (the "On … wrote:" line or From header of a quoted thread, or how they signed their message) and the greeting does not use it ("Hello,", "Hi there,"), it adds an info-level nudge to write "Hi <name>,". A template placeholder counts as the name. One-paragraph chat messages and social replies need no greeting, and nor does a post in a public thread: a forum follow-up that opens like a chat turn or a guess, credits or agrees with another poster, or moderates the thread.',
    seed: '003 §13 "Start with a Hi, John!"',
  },
  check(doc) {
    const name = customerFirstName(doc.customer);
    const greeting = doc.greeting;
    const suggestion = hello(name);
    if (!greeting) {
      const first = doc.paragraphs[0]?.sentences[0];
      if (!first || !expectsGreeting(doc) || opensWithAddress(doc) || HOUSEKEEPING.test(doc.paragraphs[0].text) || isModerationNote(doc) || isThreadPost(doc)) return [];
      const text = `${suggestion}\n\n`;
      return [{ span: first, message: 'The reply starts without a greeting: open with the customer\'s name.', suggestions: [{ desc: `Open with: ${suggestion}`, text, fix: { range: [first.start, first.start], text } }] }];
    }
    const fix = { range: [greeting.start, greeting.end] as [number, number], text: suggestion };
    const who = greeting.name ?? '';
    if (greeting.salutation.toLowerCase() === 'to whom it may concern' || IMPERSONAL.test(who)) {
      return [{ span: greeting, message: `"${greeting.text}" is impersonal: greet the customer by name.`, suggestions: [{ desc: `Write: ${suggestion}`, text: suggestion, fix }] }];
    }
    const named = who !== '' && !/^(?:there|all|everyone|folks|again|you)$/i.test(who);
    if (name && !named) {
      const report: Report = {
        span: greeting,
        message: `"${greeting.text}" leaves out the customer's name: "${suggestion}" reads warmer.`,
        suggestions: [{ desc: `Write: ${suggestion}`, text: suggestion, fix }],
        nudge: true,
      };
      return [report];
    }
    return [];
  },
});
