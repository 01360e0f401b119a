// refusal-without-alternative: a "no" with no next step, alternative, workaround or apology nearby.
import { definePhraseRule } from '../src/engine/rule.js';
import { PhraseSet, oneLine } from '../src/engine/phrases.js';
import type { PhraseMatch } from '../src/engine/phrases.js';
import type { Report, ReplyDocument, Rule } from '../src/types.js';

const VERBS =
  '(repair|reopen|modify|amend|split|combine|reactivate|activate|reset|hold|increase|lower|reduce|speed|bring|keep|store|refund|offer|do|provide|change|support|extend|help|make|give|accept|process|issue|ship|deliver|reverse|cancel|restore|recover|add|remove|waive|transfer|reinstate|allow|honor|honour|exchange|replace|guarantee|approve|unlock|release|export|merge|edit|undo|retrieve|match|send|sell|build|fix)';

const message = (match: PhraseMatch) =>
  `"${match.text}" says no and stops there: add a sorry and what the customer can do instead.`;

/** A sorry or a clear way forward: counts next door to the "no" and a paragraph on alike. */
const CLEAR_WAY = [
  'sorry', 'apologize', 'apologise', 'apologies', 'instead', 'alternatively', 'alternative', 'workaround', 'work around', 'in the meantime',
  'what (you|we|i) can do', 'here is (how|what)', 'the good news', 'would (that|this|it) work', 'reach out', 'contact (your|the|our)',
  'try (to|using|the|a|an|another|again|our|this)', 'let me (set|add|send|book|move|arrange|create|open|ask|get|find|show|walk|help|look)',
];

/** An apology, an alternative or the agent's own next step near the "no" makes it a "No, and…". */
const ALTERNATIVES = [
  ...CLEAR_WAY,
  'however', 'option', 'options', 'but (you|we|i) (can|could|do|will|have)',
  'you (can|could) (still|also|use|try|switch|export|download|ask|upgrade|request|keep|get|move|set|book|choose|pick|order)',
  'i (have|will|can|could) (set|add|send|book|move|issue|create|open|ask|arrange|extend|give|credit|refund|make|put|change|pass|escalate)',
  'we (can|could|will|do) (offer|give|send|set|add|extend|credit|refund|help|provide|have)',
  'happy to', 'glad to', 'so (i|we) (have|will|can|could)', '<opaque>', 'please (try|use|suggest|submit|vote|contact|reach|visit|consider|go|switch|choose|pick|order|book|file|ask|post|open|report|check|create)', '?', 'you (can|may|might)',
  'keep an eye', 'pass (it|this|that|your * ) on', 'feature request', 'suggest', 'recommend', 'dm',
  'we (will|would) (be happy|love|like)', 'ask (on|in|at|the)', 'there (are|is) (a|some)? (workaround|workarounds|ways|way|options)',
  'i have (placed|ordered|sent|booked|added|credited|refunded|issued|created|arranged|moved|set|opened|asked|extended|applied|upgraded|switched|changed|started)',
  // "We can't ship to Norway. Our partner store Nordvik sells the same range and delivers there."
  '(our|a|the) (partner|sister|local|other|nearest|authorised|authorized) (store|shop|site|retailer|dealer|service|team|branch|office|website|app)',
  '(sells|offers|stocks|carries|provides|supports|delivers|ships) (the same|it|them|this|that|a similar|similar)',
];

const phrases = definePhraseRule(
  {
    id: 'refusal-without-alternative',
    severity: 'warning',
    summary: 'A "no" ("we don\'t support", "we can\'t", "it\'s not possible") with no alternative, next step or apology.',
    description:
      'Saying no is fine; leaving the customer at a dead end is not. Every no should come with a sorry and what they can do instead: "We don\'t have X yet, sorry. We do have Y — would that work for you?" The rule flags refusals ("we don\'t support/offer…", "we can\'t/won\'t/are unable to…", "it\'s not possible", "there is no way to") when neither the sentence, the one before nor the few after offer an apology, an alternative, a workaround or the agent\'s own next step; a clear one later in the same paragraph or in the next ("Instead, …", "Please ask it in…", "Which model do you have?", an apology) counts too. It leaves alone "can\'t" in other senses ("I can\'t wait to hear how it goes") and negatives that are good news ("we can\'t see any further charges").',
    seed: '000 "How to say No"; 003 §7, §13, §15.4',
  },
  [
    {
      patterns: [
        `we (do not|does not|did not) (support|offer|provide|allow|ship|accept|sell|carry|give|issue|refund|cover|currently support|currently offer)`,
        'we (do not|does not) have (a|an|the|any)? (option|way|ability|feature|plans|plan|support|setting)',
        `(we|i) (can not|are unable to|am unable to|are not able to|am not able to|will not|are not allowed to|am not allowed to|are not permitted to) ${VERBS}`,
        `(we|i) (can not|will not) (be able to)? ${VERBS}`,
        '(we|i) (will not|are not going to|am not going to) be (adding|offering|supporting|bringing|changing|making|reopening|doing|building|extending|reinstating|restoring|refunding)',
        '(it is|that is|this is|it was|that was) (not|no longer) (possible|an option|something we (can|offer|support))',
        '(is|are) (not|no longer) (supported|available|possible|offered) (for|on|in|with)?',
        'there is no way (to|for)',
        '(we|i) have no way (to|of)',
      ],
      message,
      rewrites: [(m) => `${oneLine(m.sentence.text)} I'm sorry about that. Here's what we can do instead: …`],
      rewriteSentence: true,
      skip: {
        nearby: ALTERNATIVES,
        questions: true,
        conditionals: true,
        // "We can't help without more details like: …" asks for information; it refuses nothing.
        sentence: ['(does not|doesn\'t|did not) mean', 'not (sure|certain)', 'without (more|further|some|the|any)? (details|information|info|data)', 'unless'],
      },
    },
  ],
);

/**
 * The "and…" of a "No, and…" that comes later: a few sentences on, or in the next paragraph
 * ("Which tablet do you have?", "Please ask it on Stack Overflow", "Instead, …"). Stricter than
 * ALTERNATIVES, which only looks next door: a bare "?" or "you can" a paragraph away may be about
 * something else ("Anything else I can help with?").
 */
const FOLLOW_UP = PhraseSet.of([
  ...CLEAR_WAY,
  'you (can|could) (still|also|use|try|switch|export|download|ask|upgrade|request|get|move|set|book|choose|pick|order|install)',
  'ask (it|them|this|your question)? (on|in|at)',
  'please (try|use|ask|tag|post|file|submit|contact|reach|visit|clarify|send|share|provide|tell|check|install|update|download|open|report|confirm|describe)',
  '(which|what) (*|* *)? (do|are|did|were) you (have|using|use|running|run|see|seeing|get|getting|try|trying)',
  '(can|could|would) you (send|tell|share|confirm|check|try|provide|describe|let me know which)',
  'i (will|can|could) (set|add|send|book|move|issue|create|open|ask|arrange|extend|give|credit|refund|make|put|escalate)',
]);

interface Placed {
  start: number;
  paragraph: number;
  follows: boolean;
}

/** Each body sentence with its paragraph and whether it offers a way forward. */
function place(doc: ReplyDocument): Placed[] {
  const placed: Placed[] = [];
  doc.paragraphs.forEach((paragraph, index) => {
    for (const sentence of paragraph.sentences) placed.push({ start: sentence.start, paragraph: index, follows: FOLLOW_UP.test(sentence.terms) });
  });
  return placed;
}

/**
 * For each sentence, whether a later sentence up to the end of the next paragraph offers a way
 * forward: one backward pass, so the whole reply is read once.
 */
function laterWayForward(placed: readonly Placed[]): boolean[] {
  const result = new Array<boolean>(placed.length).fill(false);
  // Whether paragraph p has a way forward after the current position (all of p + 1 by then).
  const inParagraph = new Map<number, boolean>();
  for (let i = placed.length - 1; i >= 0; i--) {
    const { paragraph } = placed[i];
    result[i] = (inParagraph.get(paragraph) ?? false) || (inParagraph.get(paragraph + 1) ?? false);
    if (placed[i].follows) inParagraph.set(paragraph, true);
  }
  return result;
}

/** The sentence a report sits in, found by offset (reports come in text order). */
function sentenceAt(placed: readonly Placed[], offset: number, from: number): number {
  let i = from;
  while (i + 1 < placed.length && placed[i + 1].start <= offset) i++;
  return i;
}

const rule: Rule = {
  meta: phrases.meta,
  check(doc, context) {
    const reports = phrases.check(doc, context);
    if (reports.length === 0) return reports;
    const placed = place(doc);
    const later = laterWayForward(placed);
    const kept: Report[] = [];
    let at = 0;
    for (const report of [...reports].sort((a, b) => a.span.start - b.span.start)) {
      at = sentenceAt(placed, report.span.start, at);
      if (!later[at]) kept.push(report);
    }
    return kept;
  },
};

export default rule;
