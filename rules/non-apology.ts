// non-apology: apologies that apologise for nothing ("sorry for any inconvenience", "sorry if you
// were upset"). "I completely understand and I'm really sorry you feel that way" is recommended
// by seed 003 §10 and is left alone.
import { definePhraseRule } from '../src/engine/rule.js';
import type { PhraseMatch } from '../src/engine/phrases.js';

const VAGUE = '(inconvenience|inconveniences|trouble|frustration|problems|issues|confusion|disruption|hassle|distress|difficulties|disappointment)';
const SORRY = '(sorry|apologize|apologise|apologies|apologizes|apologises|regret)';

const message = (match: PhraseMatch) =>
  `"${match.text}" apologises for nothing in particular: name what went wrong and own it.`;
const REWRITES = ["I'm so sorry about this. That's on us.", "I'm really sorry we let you down here."];

export default definePhraseRule(
  {
    id: 'non-apology',
    severity: 'error',
    summary: 'Apologies that apologise for nothing, like "sorry for any inconvenience" or "sorry if you were upset".',
    description:
      'A stock apology tells the customer nothing happened worth naming. A real one says what went wrong and owns it: "I\'m so sorry we charged you twice. That\'s on us." The rule flags apologies for "any inconvenience/trouble", for "the inconvenience", conditional apologies ("sorry if you were upset", "sorry if this caused"), "we regret any…", and a bare "sorry you feel that way". It leaves alone apologies that name the problem, and "I completely understand and I\'m really sorry you feel that way", which seed 003 §10 recommends.',
    seed: '003 §2 "How to apologize", §15.2',
  },
  [
    {
      patterns: [
        `${SORRY} (for|about) (any|all) (the)? ${VAGUE} (this|that|it|we)? (may|might|could)? (have)? (caused|cause|causes|created)? (you)?`,
        `${SORRY} (for|about) the (inconvenience|inconveniences) (this|that|it)? (may|might|could)? (have)? (caused|cause)? (you)?`,
        `${SORRY} (for|about) (the|any) ${VAGUE} (this|that|it) (may|might|could) (have)? (caused|cause)`,
        '(we|i) regret any',
        '(all|any) (inconvenience|inconveniences) (is|are)? regretted',
      ],
      message,
      rewrites: REWRITES,
      rewriteSentence: true,
      // "Sorry for all the trouble the sync bug caused" names the problem.
      skip: { before: ['the', 'our', 'my', 'your', 'with', 'around', 'from', 'when', 'since', 'in'] },
    },
    {
      patterns: [
        'sorry if (you|anyone) (were|are|was|have been|got) (upset|offended|disappointed|frustrated|inconvenienced|confused|annoyed|unhappy|hurt)',
        'sorry if (you|anyone) (felt|feel|thought|think|found)',
        'sorry if (this|that|it|we|our * ) (has)? (caused|upset|offended|confused|annoyed|frustrated|disappointed|inconvenienced)',
        '(we|i) (apologize|apologise) if',
        '(sorry|apologize|apologise) (that)? you feel (that|this) way',
      ],
      message,
      rewrites: REWRITES,
      rewriteSentence: true,
      skip: { sentence: ['understand', 'i am (really|so|truly) sorry you feel'] },
    },
  ],
);
