// The customer's points (questions, requests, reported problems) and the words that stand for
// them, so unanswered-points can tell whether the reply gives each one at least a nod.
import { stemmer } from 'stemmer';
import { isWordTerm, PhraseSet } from './phrases.js';
import { lazy } from './lazy.js';
import type { Paragraph, Sentence, Span, Term } from '../types.js';
import { LETTER_FIRST, letters } from './letters.js';

const LEADING_WORD = letters`/^[\p{L}']+/u`;
const LETTER = letters`/\p{L}/gu`;
const LATIN_LETTER = letters`/\p{Script=Latin}/gu`;

export type PointKind = 'question' | 'request' | 'problem';

export interface Point extends Span {
  kind: PointKind;
  /** The customer's sentence the point comes from. */
  sentence: Sentence;
  /** The customer's words for this point, as written. */
  text: string;
  /** One entry per content word: its stem and the synonym groups it belongs to. */
  concepts: Array<Set<string>>;
  /** Where the sentence sits: paragraph index, sentence index in it. */
  paragraph: number;
  index: number;
}

const QUESTION_OPENERS = PhraseSet.of([
  'i would (also)? like to know', 'i (also)? want to know', 'i (also)? need to know', 'i (am|was) (also)? wondering', 'i (also)? wonder',
  'is there (a|any) way', 'is it possible', 'can you tell me', 'could you tell me', 'please tell me', 'please let me know',
  'let me know (how|what|when|where|why|if|whether)', 'how (do|can|should|would) i', 'what (is|are|do|does)', 'why (is|does|did|do|are)',
]);
const REQUESTS = PhraseSet.of([
  'please', 'could you', 'can you', 'would you', 'will you', 'i need', 'i would like', 'i want', 'i am looking for',
  'help me', 'kindly', 'i (would|d) appreciate (it)? if', 'i am asking (for|you)', 'is it possible to',
]);
const PROBLEMS = PhraseSet.of([
  'not working', 'does not work', 'do not work', 'did not work', 'is not working', 'stopped working', 'does not (load|open|show|sync|start|arrive|appear|let)',
  'can not', 'unable to', 'will not (load|open|start|let|work|sync)', 'keeps (crashing|failing|freezing|logging|asking|saying|showing)',
  '~crash', '~freez', 'error', 'errors', 'broken', 'fails', 'failed', 'failing', 'wrong', 'missing', 'stuck', 'never (arrived|came|got|received)',
  'has not (arrived|come|been)', 'have not (received|got|gotten|heard)', 'did not (receive|get|arrive)', 'charged twice', 'double charged',
  'overcharged', 'still (not|no|have not|has not|waiting|broken|missing|showing|charging|getting)', 'no longer', 'disappeared', 'lost', 'damaged',
]);
const SET_APART = PhraseSet.of(['also', 'plus', 'additionally', 'in addition', 'separately', 'another (issue|problem|thing)', 'one more thing', 'on top of that', 'p.s', 'ps', 'oh and', 'and also']);
const SPLIT_BEFORE = new Set(['how', 'what', 'when', 'where', 'why', 'which', 'who', 'can', 'could', 'will', 'would', 'is', 'are', 'do', 'does', 'should', 'also']);

/** Function words and support small talk: they say nothing about what the point is about. */
const STOPWORDS = new Set(
  (
    'a an the and or but if so of to in on at by for from with about into over under as than then there here this that these those ' +
    'i me my mine myself we us our ours you your yours he him his she her it its they them their what which who whom whose when where why how ' +
    'is am are was were be been being have has had having do does did done doing will would shall should can could may might must not no nor ' +
    'all any both each few more most other some such only own same too very just also still again even ever already yet now soon really ' +
    "please thanks thank hi hello hey dear regards cheers help know like want need would get got getting let tell ask asked wonder wondering " +
    'question questions issue issues problem problems thing things way something anything everything one able sure ok okay well much many ' +
    "'s 've 're 'll 'd 'm s t don doesn didn isn aren wasn weren won can't don't i'm i've it's that's there's what's " +
    'day today yesterday tomorrow time week month year hour minute morning evening back new old good great bad best last first next ' +
    'look looking see seem use using used make made go going come came take took give gave say said try tried trying keep happen happened ' +
    'possible possibly maybe perhaps kindly asap urgent urgently anyway though although because since while until before after ' +
  'find found anywhere everywhere somewhere check checked fine right correct sort sorted else pls plz thx ty rather instead ' +
  'respond response reply replies answer answers advise advice assist assistance anyone anybody someone somebody guys folks team ' +
  'asap thoughts ideas urgent follow-up followup rt retweet around hear heard yes yeah yep nope curious goes gone went comes coming'
  ).split(/\s+/),
);

/** Words that stand for the same thing in a support conversation; a word may sit in several groups. */
const SYNONYMS: string[][] = [
  ['refund', 'reimburse', 'reimbursement', 'repay', 'repaid', 'repayment', 'moneyback', 'chargeback'],
  ['invoice', 'bill', 'billing', 'receipt', 'statement', 'proof'],
  ['cancel', 'cancellation', 'terminate', 'termination', 'unsubscribe', 'downgrade'],
  ['password', 'login', 'logon', 'signin', 'credential', 'credentials', 'passcode', 'passphrase', 'locked', 'lockout'],
  ['pin', 'code', 'passcode'],
  ['deliver', 'delivery', 'ship', 'shipping', 'shipment', 'shipped', 'arrive', 'arrival', 'parcel', 'package', 'tracking', 'courier', 'dispatch', 'dispatched', 'postage'],
  ['price', 'pricing', 'cost', 'fee', 'fees', 'rate', 'charge', 'charged', 'payment', 'pay', 'paid', 'billed', 'quote'],
  ['email', 'e-mail', 'mail', 'inbox', 'newsletter'],
  ['export', 'download', 'csv', 'spreadsheet'],
  ['backup', 'snapshot', 'restore'],
  ['delete', 'remove', 'erase', 'deletion', 'removal'],
  ['account', 'profile'],
  ['crash', 'crashes', 'crashing', 'freeze', 'freezes', 'hang', 'hangs', 'quit', 'quits'],
  ['error', 'bug', 'glitch', 'fault', 'defect'],
  ['replace', 'replacement', 'exchange', 'swap'],
  ['warranty', 'guarantee', 'covered', 'cover'],
  ['upgrade', 'plan', 'tier', 'subscription', 'membership', 'premium'],
  ['phone', 'call', 'mobile'],
  ['address', 'street', 'postcode', 'zip'],
  ['discount', 'coupon', 'promo', 'voucher', 'code'],
  ['size', 'fit', 'fits', 'larger', 'smaller', 'bigger'],
  ['book', 'booking', 'reservation', 'reserve', 'reserved'],
  ['photo', 'picture', 'image', 'camera'],
  ['contact', 'addressbook'],
  ['sync', 'synchronise', 'synchronize', 'syncing', 'synced'],
  ['notification', 'alert', 'reminder'],
  ['calendar', 'schedule', 'timeline', 'roadmap', 'dates'],
  ['volunteer', 'involved', 'contribute', 'contributor', 'help out'],
  ['purchase', 'buy', 'bought', 'order', 'ordered'],
  ['link', 'links', 'url', 'hyperlink'],
];
const BIGRAMS: Record<string, string> = {
  'money back': 'moneyback', 'log in': 'login', 'sign in': 'signin', 'logged in': 'login', 'signed in': 'signin',
  'address book': 'addressbook', 'log on': 'logon', 'charge back': 'chargeback',
};

/** Irregular forms the Porter stemmer cannot join to their verb: "froze" answers "freeze". */
const IRREGULAR: Record<string, string> = {
  froze: 'freeze', frozen: 'freeze', sent: 'send', bought: 'buy', paid: 'pay', gave: 'give', given: 'give',
  took: 'take', taken: 'take', told: 'tell', lost: 'lose', left: 'leave', kept: 'keep', brought: 'bring',
  wrote: 'write', written: 'write', chose: 'choose', chosen: 'choose', broke: 'break', broken: 'break',
  sold: 'sell', spent: 'spend', built: 'build', held: 'hold', shown: 'show', forgot: 'forget', forgotten: 'forget',
  stuck: 'stick', fell: 'fall', fallen: 'fall', meant: 'mean', ran: 'run', hid: 'hide', hidden: 'hide',
  shipped: 'ship', reset: 'reset', won: 'win', drove: 'drive', driven: 'drive', flew: 'fly', flown: 'fly',
  rang: 'ring', rung: 'ring', spoke: 'speak', spoken: 'speak', stole: 'steal', stolen: 'steal', woke: 'wake',
};

/** Each synonym's stem to its groups (stemming them is ~1 ms, for a rule most runs leave off). */
const groups = lazy(() => {
  const byStem = new Map<string, string[]>();
  for (const group of SYNONYMS) {
    for (const word of group) {
      const stem = stemmer(word);
      byStem.set(stem, [...(byStem.get(stem) ?? []), `=${group[0]}`]);
    }
  }
  return byStem;
});

function conceptOf(norm: string): Set<string> | undefined {
  if (STOPWORDS.has(norm) || !LETTER_FIRST.test(norm) || norm.length < 2) return undefined;
  const word = norm.replace(/'s$/, '');
  const stem = stemmer(Object.hasOwn(IRREGULAR, word) ? IRREGULAR[word] : word);
  if (STOPWORDS.has(stem)) return undefined;
  return new Set([stem, ...(groups().get(stem) ?? [])]);
}

/** A link in the reply answers "can you send me the link?". */
const link = lazy(() => conceptOf('link')!);

/** The content words of a run of terms as concepts: stem plus synonym groups; a few two-word phrases too. */
export function conceptsOf(terms: readonly Term[]): Array<Set<string>> {
  const concepts: Array<Set<string>> = [];
  for (let i = 0; i < terms.length; i++) {
    const norm = terms[i].norm;
    const concept = conceptOf(norm);
    if (concept) concepts.push(concept);
    // "sign-in" also stands for "signin" and "sign"; "e-mail" for "email".
    if (norm.includes('-')) {
      const joined = conceptOf(norm.replace(/-/g, ''));
      if (joined) concept ? joined.forEach((k) => concept.add(k)) : concepts.push(joined);
      for (const part of norm.split('-')) {
        const piece = conceptOf(part);
        if (piece) concepts.push(piece);
      }
    }
    const next = terms[i + 1];
    const bigram = next ? BIGRAMS[`${terms[i].norm} ${next.norm}`] : undefined;
    if (bigram) concepts.push(conceptOf(bigram)!);
  }
  // "I've sent the money back to your card", "the full amount is back on your card": a refund
  // in other words, with the words apart.
  if (terms.some((t) => t.norm === 'back') && terms.some((t) => MONEY.has(t.norm))) concepts.push(conceptOf('moneyback')!);
  return concepts;
}

const MONEY = new Set(['money', 'amount', 'payment', 'charge', 'funds', 'fee', 'cost', 'price', 'euros', 'dollars', 'pounds', 'cash', 'deposit']);

/**
 * The customer's points. A long message (a forum post with setup details and traces) keeps only
 * its questions and requests: reported problems there are mostly narrative.
 */
export function findPoints(paragraphs: readonly Paragraph[], text: string): Point[] {
  const sentences = paragraphs.reduce((n, p) => n + p.sentences.length, 0);
  const points = collectPoints(paragraphs, text);
  return sentences > 8 ? points.filter((p) => p.kind !== 'problem') : points;
}

function collectPoints(paragraphs: readonly Paragraph[], text: string): Point[] {
  const points: Point[] = [];
  paragraphs.forEach((paragraph, at) => {
    let previousWasPoint = false;
    paragraph.sentences.forEach((sentence, index) => {
      const kind = classify(sentence, paragraph.kind === 'list-item');
      const wasPoint = previousWasPoint;
      previousWasPoint = false;
      if (!kind) return;
      for (const part of splitPoints(sentence, kind)) {
        // A bullet, or the customer's own "Hi," in front of the point is not part of it.
        part.from = skipOpening(sentence.terms, part.from, part.to);
        let start = sentence.terms[part.from].start;
        let concepts = conceptsOf(sentence.terms.slice(part.from, part.to));
        // "Could you check?" leans on the sentence before it for what to check.
        const previous = paragraph.sentences[index - 1];
        if (concepts.length === 0 && previous && !wasPoint) {
          concepts = conceptsOf(previous.terms);
          start = previous.start;
        }
        concepts = distinct(concepts);
        if (concepts.length === 0 || isHeading(part.kind, concepts, part.to - part.from)) continue;
        const end = trimEnd(text, start, sentence.terms[part.to - 1].end);
        previousWasPoint = true;
        points.push({ kind: part.kind, sentence, start, end, text: text.slice(start, end), concepts, paragraph: at, index });
      }
    });
  });
  return points;
}

/** "accounts … account" is one thing asked about: counted twice, it would double what the reply must say. */
function distinct(concepts: Array<Set<string>>): Array<Set<string>> {
  const seen = new Set<string>();
  return concepts.filter((concept) => {
    const stem = stemOf(concept);
    if (seen.has(stem)) return false;
    seen.add(stem);
    return true;
  });
}

/** A concept's own stem comes first; the synonym groups (=refund) follow. */
function stemOf(concept: Set<string>): string {
  return concept.values().next().value ?? '';
}

/**
 * Bug-report headings the customer answers themselves ("What is usual? When I…", "How to reproduce
 * the issue? Open…", "Expected result?") structure the story; they ask the agent nothing.
 */
const reportHeadings = lazy(() => new Set(
  ['usual', 'normal', 'expected', 'expect', 'actual', 'reproduce', 'repro', 'step', 'steps', 'behaviour', 'behavior', 'result',
    'outcome', 'symptom', 'context', 'background', 'summary', 'environment', 'scenario', 'goal', 'observed'].map((w) => stemmer(w)),
));
const HEADING_WORDS = 8;

function isHeading(kind: PointKind, concepts: Array<Set<string>>, words: number): boolean {
  return kind === 'question' && words <= HEADING_WORDS && concepts.every((c) => reportHeadings().has(stemOf(c)));
}

/** Sarcasm and venting are not questions to answer: "You gonna fix this?", "How about NO?" */
const RHETORICAL = PhraseSet.of([
  'how about', 'you gonna', 'are you (serious|kidding|joking)', 'what the', 'wtf', 'seriously', 'is this a joke',
  'who does that', 'why would (i|anyone)', 'why do you (even|always|never)', 'how hard is it', 'how is this (ok|okay|acceptable)',
]);
const MAX_POINT_WORDS = 45;

const SALUTATIONS = new Set(['hi', 'hello', 'hey', 'dear', 'hiya', 'greetings', 'morning']);

function skipOpening(terms: readonly Term[], from: number, to: number): number {
  let at = from;
  while (at < to - 1 && /^[-*•+]$/.test(terms[at].norm)) at++;
  if (SALUTATIONS.has(terms[at]?.norm ?? '')) {
    const comma = terms.findIndex((t, i) => i > at && i < at + 5 && /^[,!:]$/.test(t.norm));
    if (comma !== -1 && comma < to - 1) at = comma + 1;
  }
  return at;
}

/** Pasted code or config ("lockPref(\"app.update\", false);") is not something the customer asks. */
function looksLikeCode(sentence: Sentence): boolean {
  return (sentence.text.match(/[(){};=<>[\]]/g) ?? []).length >= 3 || /^\s*(?:function|var|let|const|import|def|class)\b/.test(sentence.text);
}

/** "Refund the extra payment now.", "Cancel my order": a demand without "please" is still a request. */
const DEMANDS = new Set(['refund', 'cancel', 'remove', 'delete', 'close', 'reset', 'replace', 'credit', 'unsubscribe', 'reverse', 'reimburse', 'return', 'resend', 'reactivate', 'unblock', 'unlock', 'restore']);

function imperative(sentence: Sentence): boolean {
  const words = sentence.terms.filter(isWordTerm);
  const first = words[0]?.norm === 'just' || words[0]?.norm === 'now' ? words[1] : words[0];
  return first !== undefined && DEMANDS.has(first.norm) && words.length >= 2;
}

function classify(sentence: Sentence, listItem: boolean): PointKind | undefined {
  if (RHETORICAL.test(sentence.terms) || looksLikeCode(sentence)) return undefined;
  // Quoted text (an error message the customer pasted) is what they saw, not what they ask.
  if (/^\s*['"“‘]|['"”’]\s*[?.!]*\s*$/.test(sentence.text)) return undefined;
  // "Do u expect people to travel with a compass???" vents; it does not ask.
  if (/[?!]{3,}|\?!|!\?/.test(sentence.text)) return undefined;
  if (sentence.terms.length > MAX_POINT_WORDS * 1.5) return undefined;
  if (sentence.isQuestion || QUESTION_OPENERS.test(sentence.terms)) return 'question';
  if (REQUESTS.test(sentence.terms) || imperative(sentence)) return 'request';
  // A problem stated in passing is usually the story of the main request; one that is set apart
  // ("Also, the app crashes…", a list item) is a point of its own.
  if (listItem) return 'problem';
  if (PROBLEMS.test(sentence.terms) && SET_APART.test(sentence.terms.slice(0, 4))) return 'problem';
  return undefined;
}

interface Part {
  from: number;
  to: number;
  kind: PointKind;
}

/** "Can you cancel my plan and how long will the refund take?" holds two questions. */
function splitPoints(sentence: Sentence, kind: PointKind): Part[] {
  const terms = sentence.terms;
  const cuts: number[] = [];
  for (let i = 1; i < terms.length - 2; i++) {
    const t = terms[i].norm;
    const next = terms[i + 1].norm;
    const joins = t === 'and' || t === ';' || (t === ',' && next === 'and');
    if (joins && SPLIT_BEFORE.has(t === ',' ? terms[i + 2]?.norm ?? '' : next)) cuts.push(t === ',' ? i + 1 : i);
  }
  if (cuts.length === 0 || kind !== 'question') return [{ from: 0, to: terms.length, kind }];
  const parts: Part[] = [];
  let from = 0;
  for (const cut of cuts) {
    parts.push({ from, to: cut, kind });
    from = cut + 1;
  }
  parts.push({ from, to: terms.length, kind });
  // Each part must ask something itself: "my son keeps buying things; is there a way to…" is one question.
  return parts.filter((p, i) => p.to > p.from && (i === parts.length - 1 || asksItself(terms.slice(p.from, p.to))));
}

const QUESTION_WORDS = new Set([...SPLIT_BEFORE].filter((w) => w !== 'also'));

function asksItself(terms: readonly Term[]): boolean {
  const first = terms.find((t) => isWordTerm(t) && t.norm !== 'also')?.norm ?? '';
  return QUESTION_WORDS.has(first) || REQUESTS.test(terms) || QUESTION_OPENERS.test(terms);
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s,;]/.test(text[end - 1])) end--;
  return end;
}

/**
 * The keys of everything the agent wrote in the reply's body, link paths included: a link to
 * /help/cancel-subscription is about cancelling a subscription.
 */
export function replyKeys(paragraphs: readonly Paragraph[]): Set<string> {
  const keys = new Set<string>();
  const add = (concept: Set<string>): void => concept.forEach((key) => keys.add(key));
  for (const p of paragraphs) {
    for (const s of p.sentences) {
      conceptsOf(s.terms).forEach(add);
      for (const token of s.tokens) {
        if (token.opaque !== 'url') continue;
        // The link itself answers "can you send me the link?".
        add(link());
        const path = token.text.replace(/^[a-z]+:\/\/[^/]+/i, '');
        for (const word of path.split(/[^A-Za-z]+/)) {
          const concept = word.length > 2 ? conceptOf(word.toLowerCase()) : undefined;
          if (concept) add(concept);
        }
      }
    }
  }
  return keys;
}

/**
 * A point gets its nod when two of its concepts appear in the reply, or half of them do:
 * "can I get the shipping fee refunded?" is not answered by a reply that only talks about
 * shipping. A reported problem needs one concept: acknowledging it is enough.
 */
function isAnswered(point: Point, reply: Set<string>): boolean {
  let hits = 0;
  for (const concept of point.concepts) if ([...concept].some((key) => reply.has(key))) hits++;
  if (point.kind === 'problem') return hits >= 1;
  return hits >= 2 || hits * 2 >= point.concepts.length;
}

/**
 * The points the reply leaves without a nod. Follow-up questions on one thing ("How do I move my
 * templates? Will they move with Sync? Will it move the shared ones?") are one thread: when the reply
 * answers one of them, the others are answered with it.
 */
export function unansweredPoints(points: readonly Point[], reply: Set<string>): Point[] {
  const answered = points.filter((p) => isAnswered(p, reply));
  return points.filter((p) => !answered.includes(p) && !answered.some((q) => sameThread(p, q)));
}

/**
 * Two questions side by side, the later one pointing back ("will it…", "do they…") and both
 * about the same word. A question that does not point back ("Do you offer a yearly plan?",
 * "Also, …") is a point of its own, however close it sits.
 */
function sameThread(a: Point, b: Point): boolean {
  if (a.kind !== 'question' || b.kind !== 'question' || a.paragraph !== b.paragraph) return false;
  const [first, later] = a.start < b.start ? [a, b] : [b, a];
  if (later.index - first.index > 1 || !refersBack(later)) return false;
  const stems = new Set(b.concepts.map(stemOf));
  return a.concepts.some((c) => stems.has(stemOf(c)));
}

const BACK_REFERENCES = new Set(['it', 'they', 'them', 'that', 'this', 'these', 'those']);

function refersBack(point: Point): boolean {
  const own = point.sentence.terms.filter((t) => t.start >= point.start && t.end <= point.end && isWordTerm(t));
  const [first, second] = own.map((t) => t.norm);
  return BACK_REFERENCES.has(first ?? '') || (AUXILIARIES.has(first ?? '') && BACK_REFERENCES.has(second ?? ''));
}

/**
 * A reply that moves the conversation to a private channel ("DM us your order number so we can
 * look into this") acknowledges every point for now: the answer follows there.
 */
const PRIVATE_CHANNEL = PhraseSet.of([
  'dm', 'dms', 'direct message', 'private message', 'send us a (note|message)', 'message us', 'follow up (by|via|in) (email|e-mail|private)',
  'responded (via|in|to your) (dm|private|direct|pm)', 'replied (via|in|to your) (dm|private|direct|pm)',
]);

export function movesToPrivateChannel(paragraphs: readonly Paragraph[]): boolean {
  return paragraphs.some((p) => p.sentences.some((s) => PRIVATE_CHANNEL.test(s.terms)));
}

/** "Does that help?" closes a reply; it does not ask the customer for anything. */
const CLOSING_QUESTION = PhraseSet.of([
  '(does|did) (that|this|it) (help|work|make sense|answer)', 'anything else', 'any (other|more|further) questions',
  'is there (anything|something) else', 'can i help with anything', 'how (did|does) (that|it) go', 'sound good',
]);

/**
 * A reply that asks the customer something back ("How long has this been happening?") is engaging
 * with the message: until the answer comes, the points are not unanswered.
 */
const ASKS_FOR_DETAILS = PhraseSet.of([
  '(let|tell) (us|me) know (what|which|how|when|where|if|whether|the|your)', 'please (provide|share|send|confirm|tell|describe|post|attach|include)',
  'can you (provide|share|send|confirm|tell|describe)', 'could you (provide|share|send|confirm|tell|describe)',
]);

export function asksBack(paragraphs: readonly Paragraph[]): boolean {
  return paragraphs.some((p) =>
    p.sentences.some((s) => (s.isQuestion || ASKS_FOR_DETAILS.test(s.terms)) && !CLOSING_QUESTION.test(s.terms)),
  );
}

/**
 * A link with the answer behind it, or a hand-over to another channel ("send us an email and we
 * will assist"), is a nod to every point; link-only and passing-around judge whether it is enough.
 */
const HAND_OVER = PhraseSet.of([
  '(send|email) us', 'submit a (ticket|request)', '(reach|contact) (out to)? (our|the) * (team|support)', 'we (will|can) (assist|help|look into)',
  '(this|the|that) (article|link|page|guide|document)', '(see|check|visit|follow) (here|this|the link|the steps|these steps)',
  'file a (new)? (bug|report|ticket)', '(suggest|recommend) (asking|posting|filing)', 'ask (your question|it|this|them)? (on|in|at|over at)',
  'this (forum|community|channel) is (for|focused on)', 'post (your question|it|this) (on|in|at)', '(shared|passed|forwarded|sent) (your|this|these|the) (comments|feedback|suggestion|suggestions|report|idea|ideas|thoughts)',
]);

export function handsOver(paragraphs: readonly Paragraph[]): boolean {
  return paragraphs.some((p) => p.sentences.some((s) => HAND_OVER.test(s.terms) || s.tokens.some((t) => t.opaque === 'url')));
}

/** "This forum is for user questions: please ask on the developer forum": the whole message is routed. */
const ROUTED = PhraseSet.of([
  '(suggest|recommend) (asking|posting|filing)', 'ask (your question|it|this|them)? (on|in|at|over at)', 'this (forum|community|channel) is (for|focused on)',
  'post (your question|it|this) (on|in|at)', 'better (answered|asked) (on|in|at)',
]);

export function routesElsewhere(paragraphs: readonly Paragraph[]): boolean {
  return paragraphs.some((p) => p.sentences.some((s) => ROUTED.test(s.terms)));
}

/** "Do you do group bookings?" answered "We sure do!": a lone yes/no question and a yes or no. */
const YES_NO = PhraseSet.of([
  'yes', 'yep', 'yeah', 'sure', 'absolutely', 'of course', 'no', 'nope', 'unfortunately', 'correct', 'right', 'exactly', 'indeed', 'definitely',
  'we (do|can|are|will|have)', 'we (do|can|are|will|have) not', '(it|that|this) (is|does|will|can)', '(it|that|this) (is|does|will|can) not',
]);
const AUXILIARIES = new Set(['do', 'does', 'did', 'is', 'are', 'can', 'could', 'will', 'would', 'have', 'has', 'should', 'was', 'were']);

const YES_NO_QUESTION = PhraseSet.of([
  '(do|does|did|is|are|can|could|will|would|have|has|should|was|were) (you|i|we|it|this|that|there|they|he|she|my|your|the)',
]);

export function answersYesNo(points: readonly Point[], paragraphs: readonly Paragraph[]): boolean {
  if (points.length !== 1 || points[0].kind !== 'question') return false;
  const question = points[0].text.replace(/^(?:@\w+\s+)+|^(?:hey|hi|hello)\b\W*/giu, '');
  const first = LEADING_WORD.exec(question)?.[0].toLowerCase();
  if (!(first && AUXILIARIES.has(first)) && !YES_NO_QUESTION.test(points[0].sentence.terms)) return false;
  return paragraphs.some((p) => p.sentences.some((s) => YES_NO.test(s.terms.slice(0, 4))));
}

/** Mostly non-Latin letters: a message in another language, which the word lists cannot read. */
export function isForeign(text: string): boolean {
  const all = text.match(LETTER.for(text)) ?? [];
  const latin = text.match(LATIN_LETTER.for(text)) ?? [];
  return all.length > 0 && latin.length / all.length < 0.5;
}
