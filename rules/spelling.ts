// spelling: misspelt words, checked with nspell (the engine of retext-spell) against
// dictionary-en, plus British spellings, everyday support words and the team's own words.
// Names, product names, codes, placeholders, links, addresses and code are never checked.
import nspell from 'nspell';
import { defineRule } from '../src/engine/rule.js';
import { isSentenceStart } from '../src/engine/phrases.js';
import { englishDictionary, EXTRA_WORDS, listSpeller, type Speller } from '../src/engine/spelling-dictionary.js';
import type { Report, Sentence, Token } from '../src/types.js';

const spellers = new Map<string, Speller>();
/** Suggestions are slow to compute and the same typos recur: keep them for the whole run. */
const suggestionCache = new Map<string, string[]>();
/** Suggestions computed for one draft at most; the rest report "check the spelling". */
const SUGGESTIONS_PER_DRAFT = 5;

/** One speller per personal word list: building it from the dictionary is the costly part. */
function speller(words: readonly string[]): Speller {
  const key = words.join('\n');
  let spell = spellers.get(key);
  if (!spell) {
    // The built word list when there is one (fast); nspell over dictionary-en otherwise.
    spell = listSpeller(words) ?? nspellSpeller(words);
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
function exempt(token: Token, sentence: Sentence, index: number, text: string): boolean {
  if (token.kind !== 'word') return true;
  if (/[\d_@#/\\&.:+=]/.test(token.text) || token.text.length <= 2) return true;
  if (/[^\x00-\x7F’‘]/.test(token.text)) return true;
  if (/[\^~#@]$/.test(text.slice(Math.max(0, token.start - 1), token.start)) || /^(?:\.\.\.|…)/.test(text.slice(token.end, token.end + 3))) return true;
  if (/^\p{Lu}/u.test(token.text) && !isSentenceStart(sentence, index)) return true;
  if (/\p{Ll}\p{Lu}/u.test(token.text) || /^\p{Lu}{2,}s?$/u.test(token.text)) return true;
  return false;
}

const PREFIXES = new Set(['pre', 're', 'co', 'non', 'un', 'multi', 'sub', 'anti', 'auto', 'self', 'e', 'x', 'semi', 'de', 'mis', 'over', 'under', 'post', 'mid', 'cross', 'off', 'in']);

function correct(spell: Speller, raw: string): boolean {
  const word = raw.replace(/'s$/i, '');
  if (spell.correct(word) || spell.correct(word.toLowerCase())) return true;
  // "american", "youtube": a name written in lower case is a casing slip, not a misspelling.
  if (spell.correct(word.charAt(0).toUpperCase() + word.slice(1))) return true;
  // "follow-up", "pre-paid": each part a word (or a common prefix) is fine.
  if (word.includes('-')) return word.split('-').every((part) => part === '' || PREFIXES.has(part.toLowerCase()) || correct(spell, part));
  // "resending", "backorders", "crashid": a prefix or two words run together.
  const lower = word.toLowerCase();
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
  const words = sentence.tokens.filter((t) => t.kind === 'word' && /^[\p{L}']+$/u.test(t.text));
  if (words.length < 4) return false;
  const unknown = words.filter((t) => !correct(spell, t.text.replace(/[’‘]/g, "'"))).length;
  return unknown * 3 >= words.length;
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
    'wensday:Wednesday febuary:February reccomend:recommend adres:address tecnical:technical accesible:accessible acess:access'
  )
    .split(/\s+/)
    .map((pair) => pair.split(':') as [string, string]),
);

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Dictionary words one slip away: a letter dropped, added, changed, or two neighbours swapped. */
function oneSlip(spell: Speller, word: string): string[] {
  const lower = word.toLowerCase();
  const found = new Set<string>();
  const tryWord = (candidate: string) => {
    if (candidate.length > 1 && candidate !== lower && spell.correct(candidate)) found.add(candidate);
  };
  for (let i = 0; i <= lower.length; i++) {
    if (i < lower.length) tryWord(lower.slice(0, i) + lower.slice(i + 1));
    if (i < lower.length - 1) tryWord(lower.slice(0, i) + lower[i + 1] + lower[i] + lower.slice(i + 2));
    for (const c of LETTERS) {
      if (i < lower.length) tryWord(lower.slice(0, i) + c + lower.slice(i + 1));
      tryWord(lower.slice(0, i) + c + lower.slice(i));
    }
    if (found.size >= 6) break;
  }
  const matchCase = (w: string) => (/^\p{Lu}/u.test(word) ? w.charAt(0).toUpperCase() + w.slice(1) : w);
  return [...found].slice(0, 3).map(matchCase);
}

const ADDRESSING = new Set(['hi', 'hello', 'hey', 'dear', 'thanks', 'thank', 'cheers', 'again']);

export default defineRule({
  meta: {
    id: 'spelling',
    severity: 'warning',
    summary: 'Misspelt words, checked against an English dictionary and your own word list.',
    description:
      'A typo in a reply makes the whole answer look careless. The rule checks each word of the agent\'s text with nspell, the engine of retext-spell, and dictionary-en (US English, with British spellings such as "colour", "organise" and "cancelled" accepted, and everyday support words such as "signup", "dropdown" and "add-on"), and suggests the closest dictionary words. It never checks template placeholders, URLs, e-mail addresses, code, quoted customer text, words with digits or symbols, abbreviations in capitals, words with capitals inside (iPhone, WooCommerce), or capitalised words mid-sentence (names and product names). Precision comes first: a word is reported only when it is a classic misspelling ("tommorow", "definately", "wich") or, from six letters up, one typing slip (a letter added, dropped, changed or two letters swapped) from a dictionary word, so forum handles, jargon, clipped slang and names stay quiet while "recieve", "seperate" and "pehaps" are caught. Add your own product and team words with the `words` option. The dictionary is read the first time the rule runs, never when it is off; nspell is driven directly (not through retext-spell) because retext-spell stops suggesting after a fixed number of typos per process, which made a file\'s findings depend on the files linted before it.',
    seed: '000 "Be correct … Proofread"',
    options: {
      words: { type: 'string[]', default: [], description: 'Extra words to accept: product names, team jargon.' },
    },
  },
  check(doc, { options }) {
    const spell = speller(options.words as string[]);
    const reports: Report[] = [];
    let budget = SUGGESTIONS_PER_DRAFT;
    const suggest = (word: string): string[] => {
      const cached = suggestionCache.get(word);
      if (cached) return cached;
      if (budget <= 0 || word.length > 15) return [];
      budget--;
      const found = oneSlip(spell, word);
      if (suggestionCache.size < 10_000) suggestionCache.set(word, found);
      return found;
    };
    for (const paragraph of doc.paragraphs) {
      for (const sentence of paragraph.sentences) {
        if (mostlyUnknown(spell, sentence)) continue;
        const words = sentence.tokens.filter((t) => t.kind === 'word');
        sentence.tokens.forEach((token) => {
          const index = sentence.terms.findIndex((t) => t.start === token.start);
          if (exempt(token, sentence, index, doc.text)) return;
          // A name: a sentence of one capitalised word ("Faiza."), or the word after "Hi"/"thanks".
          if (words.length === 1 && /^\p{Lu}/u.test(token.text)) return;
          const before = words[words.indexOf(token) - 1]?.norm;
          if (before && ADDRESSING.has(before)) return;
          const word = token.text.replace(/[’‘]/g, "'");
          // Classic misspellings first: "untill" would otherwise pass as "un" + "till".
          if (!CLASSIC.has(word.toLowerCase()) && correct(spell, word)) return;
          if (word.length < 4) return;
          // Precision first: a classic misspelling ("tommorow"), or a word one typing slip away
          // from a dictionary word ("recieve"). Handles, jargon and names rarely are ("olsi").
          const classic = CLASSIC.get(word.toLowerCase());
          // Short words and clipped slang ("devs", "accts", "holdin'") sit one slip from too many
          // dictionary words to judge: only classic misspellings are reported below six letters.
          if (!classic && (word.length < 6 || /^'|'$/.test(word))) return;
          // "Glad you got it working sociald!": the word before "!" is usually the person addressed.
          if (!classic && /^\s*!/.test(doc.text.slice(token.end, token.end + 2))) return;
          const expected = classic ? [classic] : suggest(word);
          if (expected.length === 0) return;
          reports.push({
            span: { start: token.start, end: token.end },
            message: `"${token.text}" looks misspelt: did you mean ${expected.map((e) => `"${e}"`).join(' or ')}?`,
            suggestions: expected.map((e) => ({ desc: `Replace "${token.text}" with "${e}"`, text: e, fix: { range: [token.start, token.end] as [number, number], text: e } })),
          });
        });
      }
    }
    return reports;
  },
});
