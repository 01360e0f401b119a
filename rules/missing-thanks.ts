// missing-thanks: the reply never thanks the customer. Short chat-style follow-ups are exempt
// (option minWords), and option position "opening" asks for the thanks in the first paragraph.
import { defineRule } from '../src/engine/rule.js';
import { isSocialReply, isThreadPost, looksLikeEmail } from '../src/document/shape.js';
import { PhraseSet } from '../src/engine/phrases.js';
import type { Paragraph, ReplyDocument, Sentence } from '../src/types.js';

const THANKS = PhraseSet.of(['thanks', 'thank', 'thx', 'ty', 'tysm', 'thankful', 'thanking', '~appreciate', 'appreciation', 'grateful', 'gratitude', 'cheers for', 'kudos']);
/** "I'd appreciate it if…" is a request. */
const NOT_THANKS = PhraseSet.of(['~appreciate (it)? if', 'would ~appreciate']);
/** "Thanks to last week's update…" means "because of"; "thanks to you" is thanks. */
const THANKS_TO = PhraseSet.of(['thanks to']);
const THANKED_PEOPLE = new Set(['you', 'your', 'everyone', 'everybody', 'all', 'both', 'u', 'y\'all']);

const OPENERS = ['Thanks for letting us know about this.', 'Thanks for your patience while we looked into this.'];

export default defineRule({
  meta: {
    id: 'missing-thanks',
    severity: 'warning',
    summary: 'The reply never thanks the customer for writing, reporting or waiting.',
    description:
      'A thank-you is the first item on every good reply checklist: for writing in, for the report, for waiting, for the idea. The rule reports a reply that never thanks the customer ("thanks", "thank you", "appreciate", "grateful", a "Thanks," closing all count; "thanks to the update" and "I\'d appreciate it if" do not). Short chat-style follow-ups (no greeting and no closing) under `minWords` words social replies (starting with an @handle) and follow-ups in a conversation or a public thread (a post that quotes the reader\'s last message back, credits, quotes or agrees with another poster, opens like a chat turn, or moderates the thread) are exempt; an e-mail is asked to thank whatever its length. With `position: "opening"` the thanks must be in the first paragraph.',
    seed: '000 "Email checklist" #1; 003 §2 checklist, §3, §13',
    wholeReply: true,
    options: {
      position: {
        type: 'string',
        enum: ['anywhere', 'opening'],
        default: 'anywhere',
        description: 'Where the thanks must be: anywhere in the reply, or in its opening paragraph.',
      },
      minWords: {
        type: 'number',
        min: 0,
        default: 40,
        description: 'Chat-style replies (no greeting, no closing) with fewer words than this need no thanks.',
      },
    },
  },
  check(doc, { options }) {
    // A social reply (@handle …) has its own conventions and limits, as for greeting and sign-off.
    if (isSocialReply(doc)) return [];
    const first = doc.paragraphs[0]?.sentences[0];
    // A short chat-style follow-up needs no thanks; an e-mail always does, however short.
    if (!first || (!looksLikeEmail(doc) && wordCount(doc.paragraphs) < (options.minWords as number))) return [];
    // Where a thanks would go is worked out only for a reply that lacks one.
    const insert = (text: string) => {
      const at = insertionPoint(doc);
      const inserted = at.after ? ` ${text}` : at.beforeList ? `${text}\n\n` : `${text} `;
      const desc = at.after ? `Add after the first sentence: ${text}` : `Open with: ${text}`;
      return { desc, text: inserted, fix: { range: [at.offset, at.offset] as [number, number], text: inserted } };
    };
    const thanked = thankedAnywhere(doc);
    const late = thanked && options.position === 'opening' && !doc.paragraphs[0].sentences.some(thanks);
    // A follow-up in a public thread or a moderator's note is no first contact owing thanks; asked
    // last, of a reply about to be reported, as it is the costliest question.
    if ((thanked && !late) || isThreadPost(doc)) return [];
    const message = late
      ? 'The thanks comes late: thank the customer in the opening paragraph.'
      : 'The reply never thanks the customer: thank them for writing in, for the report or for waiting.';
    return [{ span: first, message, suggestions: OPENERS.map(insert) }];
  },
});

/**
 * Where the thanks goes: before the first sentence of the first paragraph that is not a list item,
 * after any @handles that address a social reply; after that sentence when it shares its line with
 * the greeting ("Hi sam, the fix is…"); above the list when the reply is only a list.
 */
function insertionPoint(doc: ReplyDocument): { offset: number; after?: boolean; beforeList?: boolean } {
  const prose = doc.paragraphs.find((p) => p.kind !== 'list-item' && p.sentences.length > 0);
  if (!prose) {
    const list = doc.paragraphs[0];
    return { offset: doc.text.lastIndexOf('\n', list.start - 1) + 1, beforeList: true };
  }
  const first = prose.sentences[0];
  const handles = /^(?:@\w{1,30}[,:]?\s+)+/.exec(doc.text.slice(first.start, first.end))?.[0].length ?? 0;
  const offset = first.start + handles;
  const lineStart = doc.text.lastIndexOf('\n', offset - 1) + 1;
  if (handles === 0 && /\S/.test(doc.text.slice(lineStart, offset))) return { offset: first.end, after: true };
  return { offset };
}

function thanks(sentence: Sentence): boolean {
  if (!THANKS.test(sentence.terms) || NOT_THANKS.test(sentence.terms)) return false;
  const [because] = THANKS_TO.matches(sentence.terms);
  if (!because) return true;
  // The only thanks in the sentence is "thanks to <something>": a cause, unless it is a person.
  const next = sentence.terms[because[0] + because[1]]?.norm;
  const otherThanks = THANKS.matches(sentence.terms).some(([start]) => start !== because[0]);
  return otherThanks || (next !== undefined && THANKED_PEOPLE.has(next));
}

function thankedAnywhere(doc: ReplyDocument): boolean {
  if (doc.closing && /thank|cheers|grat/i.test(doc.closing.phrase)) return true;
  return doc.paragraphs.some((p) => p.sentences.some(thanks));
}

function wordCount(paragraphs: readonly Paragraph[]): number {
  let n = 0;
  for (const p of paragraphs) for (const s of p.sentences) for (const t of s.tokens) if (t.kind === 'word') n++;
  return n;
}
