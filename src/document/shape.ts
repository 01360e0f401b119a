// What kind of message a reply is, from its shape: an e-mail is asked for the courtesies (thanks,
// a sign-off) that a one-paragraph chat message, a social reply, a post in a public thread or a
// moderator's note is not.
import { PhraseSet } from '../engine/phrases.js';
import { englishWords } from '../engine/spelling-dictionary.js';
import type { ReplyDocument } from '../types.js';
import { perReply } from './per-reply.js';
import { letters, LOWER_CASE_FIRST } from '../engine/letters.js';

const LOWER_CASE_HANDLE = letters`/^\p{Ll}[\p{Ll}\d_-]{2,29}$/u`;

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
  const ownLine = greeting !== undefined && endsItsLine(doc.text, greeting.end);
  return ownLine || doc.paragraphs.length >= 2;
}

/** Only blanks between the offset and the end of its line (tested in place, no copy of the rest). */
function endsItsLine(text: string, at: number): boolean {
  LINE_END.lastIndex = at;
  return LINE_END.test(text);
}
const LINE_END = /[ \t]*\r?\n/y;

/** What a forum moderator writes when tidying a thread. */
export const MODERATION_PATTERNS: readonly string[] = [
  // Not "the second charge is a duplicate": a duplicate of a link, a question or a thread.
  'duplicate of <opaque>', 'duplicate of (this|that|another|an earlier|the other)? (question|thread|topic|post|bug)',
  '(is|as) (a)? duplicate (question|thread|topic|post)', '(closing|locking|archiving) (this|the) *? (question|thread|topic|post)',
  '(closing|locking|archiving) (as|because|since)', 'this (question|thread|topic) is (closed|locked|a duplicate)',
];
const MODERATION = PhraseSet.of(MODERATION_PATTERNS);

/**
 * "i think this is a duplicate of <link> so I'm closing this question": housekeeping on a forum
 * thread, not an answer to hold to e-mail manners (greeting, thanks, sign-off, no hedging).
 */
export const isModerationNote = perReply((doc: ReplyDocument): boolean => doc.paragraphs.some((p) => p.sentences.some((s) => MODERATION.test(s.terms))));

/** True for a word the English word list lacks: a forum handle ("kbrosnan", "jostein"), not prose. */
export function isHandle(word: string): boolean {
  if (!LOWER_CASE_HANDLE.test(word)) return false;
  const speller = englishWords();
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
const POSTER_POSSESSIVE = letters`/(?:^|[\s(])([\p{L}\d_-]{2,30})['’]s (?:link|post|answer|reply|suggestion|solution|comment)s?\b/gu`;
/** "kbrosnan is right": a sentence that opens by agreeing with someone else in the thread. */
const POSTER_IS_RIGHT = letters`/^([\p{L}\d_-]{2,30}) (?:is|was) (?:right|correct|spot on)\b/iu`;
/**
 * Whether a word is a poster's handle. A capital proves nothing at a sentence start ("Everything is
 * correct", "Today's post"), so only a word outside the dictionary counts (pronouns are in it).
 */
function namesSomeone(word: string): boolean {
  return isHandle(word.toLowerCase());
}

/** Thinking aloud or laughing: a chat turn however it is written ("Hmmm nyth, I too…"). */
const HESITATION = /^(?:hmm+|lol|haha)$/;

/** The reply opens like a chat turn: lower case, with an interjection or a handle; or hesitating. */
function opensLikeChat(doc: ReplyDocument): boolean {
  const first = doc.paragraphs[0]?.sentences[0]?.tokens.find((t) => t.kind === 'word');
  if (first === undefined) return false;
  return HESITATION.test(first.norm) || (LOWER_CASE_FIRST.test(first.text) && (CHAT_OPENER.test(first.norm) || isHandle(first.norm)));
}

/** "Hi again sir bry": greeting someone again is a turn in an exchange already under way. */
const GREETED_AGAIN = /^(?:hi|hello|hey|dear)[ \t,]+again\b/i;

function greetsAgain(doc: ReplyDocument): boolean {
  const at = doc.greeting?.start;
  return at !== undefined && GREETED_AGAIN.test(doc.text.slice(at, at + 20));
}

/** The reply talks to or about other people in a public thread. */
function talksInThread(doc: ReplyDocument): boolean {
  for (const paragraph of doc.paragraphs) {
    if (THREAD_TALK.test(paragraph.text)) return true;
    for (const m of paragraph.text.matchAll(POSTER_POSSESSIVE.for(paragraph.text))) if (namesSomeone(m[1])) return true;
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
  return words.length === 2 && PRAISE.test(words[0].norm) && LOWER_CASE_FIRST.test(words[1].text) && !PRAISE_NOUN.test(words[1].norm);
}

/**
 * "Could be a bug in …, could be …": a subjectless guess answers the last post in a conversation;
 * an e-mail opens with a whole sentence.
 */
const GUESS_OPENER = /^\s*(?:could|might|may|would) be\b|^\s*maybe\b/i;

/** Quoting another poster ("jscher2000 said (#…") or pointing at an answer given elsewhere. */
const QUOTES_POSTER = /^\s*(?:\S+\s+said\s+\(#|same answer as\b)/i;
/** Quoting the reader's last post back to them ("you wrote: …"): a turn in an ongoing exchange. */
const QUOTES_READER = /\byou (?:wrote|said)\s*:/i;

/**
 * A post that follows others in a public thread: a follow-up that opens like a chat turn or a
 * guess, greets the reader again, quotes the reader's last post back, credits, quotes or agrees with another poster, or
 * moderates the thread. It is
 * read by everyone in it: no e-mail missing its greeting, and no first contact owing thanks.
 */
export const isThreadPost = perReply((doc: ReplyDocument): boolean => {
  const opening = doc.paragraphs[0]?.text ?? '';
  return (
    opensLikeChat(doc) ||
    greetsAgain(doc) ||
    talksInThread(doc) ||
    praisesByHandle(doc) ||
    GUESS_OPENER.test(opening) ||
    QUOTES_POSTER.test(opening) ||
    doc.paragraphs.some((p) => QUOTES_READER.test(p.text)) ||
    isModerationNote(doc)
  );
});

/** Whom a forum post greets: a poster's handle ("Hi arejfour:", "Hi dwalton28") or the thread. */
const THREAD_ADDRESS = /^(?:all|everyone|everybody|folks)$/i;

/**
 * A post on a forum: a thread post, or an answer that greets a poster by handle or the whole
 * thread. The forum shows who wrote it, so it needs no signature.
 */
export const isForumPost = perReply((doc: ReplyDocument): boolean => {
  const name = doc.greeting?.name?.trim();
  return (name !== undefined && isPosterName(name)) || isThreadPost(doc);
});

/** "arejfour", "dwalton28", "Nix_N1", "all": not a person's name as an e-mail greets them. */
function isPosterName(name: string): boolean {
  return THREAD_ADDRESS.test(name) || (!/\s/.test(name) && (/\d|_/.test(name) || isHandle(name)));
}
