// unanswered-points: every question, request and problem the customer raised gets at least a nod.
// Points come from the customer's message; the reply's own words (never the quote) answer them.
import { defineRule } from '../src/engine/rule.js';
import { isSocialReply } from '../src/document/shape.js';
import { answersYesNo, asksBack, findPoints, handsOver, isForeign, movesToPrivateChannel, replyKeys, routesElsewhere, unansweredPoints, type Point } from '../src/engine/points.js';
import type { Report, ReplyDocument, Span } from '../src/types.js';

const QUOTE_LIMIT = 90;

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim().replace(/^(?:@\w+\s+)+/, '');
  return flat.length > QUOTE_LIMIT ? `${flat.slice(0, QUOTE_LIMIT - 1).trimEnd()}…` : flat;
}

function message(point: Point): string {
  const words = quote(point.text);
  switch (point.kind) {
    case 'question':
      return `The customer asked "${words}" and the reply does not answer it.`;
    case 'request':
      return `The customer asked for "${words}" and the reply does not say what happens with it.`;
    default:
      return `The customer reported "${words}" and the reply does not acknowledge it.`;
  }
}

/** "Also, will my bag…" → "will my bag…": the customer's connective does not belong in the answer. */
const CONNECTIVE = /^(?:also|and|plus|oh and|one more thing|another thing|lastly|finally|secondly|btw|by the way|ps|p\.s\.)[,:]?\s+/i;

function stub(point: Point): string {
  const asked = /\?\s*$/.test(point.text) ? '?' : '';
  const words = quote(point.text).replace(/[?.!]+$/, '').replace(CONNECTIVE, '');
  switch (point.kind) {
    case 'question':
      return `About "${words}${asked}": …`;
    case 'request':
      return `About your request ("${words}"): …`;
    default:
      return `I'm sorry about the trouble with "${words}". …`;
  }
}

/** A closing line in the body ("Let me know if…", "Have a great trip!") stays last: the answer goes above it. */
const CLOSING_LINE = /^(?:let (?:me|us) know|have a|if you (?:have|need)|hope (?:this|that)|feel free|any (?:other )?questions|i hope|thanks|thank you|enjoy)/i;

function answerPlace(paragraphs: ReplyDocument['paragraphs']): { offset: number; before?: boolean } {
  const last = paragraphs.at(-1)!;
  if (paragraphs.length >= 2 && CLOSING_LINE.test(last.text.trim())) return { offset: last.start, before: true };
  return { offset: last.sentences.at(-1)!.end };
}

export default defineRule({
  meta: {
    id: 'unanswered-points',
    severity: 'error',
    summary: "A question, request or problem from the customer's message that the reply never addresses.",
    description:
      'Every question, request and problem in the customer\'s message needs at least a nod, or the customer writes back and the ticket takes two more rounds. The rule reads the customer\'s message (from `--original FILE` or the quoted part of the draft), finds their questions (with or without a question mark: "I\'d like to know how…"), requests ("please…", "could you…", "I need…", a bare demand such as "Refund the extra payment.") and reported problems, including several in one sentence, "Also, …" add-ons and list items. It then looks for each point\'s content words in the reply\'s own text (never the quote), with inflections, a support synonym table (refund ~ money back, invoice ~ bill ~ receipt, password ~ log in…) and stopwords removed. A question or request counts as answered when two of its content words, or half of them, appear (a link in the reply stands for "link"); a reported problem when one does. Follow-up questions that point back to the one before on the same subject ("How do I move my templates? Will they move with Sync?") are one thread: an answer to one of them answers the thread. Bug-report headings the customer answers themselves ("Steps to reproduce?", "What is the expected result?") are not points. A reply that asks the customer back for details, moves to a private channel, answers a lone yes/no question with yes or no, or answers none of the points (it is doing something else, such as a hand-over) is not flagged, nor is a social reply starting with an @handle, which answers across several posts, or one post of a reply numbered "1/2", "2/2". In a long message (over eight sentences) only questions and requests count, and a reported problem counts when it is set apart ("Also, …", a list item). Without the customer\'s message the rule is silent.',
    seed: '000 "Email checklist" #2; 001 (find the real issue); 003 §1',
    needsOriginal: true,
    // One post of a reply split over several ("1/2") cannot be judged for what it leaves out.
    wholeReply: true,
  },
  check(doc) {
    const customer = doc.customer;
    const lastBody = doc.paragraphs.at(-1)?.sentences.at(-1);
    // A social reply (@handle …) answers across several posts, often "1/2" and "2/2": one post
    // cannot be judged for what it leaves out.
    if (!customer || !lastBody || isSocialReply(doc)) return [];
    // Moving to a private channel or asking the customer back engages with the message for now.
    if (movesToPrivateChannel(doc.paragraphs) || asksBack(doc.paragraphs)) return [];
    // A reply in another language is beyond the word lists: stay silent rather than guess.
    if (isForeign(doc.paragraphs.map((p) => p.text).join(' '))) return [];
    const handedOver = handsOver(doc.paragraphs);
    if (routesElsewhere(doc.paragraphs)) return [];
    const reply = replyKeys(doc.paragraphs);
    const points = findPoints(customer.paragraphs, customer.text).filter((p) => !isForeign(p.text));
    if (answersYesNo(points, doc.paragraphs)) return [];
    // The reply must engage with the message: when it answers none of the points it is doing
    // something else (a clarifying step, a hand-over), and guessing which point it skipped cries wolf.
    const open = unansweredPoints(points, reply);
    if (open.length === points.length) return [];
    const reports: Report[] = [];
    const at = answerPlace(doc.paragraphs);
    for (const point of open) {
      // A link nods to a lone point; a hand-over ("ask this on the developer forum") routes them all.
      if (handedOver && points.length === 1) continue;
      // A quote in the draft: point at the customer's words. An --original file: at the reply's end.
      const span: Span = customer.inFile ? point : lastBody;
      const text = at.before ? `${stub(point)}\n\n` : `\n\n${stub(point)}`;
      reports.push({
        span,
        message: message(point),
        suggestions: [{ desc: `Add a sentence that answers it: ${stub(point)}`, text, fix: { range: [at.offset, at.offset], text } }],
      });
    }
    return reports;
  },
});
