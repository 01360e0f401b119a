// false-hope: vague promises on a settled decision ("I've passed this on to the team").
import { definePhraseRule } from '../src/engine/rule.js';
import type { PhraseEntry, PhraseMatch, PhraseSkip } from '../src/engine/phrases.js';
import type { RuleMeta } from '../src/types.js';

const message = (match: PhraseMatch) =>
  `"${match.text}" promises nothing and hints at a change that may never come: if the decision is made, say so and lead the customer to what they can do.`;

const HONEST = "This change is here to stay, but here's what you can do instead: …";

// A promised answer with a date or "when we decide" is an open decision, not false hope; nor is
// a report the team acts on (a bug being fixed, an issue under investigation) or an honest "no
// promises" with a place to follow.
const SKIP: PhraseSkip = {
  conditionals: true,
  nearby: [
    'no (word|news|update|updates|info|information|details) (at this time|yet|right now|so far)', 'do not have (any)? (info|information|news|update|details)',
    '(can not|cannot) promise', '(can not|cannot) (make|give) (any)? (promises|promise|guarantees|guarantee)', 'no (promises|guarantees)', 'in the meantime', 'workaround', 'when we decide', 'write back',
    '(update|tell|let) you (know)? (by|when|as soon as|once|on)', 'by (monday|tuesday|wednesday|thursday|friday|saturday|sunday|the end of)', 'yes or no',
    // "For now, you will need to remove the user by hand: <link>": the customer gets a way today.
    'for now ,? (you|please|try|use|the|here|there)',
    // An issue being worked on: passing it on is how it gets fixed.
    '(is|it is|that is|this is|sounds like|looks like) a bug', 'known (bug|issue|problem)', 'bug report', 'file a bug',
    '(are|is|am) (already|actively|currently|still|at least)? (fixing|investigating|looking into|working on|testing|thinking about|considering)', 'being (fixed|investigated|looked into|worked on)',
  ],
};

/** What the customer asked for by name: a request, a suggestion, a vote, a place on a list. */
const REQUEST_NOUNS = '(request|requests|suggestion|suggestions|idea|ideas|vote)';
/** Words that pass on what the customer said, which may be a complaint the team will act on. */
const FEEDBACK_NOUNS = '(feedback|comments|thoughts|concerns|concern)';
const TEAM = '(team|teams|developers|devs|engineers|people|folks|management|managers)';
const passOn = (nouns: string) =>
  `(i|we) (have|will|would) (pass|passed|forward|forwarded|send|sent|share|shared|relay|relayed|given|brought|put) (your|this|the|these|that) ${nouns} (*|* *|* * *)? (on|along|over)? (to|with) (the|our)? (*|* *)? ${TEAM}`;

const shared = { message, rewrites: [HONEST], rewriteSentence: true, skip: SKIP } satisfies Omit<PhraseEntry, 'patterns'>;

/** Always about something the customer wants and the company decides on. */
const requests: PhraseEntry = {
  ...shared,
  patterns: [
    passOn(REQUEST_NOUNS),
    '(i|we) have (added|logged|recorded|noted|counted|cast|registered) (a|your) (vote|request|interest|upvote)',
    '(i|we) have (added|put) your (name|email|account|details) (to|on) (the|our|a) (*|* *)? (list|waitlist|waiting list)',
    '(i|we) have put in a (request|feature request)',
    'the more (people|votes|requests|customers) (*|* *|* * *)?, the (better|higher|more likely)',
  ],
};

/**
 * Signs that the answer is settled or the customer wants something the company does not do:
 * a removal, an end, a "no", a wish for a feature. Without one, "we'll pass your feedback on"
 * after a complaint ("Sorry we fell short") is how service gets better, not false hope.
 */
const SETTLED = [
  '~remove', '~retire', '~discontinue', 'stopped', 'ended', 'end of (its|the)? (life|support|update|updates|sale)', 'shut down', 'switched off', 'turned off', 'phased out', 'no longer', 'any more', 'anymore',
  '~decide', 'decision', 'policy', 'for good', 'permanent', 'here to stay', 'no plans', 'not (planning|planned)', '(moved|switched) (to|from|away)',
  '(was|were|has been|have been|be) changed', '(for|due to) (safety|security|legal|operational|business|licensing) reasons',
  'do not (currently)? (have|offer|support|carry|sell|stock|provide|plan)', '(will not|is not|are not|not) (be)? (coming|going to come) back', '(will not|won\'t) (return|come back)',
  '(is|are|was|were) not (currently)? (possible|available|supported|offered)', 'not something (we|that we)', 'there is no way', '(we|i) (can not|are unable to|am unable to)', 'unfortunately',
  'like to see', 'would (like|love)', '~wish', 'bring (*|* *)? back', 'feature', 'features', 'request', 'suggestion', 'great idea', 'interesting idea',
];

/** Passing on feedback or "keeping it in mind": false hope only when the answer is already no. */
const feedback: PhraseEntry = {
  ...shared,
  skip: { ...SKIP, onlyReply: SETTLED },
  patterns: [
    passOn(FEEDBACK_NOUNS),
    '(i|we) (will|would) (pass|forward|share|relay) (it|this|that|them) (on|along)? to (the|our)? (*|* *)? (team|teams|developers|devs|engineers|management)',
    '(we|i) (will|would|shall) (keep|bear) (*|* *|* * *) in mind',
    '(i|we) (will|would) let (the|our) (*)? (team|developers|devs|engineers) know',
  ],
};

const meta: RuleMeta = {
  id: 'false-hope',
  severity: 'off',
  summary: 'Vague promises on a settled decision: "I\'ve passed this on to the team", "we\'ll keep it in mind".',
  description:
    'When a feature was removed on purpose and is not coming back, "I\'ve passed your request on to the team" or "I\'ve added your vote" gives the customer hope you know is false. Say the decision is made and lead them to what they can do. The rule flags passing requests on and adding votes, and passing feedback on or "keeping it in mind" when the reply says the answer is no (a feature removed, ended, not offered) or the customer wishes for something. Passing on a complaint, a bug being fixed or an issue under investigation is how the team acts, and is left alone, as is an honest "I can\'t make any promises" or a way to manage "for now". It is off in the recommended preset because replylint cannot know whether a decision is settled; while a decision is still open, "we\'re considering that" (seed 003 §4) is fine and not flagged. Turn it on with --preset strict or --rule false-hope:info.',
  seed: '004 "Stop apologising" (contrast 003 §4)',
};

export default definePhraseRule(meta, [requests, feedback]);
