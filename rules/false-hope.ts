// false-hope: vague promises on a settled decision ("I've passed this on to the team").
import { definePhraseRule } from '../src/engine/rule.js';
import type { PhraseMatch } from '../src/engine/phrases.js';

const message = (match: PhraseMatch) =>
  `"${match.text}" promises nothing and hints at a change that may never come: if the decision is made, say so and lead the customer to what they can do.`;

const HONEST = "This change is here to stay, but here's what you can do instead: …";

export default definePhraseRule(
  {
    id: 'false-hope',
    severity: 'off',
    summary: 'Vague promises on a settled decision: "I\'ve passed this on to the team", "we\'ll keep it in mind".',
    description:
      'When a feature was removed on purpose and is not coming back, "I\'ve passed your request on to the team" or "I\'ve added your vote" gives the customer hope you know is false. Say the decision is made and lead them to what they can do. The rule flags passing requests on, adding votes and "keeping it in mind". It is off in the recommended preset because replylint cannot know whether a decision is settled; while a decision is still open, "we\'re considering that" (seed 003 §4) is fine and not flagged. Turn it on with --preset strict or --rule false-hope:info.',
    seed: '004 "Stop apologising" (contrast 003 §4)',
  },
  [
    {
      patterns: [
        '(i|we) (have|will|would) (pass|passed|forward|forwarded|send|sent|share|shared|relay|relayed|given|brought|put) (your|this|the|these|that) (feedback|request|requests|suggestion|suggestions|idea|ideas|comments|thoughts|vote|concerns|concern) (*|* *|* * *)? (on|along|over)? (to|with) (the|our)? (*|* *)? (team|teams|developers|devs|engineers|people|folks|management|managers)',
        '(i|we) (will|would) (pass|forward|share|relay) (it|this|that|them) (on|along)? to (the|our)? (*|* *)? (team|teams|developers|devs|engineers|management)',
        '(i|we) have (added|logged|recorded|noted|counted|cast|registered) (a|your) (vote|request|interest|upvote)',
        '(i|we) have (added|put) your (name|email|account|details) (to|on) (the|our|a) (*|* *)? (list|waitlist|waiting list)',
        '(i|we) have put in a (request|feature request)',
        'the more (people|votes|requests|customers) (*|* *|* * *)?, the (better|higher|more likely)',
        '(we|i) (will|would|shall) (keep|bear) (*|* *|* * *) in mind',
        '(i|we) (will|would) let (the|our) (*)? (team|developers|devs|engineers) know',
      ],
      message,
      rewrites: [HONEST],
      rewriteSentence: true,
      // A promised answer with a date or "when we decide" is an open decision, not false hope.
      skip: {
        conditionals: true,
        nearby: [
          'no (word|news|update|updates|info|information|details) (at this time|yet|right now|so far)', 'do not have (any)? (info|information|news|update|details)',
          '(can not|cannot) promise', 'no promises', 'in the meantime', 'workaround', 'when we decide', 'write back', '(update|tell|let) you (know)? (by|when|as soon as|once|on)', 'by (monday|tuesday|wednesday|thursday|friday|saturday|sunday|the end of)', 'yes or no'],
      },
    },
  ],
);
