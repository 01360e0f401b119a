// condescension: talking down ("simply", "just click", "obviously", "as I said"). "Just reply"
// and "just ask" are invitations (spec: corporate-speak's own rewrite), not instructions.
import { definePhraseRule } from '../src/engine/rule.js';
import type { PhraseMatch } from '../src/engine/phrases.js';

const ACTIONS =
  'click|tap|go|open|select|choose|enter|type|press|restart|reboot|reinstall|log|sign|follow|download|update|upgrade|add|remove|delete|change|use|visit|head|hit|try|do|run|send|copy|paste|drag|make|check|turn|switch|clear|refresh|reload|reset|install|uninstall|uncheck|toggle|scroll|navigate|drop|read|call|email|plug|unplug|hold|swipe|pick|set|put|fill';

const talkingDown = (match: PhraseMatch) =>
  `"${match.text}" can read as talking down: what is easy for you may not be for the customer.`;
const repeating = (match: PhraseMatch) =>
  `"${match.text}" tells the customer they should have listened: say it again, kindly.`;

export default definePhraseRule(
  {
    id: 'condescension',
    severity: 'warning',
    summary: 'Talking down: "simply", "just click", "obviously", "clearly", "as I said", "it\'s easy".',
    description:
      'A customer who writes in has already tried; telling them it is simple or obvious makes them feel stupid. The rule flags "simply", "just" before an instruction ("just click…"), "obviously", "clearly" as a comment on the customer, "as I said", "as previously mentioned" and "it\'s easy/very simple", and suggests the sentence without the word, or walking the customer through it. It leaves alone "just" about time ("we just shipped the fix") or amount ("just one admin"), "clearly" describing how something looks ("clearly labelled"), and product names like "the Simple plan" (capitalised mid-sentence).',
    seed: '003 §15.1, §15.6',
  },
  [
    {
      // "you were simply trying to…" means merely; "simply click" talks down.
      patterns: ['simply'],
      message: talkingDown,
      rewrites: [''],
      skip: { capitalizedMidSentence: true, after: ['were', 'was', 'are', 'is', 'am', 'not', 'i', 'we'], before: ['trying', 'wanted', 'want', 'wanting', 'asking', 'because', 'not', 'put', 'a', 'the', 'too', 'for', 'to', 'by', 'should', 'is', 'was', 'can', 'will', 'does', 'did', 'would', 'could', 'may', 'might'] },
    },
    {
      patterns: [`just (${ACTIONS})`],
      message: talkingDown,
      rewrites: [(m) => m.text.replace(/^just\s+/i, '')],
      // "I just reset it" is about time; "you just click" is the condescending one.
      skip: { after: ['i', 'we', 'they', 'he', 'she', 'it', 'have', 'has', 'had', 'was', 'were', 'team', 'engineers'] },
    },
    { patterns: ['obviously'], message: talkingDown, rewrites: [''] },
    {
      patterns: ['clearly'],
      message: talkingDown,
      rewrites: [''],
      skip: { after: ['not', 'more', 'very', 'less', 'so'], before: ['understand', 'understood', 'visible', 'label', 'labelled', 'labeled', 'mark', 'marked', 'write', 'print', 'state', 'stated', 'indicate', 'displayed', 'legible', 'readable', 'printed', 'shown', 'written', 'identified', 'defined', 'explain', 'explains', 'explained', 'describe', 'describes', 'hear', 'see', 'shows', 'show', 'showed', 'shown'] },
    },
    {
      patterns: [
        'as i (said|mentioned|stated|explained|noted|wrote|told you) (before|earlier|previously|already)?',
        'as (previously|already) (mentioned|stated|explained|noted|said)',
        'as (mentioned|stated|explained|noted) (before|earlier|previously|above)',
        'like i (said|mentioned)',
      ],
      message: repeating,
      rewrites: [''],
    },
    {
      patterns: ['(it is|that is|this is) (really|very|super|pretty|quite|so)? (easy|simple|straightforward|a breeze|trivial)', '(everyone|everybody|anyone) knows'],
      message: talkingDown,
      rewrites: ['let me walk you through it'],
      skip: { capitalizedMidSentence: true, sentence: ['easy to (have)? (miss|missed|overlook|overlooked|confuse|mix up|forget|get wrong|misread|lose|skip)'] },
    },
  ],
);
