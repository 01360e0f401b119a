// missing-thanks: the reply never thanks the customer. Short chat-style follow-ups are exempt
// (option minWords), and option position "opening" asks for the thanks in the first paragraph.
import { defineRule } from '../src/engine/rule.js';
import { PhraseSet } from '../src/engine/phrases.js';
import type { Paragraph, ReplyDocument, Sentence } from '../src/types.js';

const THANKS = PhraseSet.of(['thanks', 'thank', 'thx', 'thankful', 'thanking', '~appreciate', 'appreciation', 'grateful', 'gratitude', 'cheers for', 'kudos']);
/** "Thanks to the update…" means "because of"; "I'd appreciate it if…" is a request. */
const NOT_THANKS = PhraseSet.of([
  'thanks to (the|a|an|this|that|our|its|their|his|her|these|those)',
  '~appreciate (it)? if',
  'would ~appreciate',
]);

const OPENERS = ['Thanks for letting us know about this.', 'Thanks for your patience while we looked into this.'];

export default defineRule({
  meta: {
    id: 'missing-thanks',
    severity: 'warning',
    summary: 'The reply never thanks the customer for writing, reporting or waiting.',
    description:
      'A thank-you is the first item on every good reply checklist: for writing in, for the report, for waiting, for the idea. The rule reports a reply that never thanks the customer ("thanks", "thank you", "appreciate", "grateful", a "Thanks," closing all count; "thanks to the update" and "I\'d appreciate it if" do not). Short chat-style follow-ups under `minWords` words are exempt. With `position: "opening"` the thanks must be in the first paragraph.',
    seed: '000 "Email checklist" #1; 003 §2 checklist, §3, §13',
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
        description: 'Replies with fewer words than this (a one-line chat follow-up) need no thanks.',
      },
    },
  },
  check(doc, { options }) {
    const first = doc.paragraphs[0]?.sentences[0];
    if (!first || wordCount(doc.paragraphs) < (options.minWords as number)) return [];
    const insert = (text: string) => ({ desc: `Open with: ${text}`, text: `${text} `, fix: { range: [first.start, first.start] as [number, number], text: `${text} ` } });
    const thanked = thankedAnywhere(doc);
    if (!thanked) {
      return [{ span: first, message: 'The reply never thanks the customer: thank them for writing in, for the report or for waiting.', suggestions: OPENERS.map(insert) }];
    }
    if (options.position === 'opening' && !doc.paragraphs[0].sentences.some(thanks)) {
      return [{ span: first, message: 'The thanks comes late: thank the customer in the opening paragraph.', suggestions: OPENERS.map(insert) }];
    }
    return [];
  },
});

function thanks(sentence: Sentence): boolean {
  return THANKS.test(sentence.terms) && !NOT_THANKS.test(sentence.terms);
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
