// minimizing: playing a problem down ("only a few customers were affected", "a minor glitch").
import { definePhraseRule } from '../src/engine/rule.js';
import type { PhraseMatch } from '../src/engine/phrases.js';

const message = (match: PhraseMatch) =>
  `"${match.text}" plays the problem down: for this customer it was not small.`;

export default definePhraseRule(
  {
    id: 'minimizing',
    severity: 'warning',
    summary: 'Playing a problem down: "only a few customers were affected", "a minor glitch", "not a big deal".',
    description:
      'However small a problem was across your customer base, it was the whole problem for the person you are writing to. The rule flags "only a few customers were affected", "a minor glitch", "a small hiccup", "not a big deal" and similar, and suggests naming the problem plainly. It leaves alone small facts that are not about the customer\'s problem ("a small download of 20 MB", "a minor version, 4.2.1", "only you can see this folder").',
    seed: '003 §5 "Don\'t pretend that the downtime was not a big deal"',
  },
  [
    {
      patterns: [
        '(only|just) (a|the)? (few|handful of|small number of|tiny number of|fraction of|small percentage of|tiny fraction of) *',
        '(very|relatively|quite)? few (customers|users|accounts|people|clients)',
      ],
      message,
      rewrites: [(m) => `some ${m.text.split(/\s+/).at(-1)}`, (m) => `a number of ${m.text.split(/\s+/).at(-1)}`],
      // "only a few customers were affected" plays it down; "just a few minutes while we check" does not.
      skip: { onlyBefore: ['were', 'was', 'are', 'got', 'received', 'saw', 'had', 'have', 'experienced', 'noticed', 'ran', 'affected', 'impacted', 'including', 'like'] },
    },
    {
      // "It only affected a handful of accounts", "affecting only a few customers".
      patterns: [
        '(affecting|affected|affects|impacting|impacted|impacts|hitting|hit|hits) only (a|the)? (few|handful of|small number of|tiny number of|fraction of) *',
        'only (affected|affects|impacted|impacts|hit|hits) (a|the)? (few|handful of|small number of|tiny number of|fraction of) *',
      ],
      message,
      rewrites: [(m) => m.text.replace(/\bonly\s+/i, '')],
    },
    {
      patterns: ['(a|the) (small|tiny|limited) (number|handful|percentage|fraction|group) of (customers|users|accounts|people|clients|orders|members|sites|stores|devices|businesses|companies)'],
      message,
      rewrites: [(m) => `some ${m.text.split(/\s+/).at(-1)}`],
    },
    {
      patterns: ['(most|many|nearly all|almost all) (customers|users|people|clients) (did not|would not|will not|never) (even)? (notice|see|realize|realise|feel)'],
      message,
      rewrites: ["I'm sorry it hit you"],
      rewriteSentence: true,
    },
    {
      patterns: [
        '(just|only)? (a|an) (brief|quick|temporary) (blip|hiccup|glitch|hitch|snag)',
        '(just|only)? (a|an) (minor|small|tiny|slight|little) (glitch|hiccup|issue|problem|bug|delay|blip|outage|error|mistake|oversight|hitch|snag|disruption|inconvenience|interruption)',
      ],
      message,
      rewrites: [(m) => (m.norms.at(-1) === 'outage' || m.norms.at(-1) === 'interruption' ? 'an outage' : 'a problem'), 'a mistake on our side'],
    },
    {
      patterns: ['not (a|that|such a) big (of a)? deal', 'no big deal', 'nothing (serious|major|to worry about)'],
      message,
      // Said of the customer's problem, the fix is to own it, not to swap in another phrase.
      rewrites: [(m) => (m.norms[0] === 'nothing' ? 'something we are taking seriously' : 'a real problem, and we are on it')],
      skip: { sentence: ['(your|the) (data|account|money|card|payment|information) is safe', 'nothing (was|is) (lost|deleted)', 'your (own)? (typo|slip|mistake|mix-up|error)', 'happens to (everyone|all of us|the best of us)', 'do not (apologize|apologise|worry)', 'happens (more often|all the time)'] },
    },
  ],
);
