// spelling: misspelt words, checked with nspell (the engine of retext-spell) against
// dictionary-en, plus British spellings, everyday support words and the team's own words.
// Names, product names, codes, placeholders, links, addresses and code are never checked.
import nspell from 'nspell';
import { defineRule } from '../src/engine/rule.js';
import { isSentenceStart } from '../src/engine/phrases.js';
import { englishDictionary, englishWords, EXTRA_WORDS, listSpeller, type Speller } from '../src/engine/spelling-dictionary.js';
import type { Report, Sentence, Token } from '../src/types.js';
import { CAPITALISED, letters, LETTERS_ONLY } from '../src/engine/letters.js';

const CAMEL_CASE = letters`/\p{Ll}\p{Lu}/u`;
const ACRONYM = letters`/^\p{Lu}{2,}(?:s?$|\p{Ll})/u`;
const TITLE_CASE = letters`/^\p{Lu}\p{Ll}/u`;
/** A quote mark closing after the word, not an apostrophe inside one. */
const CLOSING_QUOTE = letters`/^['’](?![\p{L}])/u`;

const spellers = new Map<string, Speller>();
/** Suggestions are slow to compute and the same typos recur: keep them for the whole run. */
const suggestionCache = new Map<string, Slip[]>();
/** Suggestions computed for one draft at most: a draft with more unknown words is jargon, not typos. */
const SUGGESTIONS_PER_DRAFT = 5;

/** One speller per personal word list: building it from the dictionary is the costly part. */
function speller(words: readonly string[]): Speller {
  const key = words.join('\n');
  let spell = spellers.get(key);
  if (!spell) {
    // The built word list when there is one (fast); nspell over dictionary-en otherwise.
    spell = (words.length === 0 ? englishWords() : listSpeller(words)) ?? nspellSpeller(words);
    spellers.set(key, spell);
  }
  return spell;
}

function nspellSpeller(words: readonly string[]): Speller {
  const spell = nspell(englishDictionary());
  spell.personal([...EXTRA_WORDS, ...words].join('\n'));
  return spell;
}

/** Words replylint does not judge: names and products (capitalised mid-sentence), codes, acronyms,
 * initials ("^cr"), words cut off by a truncation ("unawa…"), and words with accents (other languages). */
function exempt(token: Token, sentence: Sentence, termIndex: () => number, text: string): boolean {
  if (token.kind !== 'word') return true;
  if (/[\d_@#/\\&.:+=?!*()]/.test(token.text) || token.text.length <= 2) return true;
  if (/[^\x00-\x7F’‘]/.test(token.text)) return true;
  if (/[\^~#@]$/.test(text.slice(Math.max(0, token.start - 1), token.start)) || /^(?:\.\.\.|…)/.test(text.slice(token.end, token.end + 3))) return true;
  if (CAPITALISED.test(token.text) && !isSentenceStart(sentence, termIndex())) return true;
  // "WooCommerce", "JMarsh", "FAQs": capitals inside a word make it a name, handle or acronym.
  if (CAMEL_CASE.test(token.text) || ACRONYM.test(token.text)) return true;
  // "holdin’ on": a clipped word, spelt as spoken on purpose.
  if (CLOSING_QUOTE.test(text.slice(token.end, token.end + 2))) return true;
  // Type "winver" / click `Reload`: a word quoted on its own is a command, label or name to copy.
  if (/^["“`]$/.test(text.charAt(token.start - 1)) && /^["”`]$/.test(text.charAt(token.end))) return true;
  // "Hi sparkel:" the greeting line is not in the sentence the parser hands over; the raw text is.
  if (/\b(?:hi|hello|hey|dear)[ \t,]+$/i.test(text.slice(Math.max(0, token.start - 12), token.start))) return true;
  return false;
}

const PREFIXES = new Set(['pre', 're', 'co', 'non', 'un', 'multi', 'sub', 'anti', 'auto', 'self', 'e', 'x', 'semi', 'de', 'mis', 'over', 'under', 'post', 'mid', 'cross', 'off', 'in']);
/** "ebook", "xlayout": one-letter prefixes of product and framework names ("i" would hide "iwould"). */
const LETTER_PREFIXES = new Set(['e', 'x']);

/**
 * British spellings the word list lacks in some inflection ("authorisations", "colourful",
 * "centres"): the American form one fixed substitution away. A handful of look-ups, no scan.
 */
const BRITISH: readonly [RegExp, string][] = [
  [/is(e|es|ed|ing|er|ers|ation|ations|able)$/, 'iz$1'],
  [/isation/, 'ization'],
  // Only before a suffix: "hourse" is a typo of "house", not a British "horse".
  [/our(s|ed|ing|ful|fully|able|ably|ite|ites|er|ers|less|hood|hoods|al|ally)?$/, 'or$1'],
  [/tre(s?)$/, 'ter$1'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  // "travelled", "labelling", but not "appealling" (a long vowel keeps one l in British too).
  [/([^aeiou][aeiou])ll(ed|ing|er|ers)$/, '$1l$2'],
  [/ogue(s?)$/, 'og$1'],
  // "paediatric", "manoeuvres". No "-ence" to "-ense": that would pass "expence".
  [/(ae|oe)/, 'e'],
];

function britishVariant(spell: Speller, lower: string): boolean {
  if (lower.length < 6) return false;
  return BRITISH.some(([pattern, american]) => pattern.test(lower) && spell.correct(lower.replace(pattern, american)));
}

/**
 * Answers per speller, kept for the run: every word is asked about by the sentence check and
 * again by the judge, and a batch repeats the same words (this halved the rule's time on 1,000
 * replies). Both questions depend only on the word and the speller's lists.
 */
const answers = new WeakMap<Speller, { dictionary: Map<string, boolean>; correct: Map<string, boolean>; fine: Map<string, boolean> }>();

/** `fine`: a word as written needs no further look (in the dictionary, not a classic misspelling). */
function memo(spell: Speller, question: 'dictionary' | 'correct' | 'fine'): Map<string, boolean> {
  let known = answers.get(spell);
  if (!known) answers.set(spell, (known = { dictionary: new Map(), correct: new Map(), fine: new Map() }));
  return known[question];
}

/** Keeps an answer in a memory of the run (bounded, for a long-lived process) and returns it. */
function keep(known: Map<string, boolean>, word: string, answer: boolean): boolean {
  if (known.size < 100_000) known.set(word, answer);
  return answer;
}

/** A dictionary word, in any casing, British spelling or hyphenated compound of words. */
function inDictionary(spell: Speller, raw: string): boolean {
  return isKnown(spell, memo(spell, 'dictionary'), raw);
}

/** inDictionary with the answers at hand: no closure, no look-up of the memory, for the hot loop. */
function isKnown(spell: Speller, known: Map<string, boolean>, raw: string): boolean {
  return known.get(raw) ?? keep(known, raw, inDictionaryUncached(spell, raw));
}

/** Curly apostrophes as straight ones, which the word list has; most words have neither. */
function plainApostrophes(text: string): string {
  return text.includes('\u2019') || text.includes('\u2018') ? text.replace(/[’‘]/g, "'") : text;
}

function inDictionaryUncached(spell: Speller, raw: string): boolean {
  const word = raw.replace(/'s$/i, '');
  if (spell.correct(word) || spell.correct(word.toLowerCase())) return true;
  // "american", "youtube": a name written in lower case is a casing slip, not a misspelling.
  if (spell.correct(word.charAt(0).toUpperCase() + word.slice(1))) return true;
  // "follow-up", "pre-paid": each part a word (or a common prefix) is fine.
  if (word.includes('-')) return word.split('-').every((part) => part === '' || PREFIXES.has(part.toLowerCase()) || correct(spell, part));
  return britishVariant(spell, word.toLowerCase());
}

function correct(spell: Speller, raw: string): boolean {
  const known = memo(spell, 'correct');
  return known.get(raw) ?? keep(known, raw, inDictionary(spell, raw) || runTogether(spell, raw.replace(/'s$/i, '').toLowerCase()));
}

/** "resending", "backorders", "crashid", "xlayout": a prefix or two words run together. */
function runTogether(spell: Speller, lower: string): boolean {
  if (LETTER_PREFIXES.has(lower[0]!) && lower[1] !== lower[0] && lower.length >= 5 && spell.correct(lower.slice(1))) return true;
  for (let i = 2; i <= lower.length - 2; i++) {
    const head = lower.slice(0, i);
    const tail = lower.slice(i);
    if ((PREFIXES.has(head) || spell.correct(head)) && spell.correct(tail) && head.length + tail.length >= 6 && Math.min(head.length, tail.length) >= 2) {
      if (PREFIXES.has(head) || (head.length >= 3 && tail.length >= 2)) return true;
    }
  }
  return false;
}

/** A sentence in another language, or full of code and jargon, is not for this dictionary. */
function mostlyUnknown(spell: Speller, sentence: Sentence): boolean {
  const words = sentence.tokens.filter((t) => t.kind === 'word' && LETTERS_ONLY.test(t.text));
  if (words.length < 4) return false;
  const unknown = words.filter((t) => !correct(spell, plainApostrophes(t.text))).length;
  return unknown * 3 >= words.length;
}

/**
 * "…translated: ¿Has probado un nuevo perfil de Firefox?": three unknown words among the six
 * around a word mean a phrase in another language or a run of jargon, not one slip of the keys.
 * Only asked for a word about to be reported, so clean drafts never pay for it.
 */
function inUnknownRun(spell: Speller, words: readonly Token[], at: number): boolean {
  let unknown = 0;
  for (let i = Math.max(0, at - 3); i <= Math.min(words.length - 1, at + 3); i++) {
    if (i === at) continue;
    const text = plainApostrophes(words[i]!.text);
    if (!LETTERS_ONLY.test(text) || CLASSIC.has(text.toLowerCase())) continue;
    if (/[^\x00-\x7F]/.test(text) || !correct(spell, text)) unknown++;
  }
  return unknown >= 3;
}

/** Misspellings so common that they are known by heart, with their correction. */
const CLASSIC = new Map<string, string>(
  (
    'tommorow:tomorrow tomorow:tomorrow tommorrow:tomorrow accomodate:accommodate accomodation:accommodation adress:address acheive:achieve ' +
    'beleive:believe calender:calendar catagory:category collegue:colleague comming:coming commited:committed completly:completely ' +
    'definately:definitely definatly:definitely dissapoint:disappoint dissapointed:disappointed embarass:embarrass enviroment:environment ' +
    'existance:existence finaly:finally foward:forward goverment:government garantee:guarantee gaurantee:guarantee guarentee:guarantee ' +
    'happend:happened immediatly:immediately independant:independent knowlege:knowledge maintainance:maintenance neccessary:necessary ' +
    'necesary:necessary noticable:noticeable occassion:occasion occured:occurred occurence:occurrence persistant:persistent posession:possession ' +
    'prefered:preferred priviledge:privilege publically:publicly recieve:receive recieved:received reciept:receipt recomend:recommend ' +
    'refered:referred relevent:relevant remeber:remember seperate:separate seperately:separately sincerly:sincerely succesful:successful ' +
    'successfull:successful suprise:surprise thier:their truely:truly untill:until unfortunatly:unfortunately wierd:weird wich:which ' +
    'writting:writing arguement:argument begining:beginning buisness:business explaination:explanation freind:friend inconvience:inconvenience ' +
    'paitence:patience payed:paid questionaire:questionnaire refering:referring shedule:schedule sucess:success transfered:transferred ' +
    'wensday:Wednesday febuary:February reccomend:recommend adres:address tecnical:technical accesible:accessible acess:access ' +
    // More from the published lists of common English misspellings.
    'responce:response recieving:receiving recieves:receives reciepts:receipts seperated:separated definetly:definitely definitly:definitely ' +
    'agressive:aggressive apparantly:apparently appearence:appearance arrise:arise assistence:assistance ' +
    'availible:available avaliable:available basicly:basically belive:believe calandar:calendar cancelation:cancellation concious:conscious ' +
    'curiousity:curiosity dilemna:dilemma enquiery:enquiry excercise:exercise experiance:experience familar:familiar ' +
    'foriegn:foreign grammer:grammar gratefull:grateful greatful:grateful harrass:harass helpfull:helpful hopefuly:hopefully ignorence:ignorance ' +
    'immediatley:immediately incidently:incidentally interupt:interrupt libary:library lisence:license liase:liaise millenium:millennium ' +
    'mispell:misspell neice:niece ocasion:occasion occurance:occurrence oppertunity:opportunity opportunaty:opportunity paralell:parallel ' +
    'peice:piece perseverence:perseverance posible:possible possibilty:possibility potentialy:potentially ' +
    'proffesional:professional professionnal:professional promiss:promise pronounciation:pronunciation reccommend:recommend recomended:recommended ' +
    'rember:remember resistence:resistance responsability:responsibility rythm:rhythm sieze:seize similiar:similar ' +
    'speach:speech stratagy:strategy succesfully:successfully sucessfully:successfully supercede:supersede tendancy:tendency threshhold:threshold ' +
    'tounge:tongue truley:truly unforseen:unforeseen unfortunatley:unfortunately usefull:useful vaccuum:vacuum vehical:vehicle wether:whether ' +
    'wellcome:welcome wheather:whether wherabouts:whereabouts recived:received recieveing:receiving adresses:addresses ' +
    'adressed:addressed inconvinience:inconvenience inconvenince:inconvenience appologize:apologize appologise:apologise ' +
    'apreciate:appreciate appriciate:appreciate acknowlege:acknowledge accross:across aquire:acquire adviced:advised dosnt:doesn\'t'
  )
    .split(/\s+/)
    .map((pair) => pair.split(':') as [string, string]),
);

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** Row and column of each letter on a QWERTY keyboard. */
const KEYS = new Map<string, [number, number]>(
  ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'].flatMap((row, r) => [...row].map((c, col) => [c, [r, col]] as [string, [number, number]])),
);

/** Keys next to each other on a QWERTY keyboard: a slip between them is the likeliest substitution. */
function adjacentKeys(a: string, b: string): boolean {
  const ka = KEYS.get(a);
  const kb = KEYS.get(b);
  return !!ka && !!kb && Math.abs(ka[0] - kb[0]) <= 1 && Math.abs(ka[1] - kb[1]) <= 1;
}

interface Slip {
  word: string;
  /** How unlikely the slip is: a swap or a doubled letter is the commonest typo, a far key the rarest. */
  cost: number;
}

/**
 * Dictionary words one slip away (a letter dropped, added, changed, or two neighbours swapped),
 * cheapest slip first, so "runing" gives "running" rather than "pruning" and "recieving"
 * gives "receiving" rather than "relieving". Only the cheapest kind is returned.
 */
function slips(spell: Speller, word: string): Slip[] {
  const lower = word.toLowerCase();
  const found = new Map<string, number>();
  // The word table tests an edit without building it: most edits are no word.
  const isWord = spell.edits?.(lower);
  /** The word with `skip` letters from `at` replaced by `insert`, if it is a word, at this cost. */
  const tryEdit = (at: number, skip: number, insert: string, cost: number) => {
    if (lower.length - skip + insert.length <= 1 || (isWord && !isWord(at, skip, insert))) return;
    const candidate = lower.slice(0, at) + insert + lower.slice(at + skip);
    if (candidate === lower) return;
    // The first letter is rarely the one mistyped.
    const total = cost + (at === 0 ? 2 : 0);
    if ((found.get(candidate) ?? Infinity) <= total || (!isWord && !spell.correct(candidate))) return;
    found.set(candidate, total);
  };
  for (let i = 0; i <= lower.length; i++) {
    const here = lower[i];
    const prev = lower[i - 1];
    if (here !== undefined) {
      // A doubled letter dropped ("accts" for "acts") is as often an abbreviation as a typo: cost 3.
      const doubled = here === prev || here === lower[i + 1];
      tryEdit(i, 1, '', doubled ? 3 : 5);
      if (i < lower.length - 1 && here !== lower[i + 1]) tryEdit(i, 2, lower[i + 1] + here, 2);
    }
    for (const c of LETTERS) {
      if (here !== undefined && c !== here) tryEdit(i, 1, c, adjacentKeys(c, here) ? 5 : 6);
      tryEdit(i, 0, c, c === prev || c === here ? 2 : 4);
    }
  }
  const ranked = [...found].map(([w, cost]) => ({ word: w, cost })).sort((a, b) => a.cost - b.cost);
  const best = ranked[0]?.cost ?? 0;
  const matchCase = (w: string) => (CAPITALISED.test(word) ? w.charAt(0).toUpperCase() + w.slice(1) : w);
  return ranked.filter((s) => s.cost === best).slice(0, 3).map((s) => ({ word: matchCase(s.word), cost: s.cost }));
}

const ADDRESSING = new Set(['hi', 'hello', 'hey', 'dear', 'thanks', 'thank', 'cheers', 'again']);

/** Words written with a capital mid-sentence somewhere in the draft: names, even when lower case elsewhere ("plannly"). */
function namesIn(doc: { paragraphs: readonly { sentences: readonly Sentence[] }[] }): Set<string> {
  const names = new Set<string>();
  for (const paragraph of doc.paragraphs) {
    for (const sentence of paragraph.sentences) {
      sentence.tokens.forEach((token, i) => {
        if (i > 0 && token.kind === 'word' && TITLE_CASE.test(token.text) && sentence.tokens[i - 1]!.kind !== 'punctuation') names.add(token.norm);
      });
    }
  }
  return names;
}

function matchCase(model: string, word: string): string {
  return CAPITALISED.test(model) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** Below six letters a word sits one slip from too many others; only a swap or a doubled letter ("dealy", "arive") is trusted there. */
const SHORT_WORD = 5;
/** The cost of the surest slips: two letters swapped ("woudl") or a doubled letter typed once ("buton"). */
const SURE_SLIP = 2;
/** The cost of a letter left out ("witout"): the commonest slip after a swap or a doubled letter. */
const DROPPED_LETTER = 4;

export default defineRule({
  meta: {
    id: 'spelling',
    severity: 'warning',
    summary: 'Misspelt words, checked against an English dictionary and your own word list.',
    description:
      'A typo in a reply makes the whole answer look careless. The rule checks each word of the agent\'s text with nspell, the engine of retext-spell, and dictionary-en (US English, with British spellings such as "colour", "organise", "authorisations" and "cancelled" accepted, and everyday support words such as "signup", "dropdown", "favicon" and "add-on"), and suggests the closest dictionary words, likeliest slip first (two letters swapped or a doubled letter before a dropped letter, a dropped letter before a wrong key). It never checks template placeholders, URLs, e-mail addresses, code, quoted customer text, words with digits or symbols, abbreviations in capitals, words with capitals inside (iPhone, WooCommerce, JMarsh), capitalised words mid-sentence (names and product names) or the same word in lower case elsewhere in the reply ("plannly"), a word quoted on its own (type "winver"), the name after "Hi", or a phrase in another language. Precision comes first: a word is reported only when it is a classic misspelling ("tommorow", "definately", "wich", "responce") or, from six letters up, one typing slip from a dictionary word (from five letters up when the slip is two letters swapped or a doubled letter), so forum handles ("jay-ek"), jargon, clipped slang and names stay quiet while "recieve", "seperate" and "pehaps" are caught. In a hyphenated word only a misspelt part is reported ("seperate-billing"). Add your own product and team words with the `words` option. The dictionary is read the first time the rule runs, never when it is off; nspell is driven directly (not through retext-spell) because retext-spell stops suggesting after a fixed number of typos per process, which made a file\'s findings depend on the files linted before it.',
    seed: '000 "Be correct … Proofread"',
    options: {
      words: { type: 'string[]', default: [], description: 'Extra words to accept: product names, team jargon.' },
    },
  },
  check(doc, { options }) {
    const spell = speller(options.words as string[]);
    const reports: Report[] = [];
    let budget = SUGGESTIONS_PER_DRAFT;
    let names: Set<string> | undefined;
    const suggest = (word: string): Slip[] => {
      const key = word.toLowerCase();
      const cached = suggestionCache.get(key);
      if (cached) return cached;
      if (budget <= 0 || word.length > 15) return [];
      budget--;
      const found = slips(spell, key);
      if (suggestionCache.size < 10_000) suggestionCache.set(key, found);
      return found;
    };
    /** The corrections for one word, or none when it is right or not ours to judge. */
    const judge = (word: string, token: Token, words: readonly Token[]): string[] => {
      const classic = CLASSIC.get(word.toLowerCase());
      // Only words the dictionary lacks come here: the loop below and correct() asked it already.
      if (classic) return [matchCase(word, classic)];
      // "pasword" splits into "pas" + "word", "eplain" into "e" + "plain": a run-together pair is
      // only believed when no word is a dropped letter or a swap away.
      const joined = !word.includes('-') && runTogether(spell, word.replace(/'s$/i, '').toLowerCase());
      // "jay-ek", "sky-ness": a handle or a coinage; only a misspelt part is worth a word.
      if (word.includes('-')) {
        const parts = word.split('-');
        const wrong = parts.findIndex((part) => part !== '' && !PREFIXES.has(part.toLowerCase()) && !correct(spell, part));
        if (wrong === -1 || /^'|'$/.test(parts[wrong]!)) return [];
        // "hound-tacular": a playful coinage; only a classic misspelling or a sure slip is reported.
        const part = parts[wrong]!;
        if (!CLASSIC.has(part.toLowerCase()) && (suggest(part)[0]?.cost ?? Infinity) > SURE_SLIP) return [];
        return judge(part, token, words).map((fixed) => parts.map((part, i) => (i === wrong ? fixed : part)).join('-'));
      }
      // Clipped slang ("devs", "holdin'") sits one slip from too many dictionary words to judge.
      if (word.length < SHORT_WORD || /^'|'$/.test(word)) return [];
      // "Glad you got it working sociald!": the word before "!" is usually the person addressed.
      if (/^\s*!/.test(doc.text.slice(token.end, token.end + 2))) return [];
      names ??= namesIn(doc);
      if (names.has(word.toLowerCase())) return [];
      if (inUnknownRun(spell, words, words.indexOf(token))) return [];
      const found = suggest(word);
      // Precision first: from six letters any one slip; at five, only a swap or a doubled letter.
      if (found.length === 0 || (joined && found[0]!.cost > DROPPED_LETTER)) return [];
      if (word.length === SHORT_WORD && (found[0]!.cost > SURE_SLIP || word.includes("'"))) return [];
      return found.map((s) => matchCase(word, s.word));
    };
    // The question asked of nearly every word, answered from the run's memory: looked up once here.
    const dictionary = memo(spell, 'dictionary');
    const fine = memo(spell, 'fine');
    for (const paragraph of doc.paragraphs) {
      for (const sentence of paragraph.sentences) {
        // Asked only when a word is about to be judged: most sentences have no unknown word.
        let foreign: boolean | undefined;
        let words: Token[] | undefined;
        let wordIndex: Map<Token, number> | undefined;
        let firstTerm: Map<number, number> | undefined;
        const termIndex = (start: number) => {
          if (!firstTerm) {
            firstTerm = new Map();
            sentence.terms.forEach((term, i) => firstTerm!.has(term.start) || firstTerm!.set(term.start, i));
          }
          return firstTerm.get(start) ?? -1;
        };
        const tokens = sentence.tokens;
        for (let i = 0; i < tokens.length; i++) {
          const token = tokens[i]!;
          // Only words are judged (exempt() says so too), and most are in the dictionary.
          if (token.kind !== 'word') continue;
          // One look-up for the words seen before (a word's normal form follows from its text).
          if (fine.get(token.text) ?? keep(fine, token.text, !CLASSIC.has(token.norm) && isKnown(spell, dictionary, plainApostrophes(token.text)))) continue;
          const text = plainApostrophes(token.text);
          if (exempt(token, sentence, () => termIndex(token.start), doc.text)) continue;
          // Positions found once per sentence, and only for a sentence with a word to judge.
          words ??= tokens.filter((t) => t.kind === 'word');
          wordIndex ??= new Map(words.map((word, n) => [word, n]));
          // A name: a sentence of one capitalised word ("Faiza."), or the word after "Hi"/"thanks".
          if (words.length === 1 && CAPITALISED.test(token.text)) continue;
          const before = words[(wordIndex.get(token) ?? 0) - 1]?.norm;
          if (before && ADDRESSING.has(before)) continue;
          foreign ??= mostlyUnknown(spell, sentence);
          if (foreign) continue;
          const expected = judge(text, token, words);
          if (expected.length === 0) continue;
          reports.push({
            span: { start: token.start, end: token.end },
            message: `"${token.text}" looks misspelt: did you mean ${expected.map((e) => `"${e}"`).join(' or ')}?`,
            suggestions: expected.map((e) => ({ desc: `Replace "${token.text}" with "${e}"`, text: e, fix: { range: [token.start, token.end] as [number, number], text: e } })),
          });
        }
      }
    }
    return reports;
  },
});
