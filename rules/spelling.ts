// spelling: misspelt words, checked with nspell (the engine of retext-spell) against
// dictionary-en, plus British spellings, everyday support words and the team's own words.
// Names, product names, codes, placeholders, links, addresses and code are never checked.
import nspell from 'nspell';
import { defineRule } from '../src/engine/rule.js';
import { isSentenceStart } from '../src/engine/phrases.js';
import { englishDictionary, EXTRA_WORDS } from '../src/engine/spelling-dictionary.js';
import type { Report, Sentence, Token } from '../src/types.js';

type Speller = ReturnType<typeof nspell>;
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
    spell = nspell(englishDictionary());
    spell.personal([...EXTRA_WORDS, ...words].join('\n'));
    spellers.set(key, spell);
  }
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
  return false;
}

/** A sentence in another language, or full of code and jargon, is not for this dictionary. */
function mostlyUnknown(spell: Speller, sentence: Sentence): boolean {
  const words = sentence.tokens.filter((t) => t.kind === 'word' && /^[\p{L}']+$/u.test(t.text));
  if (words.length < 4) return false;
  const unknown = words.filter((t) => !correct(spell, t.text.replace(/[’‘]/g, "'"))).length;
  return unknown * 3 >= words.length;
}

/** Misspellings so common that they are reported even when two letters are off. */
const CLASSIC = new Set([
  'tommorow', 'tomorow', 'tommorrow', 'accomodate', 'accomodation', 'adress', 'acheive', 'beleive', 'calender', 'catagory', 'cemetary',
  'collegue', 'comming', 'commited', 'completly', 'concious', 'definately', 'definatly', 'dissapoint', 'dissapointed', 'embarass',
  'enviroment', 'existance', 'familar', 'finaly', 'foward', 'goverment', 'garantee', 'gaurantee', 'guarentee', 'happend', 'immediatly',
  'independant', 'knowlege', 'liason', 'maintainance', 'millenium', 'neccessary', 'necesary', 'noticable', 'occassion', 'occured',
  'occurence', 'persistant', 'posession', 'prefered', 'priviledge', 'publically', 'recieve', 'recieved', 'reciept', 'recomend',
  'refered', 'relevent', 'religous', 'remeber', 'responsability', 'seperate', 'seperately', 'sincerly', 'succesful', 'successfull',
  'suprise', 'thier', 'truely', 'untill', 'unfortunatly', 'wierd', 'wich', 'writting', 'arguement', 'begining', 'beggining', 'buisness',
  'chargable', 'comittee', 'confirmaton', 'concensus', 'curiousity', 'dilemna', 'excercise', 'explaination', 'fourty', 'freind', 'grammer',
  'harrass', 'inconvience', 'inconvenient', 'momento', 'mispell', 'paitence', 'pateince', 'payed', 'prefered', 'questionaire', 'refering',
  'shedule', 'sucess', 'temperture', 'threshhold', 'transfered', 'tyrany', 'vaccuum', 'visable', 'wensday', 'wendsday', 'febuary', 'apologise',
]);

const ADDRESSING = new Set(['hi', 'hello', 'hey', 'dear', 'thanks', 'thank', 'cheers']);

/** Edit distance counting a swap of two neighbouring letters as one slip (Damerau-Levenshtein). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

export default defineRule({
  meta: {
    id: 'spelling',
    severity: 'warning',
    summary: 'Misspelt words, checked against an English dictionary and your own word list.',
    description:
      'A typo in a reply makes the whole answer look careless. The rule checks each word of the agent\'s text with nspell, the engine of retext-spell, and dictionary-en (US English, with British spellings such as "colour", "organise" and "cancelled" accepted, and everyday support words such as "signup", "dropdown" and "add-on"), and suggests the closest dictionary words. It never checks template placeholders, URLs, e-mail addresses, code, quoted customer text, words with digits or symbols, abbreviations in capitals, words with capitals inside (iPhone, WooCommerce), or capitalised words mid-sentence (names and product names). Precision comes first: a word is reported only when it is one typing slip (a letter added, dropped, changed or two letters swapped) from a common dictionary word, so forum handles, jargon and names stay quiet while "recieve", "seperate" and "untill" are caught. Add your own product and team words with the `words` option. The dictionary is read the first time the rule runs, never when it is off; nspell is driven directly (not through retext-spell) because retext-spell stops suggesting after a fixed number of typos per process, which made a file\'s findings depend on the files linted before it.',
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
      const found = spell.suggest(word).slice(0, 3);
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
          if (correct(spell, word)) return;
          if (word.length < 4) return;
          // Precision first: a word is reported only when it is one typing slip (a letter added,
          // dropped, changed or swapped) from a common dictionary word. Handles, jargon and names
          // rarely are; "recieve", "seperate", "untill" always are.
          // One slip only ("olsi" is a handle, "shoutout" not "shootout"), except the classic
          // misspellings people make on purpose-looking words ("tommorow", "accomodate").
          const slips = CLASSIC.has(word.toLowerCase()) ? 3 : 1;
          const near = (e: string) => spell.correct(e.toLowerCase()) && distance(e.toLowerCase(), word.toLowerCase()) <= slips;
          const expected = suggest(word).filter(near);
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
