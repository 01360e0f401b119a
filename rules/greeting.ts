// greeting: no greeting, an impersonal one ("Dear Sir/Madam", "Dear customer"), or one without
// the customer's name when replylint knows it (an info-level nudge).
import { defineRule } from '../src/engine/rule.js';
import { isHandle, isSocialReply, isThreadPost } from '../src/document/shape.js';
import { customerFirstName } from '../src/document/names.js';
import type { ReplyDocument, Report } from '../src/types.js';
import { letters } from '../src/engine/letters.js';

const HAS_LETTER = letters`/\p{L}/u`;
/** A capital, a digit or an underscore: a name or a handle, not a word of the greeting. */
const NAME_OR_HANDLE_MARK = letters`/^\p{Lu}|\d|_/u`;
const ALL_LETTERS = letters`/^\p{L}+$/u`;

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
  if (!HAS_LETTER.test(last.text)) return false;
  if (NAME_OR_HANDLE_MARK.test(last.text)) return words.length <= 5 || /\d|_/.test(last.text);
  if (last.kind !== 'word' || !ALL_LETTERS.test(last.text) || words.length > 8) return false;
  return isHandle(last.text.toLowerCase());
}

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
      if (!first || !expectsGreeting(doc) || opensWithAddress(doc) || isThreadPost(doc)) return [];
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
