// blame-shifting: pushing fault onto a provider, a partner or the customer. Naming a provider
// while owning the problem ("we're working with our hosting provider") is fine.
import { definePhraseRule } from '../src/engine/rule.js';
import type { PhraseMatch, PhraseSkip } from '../src/engine/phrases.js';

const PARTY =
  '(our|the|their|a|an|your) (hosting|payment|payments|shipping|delivery|email|e-mail|cloud|sms|network|internet|server|data|third-party|logistics|upstream|external|card|phone)? (provider|providers|vendor|vendors|partner|partners|processor|supplier|suppliers|carrier|carriers|courier|couriers|host|platform|bank|warehouse|isp)';
/** "some technical difficulties", "an unexpected outage". */
const SORT = '(technical|major|minor|temporary|unexpected|unforeseen|serious|significant|ongoing|system|systems|network|connectivity)';
const TROUBLE = '(issues|issue|problems|problem|trouble|troubles|outage|outages|glitch|glitches|difficulties|downtime|errors|error|bug|bugs|hiccup|failure|delays|delay)';

/** Ownership in the same sentence turns a mention of a provider into a fine explanation. */
const OWNERSHIP = [
  'on us', 'is our fault', 'was our fault', 'our responsibility', 'our mistake', 'our bad', 'my fault', 'my mistake',
  'we take (full)? responsibility', 'we are working with', 'we have been working with', 'we own', 'we chose', 'that is on me',
];
const thirdPartySkip: PhraseSkip = { sentence: OWNERSHIP };
const customerSkip: PhraseSkip = { questions: false, conditionals: true };

const thirdParty = (match: PhraseMatch) =>
  `"${match.text}" shifts the blame to someone else: the customer chose you, so own the problem and say what you are doing about it.`;
const customer = (match: PhraseMatch) =>
  `"${match.text}" blames the customer: help them past the problem instead of pointing out their mistake.`;

const OWN_IT = "This is our fault, and we're working with our partners to fix it.";
const OWN_IT_SHORT = "That's on us, and I'm sorry.";
const HELP_INSTEAD = "Let me walk you through the steps so this doesn't happen again.";
const HELP_INSTEAD_SHORT = "Here's how to put it right.";

export default definePhraseRule(
  {
    id: 'blame-shifting',
    severity: 'error',
    summary: 'Pushing fault away from the company, onto a third party or onto the customer.',
    description:
      'When something breaks, the customer chose you, not your hosting or payment provider, and they did not come to be told they misread the manual. The rule flags sentences that push the fault onto a third party ("our payment provider had issues", "due to a third-party outage", "this is not our fault", "beyond our control", "that\'s the courier\'s fault") or onto the customer ("didn\'t you read", "you should have backed up", "you failed to", "user error", "as clearly stated in our docs"). It suggests owning the problem instead. Naming a provider while owning it ("this is our fault, and we\'re working with our hosting provider") is fine, and so is "you should have received an email".',
    seed: '003 §2 "Always take full responsibility", §5 "Don\'t point fingers", §15.1; 002',
  },
  [
    {
      patterns: [
        `${PARTY} (had|has had|experienced|has|have|had some|suffered) (some|an|a|a few|several)? ${SORT}? ${TROUBLE}`,
        `${PARTY} (is|are|was|were|has been|have been) (having|experiencing|facing|seeing) (some|an|a|a few|several)? ${SORT}? ${TROUBLE}`,
        `${PARTY} (caused|lost|messed up|dropped|broke|delayed|failed|mixed up|misplaced)`,
        `${PARTY} (is|are|was|were) (to blame|at fault)`,
      ],
      message: thirdParty,
      rewrites: [OWN_IT, OWN_IT_SHORT],
      rewriteSentence: true,
      skip: thirdPartySkip,
    },
    {
      patterns: [
        '(due to|caused by|because of|result of) (a|an|the)? (third-party|third party|external|upstream) (outage|issue|problem|error|failure|provider|vendor|service)',
        '(this|it|that) (is|was) not (our|my) (fault|responsibility|problem|doing)',
        'not (our|my) fault',
        '(beyond|outside|out of) (of)? our control',
        '(that|this|it) (is|was) (all|entirely|totally|completely)? (the)? (* *|*) \'s fault',
        // "The delay is on Stripe's end", "it's on their side": the fault placed with someone else.
        '(is|was|are|were|lies|sits) (entirely|all|completely|solely)? (on|with) (their|the * \'s|* \'s) (end|side)',
        '(problem|issue|error|fault|delay|bug|hold-up) (is|was|lies|lay|sits) (on|with) (their|the * \'s|* \'s) (end|side)',
        '(blame|blamed) (on)? (the|our|their) (provider|vendor|partner|carrier|courier|bank|processor|host)',
      ],
      message: thirdParty,
      rewrites: [OWN_IT, OWN_IT_SHORT],
      rewriteSentence: true,
      skip: thirdPartySkip,
    },
    {
      patterns: [
        'did not you (even)? (read|see|check|follow|look at)',
        'did you (even|not) (read|see|check|follow|look at)',
        // Things the customer should have done; "you should have received an email" is fine.
        'you should have (read|checked|followed|backed|updated|known|used|contacted|looked|saved|kept|noticed|waited|cancelled|canceled|told|asked|double-checked|verified|entered|made sure|paid attention|cleared|restarted|rebooted|reinstalled|installed|removed|deleted|disabled|enabled|turned|switched|logged|signed|selected|chosen|chose|clicked|tapped|set|changed|reset|written|added|filled|attached|included|mentioned|specified|tried|tested|reported|called|emailed|ordered|returned|packed|measured)',
        'you (failed|neglected) to',
        '(user|operator) error',
        'pebkac',
        '(is|was) (all)? your (own)? (fault|mistake|doing)',
        'as (clearly|explicitly|plainly|already) (stated|mentioned|explained|outlined|noted|written|specified|documented) (in|on) (our|the)',
        'as (we|our *|the *) (clearly|explicitly|plainly) (state|states|say|says|explain|explains)',
        '(this|that|it) (is|was) (clearly|explicitly|plainly|already)? (stated|mentioned|explained|outlined|written|specified|documented) (in|on) (our|the) (terms|policy|policies|faq|faqs|docs|documentation|website|site|page|guide|help)',
        'if you had (read|followed|checked|looked|paid attention)',
        'you must have (entered|typed|deleted|clicked|misread|mistyped|forgotten|missed|changed|used|misunderstood)',
        'you (did not|never) (read|follow|check|bother)',
        '(problem|issue|error|fault) (is|was|lies|lay) (probably|likely|most likely|definitely|clearly|simply|just|almost certainly)? (on|with) your (end|side)',
      ],
      message: customer,
      rewrites: [HELP_INSTEAD, HELP_INSTEAD_SHORT],
      rewriteSentence: true,
      skip: customerSkip,
    },
  ],
);
