// hedging: uncertain language about what the agent did or checked ("should now work", "it looks
// like"). Advice, obligation and conditional uses of "should" are left alone.
import { definePhraseRule } from '../src/engine/rule.js';
import { MODERATION_PATTERNS } from '../src/document/shape.js';
import { agree } from '../src/engine/grammar.js';
import type { PhraseMatch, PhraseSkip } from '../src/engine/phrases.js';

const STATES =
  'fixed|resolved|working|sorted|back|live|visible|available|gone|updated|active|enabled|disabled|restored|corrected|processed|showing|up|running|ok|okay|good|fine|ready|reflected|applied|cleared|removed|deleted|cancelled|canceled|refunded|credited|unlocked|reset|complete|completed|done|there|under|in|on|set|connected|synced|verified|approved|accessible|open|unblocked|reactivated|merged|transferred|moved|added';

const VERBS_AFTER_NOW =
  'work|load|sync|appear|show|display|update|open|start|run|connect|arrive|reach|go|print|download|upload|send|receive|import|export|save|function';

/**
 * Honest uncertainty is not a hedge: predictions about future releases, setups the agent says
 * they could not test, and indirect questions ("how you think this should work").
 */
const HONEST = [
  '(in|with|by) (a|the) (future|next|upcoming|later) (release|update|version|build)', 'someday', 'some day', 'at some point', 'eventually',
  '(not|never) (officially)? (support|supported|tested)', 'unsupported', 'i do not have (a|an|the|one)', '(have|had) not (tested|tried)',
  '(how|what|why|whether) (you|we|they|i) (think|expect|want|feel)', 'soon', 'by the end of', 'scheduled', 'unofficial',
  'will be (fixed|released|available|out|ready|added|included)', '(will|would|might) (surprise|delight) you', 'you (will|would|might) (love|like|enjoy)',
  'correct me if', 'let me know if i', 'not (sure|certain)', 'could be', 'my guess', 'hard to say', 'no idea',
  'within the next', '(in|over) the (next|coming) (few|couple)', 'in no time', 'as early as', 'never (tried|tested)',
  // Second-hand reports: "it seems like it fixed the problem for some folks in the bug thread".
  'for some (users|people|folks|customers)', 'some (users|people|folks|customers) (report|reported|say|said|found)',
];

/**
 * The customer's own device or setup, which the agent cannot see from here: "the download may
 * have been corrupted on your console" is a troubleshooting guess, not a hedge about a check.
 */
const CUSTOMER_SIDE = ['(on|in|from) your (end|side|console|device|computer|phone|laptop|tablet|pc|mac|machine|browser|network|router|modem|tv|system|printer)'];

/** "Note the printer and laptop should be connected to the same network": a requirement, not a hedge. */
const REQUIREMENT = ['make sure', 'ensure', '(please)? note (that|the|your)', 'keep in mind', 'remember (that|to)', 'the same (network|wifi|account|email|version)'];

/** "You should be able to register by going to…", "…from your account page": how-to, with the way written out. */
const HOW_TO = ['by', 'through', 'via', 'from (your|the)', 'once', 'for this', '<opaque>'];
// A moderator's note ("i think this is a duplicate of …, so I'm closing this") hedges nothing the customer waits on.
const skip: PhraseSkip = { questions: true, conditionals: true, sentence: HONEST, reply: MODERATION_PATTERNS };
const hedge = (match: PhraseMatch): string => `"${match.text}" hedges about something you did or checked: say it with certainty.`;

/** "should now work" → "now works"; keeps "now" where the agent put it. */
function certainVerb(match: PhraseMatch): string {
  const words = match.norms.filter((w) => w !== 'should');
  return words.map((w) => (w === 'now' ? w : agree(w, match))).join(' ');
}

/** "should now be fixed" → "is now fixed". */
function certainBe(match: PhraseMatch): string {
  const rest = match.norms.slice(1).filter((w) => w !== 'be');
  const text = match.text.split(/\s+/).slice(1).filter((w) => w.toLowerCase() !== 'be');
  return [agree('be', match), ...text.slice(0, rest.length)].join(' ');
}

export default definePhraseRule(
  {
    id: 'hedging',
    severity: 'warning',
    summary: 'Uncertain language about what you did or checked, like "should now work" or "it looks like".',
    description:
      '"Should now work" tells the customer you are not sure your fix worked, and invites the reply "well, does it?". Check, then say it with certainty: "That blog is now under your other account." The rule flags hedges about what the agent did or checked ("should now work", "should be fixed", "it looks like", "it seems", "I think", "I believe", "probably", "hopefully", "might have") and suggests the certain form. It leaves alone "should" as advice or obligation ("you should update the app", "this should not happen", "should you need anything", "a bug that should be fixed"), hedges after "if"/"unless"/"whether", hedges inside questions, and words inside quotation marks. It also leaves alone how-to with the way written out ("you should be able to restore it from the backup"), wishes about what others will do ("Hopefully the courier adds Sunday slots"), troubleshooting guesses about the customer\'s own device ("the download may have been interrupted on your laptop") and predictions ("should be in within the next few days").',
    seed: '004 "On certainty in support"',
  },
  [
    {
      patterns: ['should now be able to', 'should be now able to', 'should be able to now'],
      message: hedge,
      rewrites: ['can now'],
      // "You should now be able to log in" hedges a fix; "Kevin should be able to help" is an offer.
      skip: { ...skip, onlyAfter: ['you', 'it', 'this', 'that', 'everything', 'they', 'everyone'] },
    },
    {
      // Without "now" it is often how-to ("you should be able to restore it from the backup") or
      // another team's help ("they should be able to assist"): flagged only when neither.
      patterns: ['should be able to'],
      message: hedge,
      rewrites: ['can'],
      skip: { ...skip, onlyAfter: ['you', 'it', 'this', 'that', 'everything', 'everyone'], sentence: [...HONEST, ...HOW_TO] },
    },
    {
      patterns: [`should (now)? be (now)? (${STATES})`],
      message: hedge,
      rewrites: [certainBe],
      // "a bug that should be fixed" is an obligation, not a hedge.
      skip: { ...skip, after: ['that', 'which', 'who'], sentence: [...HONEST, ...REQUIREMENT] },
    },
    {
      patterns: ['should (now)? work (now|again)?', `should now (${VERBS_AFTER_NOW})`],
      message: hedge,
      rewrites: [certainVerb],
      // "Casting should work but there are bugs": what is supposed to work, then what does not.
      skip: { ...skip, before: ['but', 'however', 'though', 'although', 'yet'] },
    },
    {
      patterns: ['it (looks|seems|appears) (like|as if|as though) (that)?', 'it (seems|appears) (that)?'],
      message: hedge,
      rewrites: [''],
      // "It looks like you're on Windows" reads the customer's setup; it claims nothing about a fix.
      skip: { ...skip, before: ['you'], sentence: [...HONEST, ...CUSTOMER_SIDE] },
    },
    {
      patterns: ['(looks|seems) like'],
      message: hedge,
      rewrites: [''],
      skip: { ...skip, midSentence: true, sentence: [...HONEST, ...CUSTOMER_SIDE] },
    },
    {
      patterns: ['it (seems|appears) to (be|have)'],
      message: hedge,
      rewrites: [(m) => (m.norms.at(-1) === 'have' ? 'it has' : 'it is')],
      skip: { ...skip, sentence: [...HONEST, ...CUSTOMER_SIDE] },
    },
    {
      patterns: ['i (think|believe) (that)?', 'i am (pretty|fairly|quite|almost) (sure|certain|confident) (that)?', 'if i am not mistaken'],
      message: hedge,
      rewrites: [''],
      // "I think I would…", "I think the best thing is…": opinions, not hedged facts.
      skip: {
        ...skip,
        before: ['i', 'you', 'we'],
        // Opinions about the thread ("I think Sam answered the sync question", "I think their reply
        // is a good one") judge someone else's answer, not what the agent did or checked.
        sentence: [
          ...HONEST, 'the best (thing|way|option)', 'did a (great|good)', '(explained|answered|covered|described|put) (it|this|that)? (well|perfectly|nicely|better|clearly)',
          '(answered|answers) (the|your|this|that|both|it)', '(reply|answer|response|post|suggestion) is (a)? (good|great|right|correct|definitive|helpful)', 'that means',
          '(reply|answer|response|post) (in|on) (another|the other|a different|this|that) (thread|question|topic)',
          '(that|this|it) (cleared|clears|has cleared) up', 'worth (a|the)? (look|try|trying|checking|shot)',
        ],
      },
    },
    {
      // "I think I've fixed it": the agent unsure of their own work (unlike "I think I'd…", an opinion).
      patterns: ['i (think|believe) i have (fixed|solved|sorted|resolved|found|updated|changed|reset|removed|added|applied|corrected|restored|refunded|cancelled|canceled)'],
      message: hedge,
      rewrites: [(m) => `I have ${m.norms.at(-1)}`],
      skip: { questions: true, conditionals: true },
    },
    {
      // "The cause is probably…", "it was probably caused by…": a guess about a diagnosis the
      // agent could check. "You'd probably be better off…" is advice, and stays.
      patterns: [
        '(is|was|are|were) probably (caused|because|due|the (cause|problem|issue|reason|culprit))', 'probably (caused|because of|due to)',
        // "It's probably the cache", "the retries probably cleared the backlog": a diagnosis or a result left unchecked.
        '(it is|that is|this is) probably (the|a|an|your|our)', 'probably (fixed|cleared|solved|resolved|sorted|worked|helped|did the trick)',
      ],
      message: hedge,
      rewrites: [(m) => m.text.replace(/\s*probably\b/i, '')],
      skip: { ...skip, sentence: [...HONEST, ...CUSTOMER_SIDE] },
    },
    {
      // "Hopefully this fixes it" opens a sentence about the agent's fix; "we'll hopefully…",
      // "Hopefully things settle down", "Hopefully Google adds it" are wishes about what others do.
      patterns: ['hopefully'],
      message: hedge,
      rewrites: [''],
      skip: { ...skip, midSentence: true, onlyBefore: ['this', 'that', 'it', 'these', 'those', 'your', 'everything', 'you', 'now', 'all'] },
    },
    {
      // "Hopefully, it arrives by Friday": the comma hides the next word from onlyBefore above.
      patterns: ['hopefully ,'],
      message: hedge,
      rewrites: [''],
      skip: { ...skip, midSentence: true },
    },
    {
      patterns: ['hopefully (this|that|it|these) (helps|works|fixes|solves|does the trick|sorts)'],
      message: hedge,
      rewrites: ["Let me know if anything still isn't right", "This sorts it out, and I'm here if anything is still off"],
      skip,
    },
    {
      // "Your card might have been charged twice": the agent checked, so it was.
      patterns: ['(might|may|could) have been'],
      message: hedge,
      rewrites: ['was', 'is'],
      skip: { ...skip, sentence: [...HONEST, ...CUSTOMER_SIDE], before: ['a', 'an', 'the', 'some', 'any', 'able', 'more', 'there', 'in', 'on', 'at', 'to', 'better', 'worse'] },
    },
  ],
);
