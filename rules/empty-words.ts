// empty-words: words and stock phrases that say nothing ("inconvenience", "feedback", "valued
// customer"). Single-word swaps that stay grammatical are safe fixes.
import { definePhraseRule } from '../src/engine/rule.js';
import type { PhraseMatch } from '../src/engine/phrases.js';

/** Nouns that make "feedback" part of a UI or product name: "the feedback form". */
const FEEDBACK_COMPOUNDS = [
  'tab', 'button', 'form', 'page', 'widget', 'link', 'menu', 'survey', 'section', 'option', 'icon',
  'board', 'forum', 'portal', 'channel', 'tool', 'box', 'loop', 'panel', 'field', 'dialog', 'window',
  'report', 'hub',
];
const DETERMINERS = new Set(['your', 'the', 'this', 'that', 'any', 'our', 'their', 'his', 'her', 'some', 'more', 'my', 'all', 'such']);
const SINGULAR_VERBS = new Set(['is', 'was', 'has', 'does', 'helps', 'means', 'matters', 'makes', 'goes', 'gives', 'shows', 'will']);

/** "your feedback" → "your thoughts"; with no determiner or before "is", the uncountable "input". */
function feedbackSwap(match: PhraseMatch): string {
  const terms = match.sentence.terms;
  const previous = terms[match.first - 1]?.norm;
  const next = terms[match.last]?.norm;
  return previous && DETERMINERS.has(previous) && !(next && SINGULAR_VERBS.has(next)) ? 'thoughts' : 'input';
}

const message = (what: string) => (match: PhraseMatch) => `"${match.text}" ${what}`;

export default definePhraseRule(
  {
    id: 'empty-words',
    severity: 'error',
    summary: 'Words and stock phrases that say nothing, like "inconvenience" and "feedback".',
    description:
      'Support replies fill up with words that mean nothing to the person reading them: every problem becomes an "inconvenience", everything a customer says becomes "feedback", and every customer is "valued". Customers read these as a form letter. The rule flags them and offers a concrete word instead; the single-word swaps that stay grammatical ("your feedback" → "your thoughts", "the inconvenience" → "the trouble") are safe automatic fixes. It leaves alone the same words in quoted customer text, in placeholders, URLs and code, and in product or UI names written with a capital mid-sentence ("the Feedback tab") or followed by a UI noun ("feedback form").',
    seed: '003 §10 "Don\'t use empty words", §13, §15.2; 004 "Stop apologising"',
    fixable: true,
  },
  [
    {
      patterns: ['an inconvenience'],
      message: message('is an empty word: name the actual trouble (a late parcel, a double charge).'),
      rewrites: ['a hassle', 'a real problem'],
      fix: true,
      skip: { capitalizedMidSentence: true },
    },
    {
      patterns: ['inconvenience'],
      message: message('is an empty word: name the actual trouble (a late parcel, a double charge).'),
      rewrites: ['trouble', 'hassle', 'frustration'],
      fix: true,
      skip: { capitalizedMidSentence: true },
    },
    {
      patterns: ['inconveniences'],
      message: message('is an empty word: name the actual trouble (a late parcel, a double charge).'),
      rewrites: ['problems', 'hassles'],
      fix: true,
      skip: { capitalizedMidSentence: true },
    },
    {
      patterns: ['inconvenienced'],
      message: message('is an empty word: say what happened to the customer.'),
      rewrites: ['put out', 'let down'],
      skip: { capitalizedMidSentence: true },
    },
    {
      patterns: ['(thanks|thank you) (so much|very much)? for (the|your|all the|all your) feedback'],
      message: message('thanks the customer for "feedback", an empty word: thank them for what they actually shared.'),
      rewrites: ['Thanks for sharing your thoughts', 'Thanks for taking the time to tell us this'],
    },
    {
      patterns: ['feedback'],
      message: message('is an empty word: call it what the customer gave you (thoughts, ideas, a bug report).'),
      rewrites: [feedbackSwap, 'ideas'],
      fix: true,
      skip: { capitalizedMidSentence: true, before: FEEDBACK_COMPOUNDS },
    },
    {
      patterns: ['valued (customer|customers|client|clients|member|members|user|users)'],
      message: message('is a form-letter phrase: talk to the person, not to a category.'),
      rewrites: [(m) => m.norms[1]],
    },
    {
      patterns: ['(your|this) (call|email|e-mail|message|request|ticket|enquiry|inquiry|question|case|business) (is|are) (very|extremely|really|so)? important to (us|me)'],
      message: message('is a stock phrase that nobody believes: show it by answering.'),
      rewrites: ["I'm on it", "I've read your message carefully"],
    },
    {
      patterns: ['we (truly|really|genuinely)? (care about|value) (your|the) business'],
      message: message('is a stock phrase that says nothing: say what you are doing for the customer.'),
      rewrites: ["we're glad you're with us", "we want to get this right for you"],
    },
  ],
);
