// spelling: misspelt words, checked with retext-spell against dictionary-en (plus British
// spellings, everyday support words and the team's own words). Names, product names, codes,
// placeholders, links, addresses and code are never checked.
import retextSpell from 'retext-spell';
import { VFile } from 'vfile';
import { defineRule } from '../src/engine/rule.js';
import { isSentenceStart } from '../src/engine/phrases.js';
import { englishDictionary, EXTRA_WORDS, isCommonWord } from '../src/engine/spelling-dictionary.js';
import type { Paragraph, Report, ReplyDocument, Sentence, Token } from '../src/types.js';

type Transformer = (tree: Paragraph['tree'], file: VFile, next: (error?: unknown) => void) => void;
const checkers = new Map<string, Transformer>();

/** One checker per personal word list: building nspell from the dictionary is the costly part. */
function checker(words: readonly string[]): Transformer {
  const key = words.join('\n');
  let transform = checkers.get(key);
  if (!transform) {
    const personal = [...EXTRA_WORDS, ...words].join('\n');
    transform = (retextSpell as unknown as (o: object) => Transformer)({ dictionary: englishDictionary(), personal, max: Number.POSITIVE_INFINITY });
    checkers.set(key, transform);
  }
  return transform;
}

/** Words replylint does not judge: names and products (capitalised mid-sentence), codes, acronyms. */
function exempt(token: Token, sentence: Sentence, index: number): boolean {
  if (token.kind !== 'word') return true;
  if (/[\d_@#/\\]/.test(token.text)) return true;
  if (/^\p{Lu}/u.test(token.text) && !isSentenceStart(sentence, index)) return true;
  if (/\p{Ll}\p{Lu}/u.test(token.text) || /^\p{Lu}{2,}s?$/u.test(token.text)) return true;
  return false;
}

function tokenAt(doc: ReplyDocument, paragraph: Paragraph, offset: number): { sentence: Sentence; index: number } | undefined {
  for (const sentence of paragraph.sentences) {
    if (offset < sentence.start || offset >= sentence.end) continue;
    const index = sentence.terms.findIndex((t) => t.start <= offset && offset < t.end);
    if (index !== -1) return { sentence, index };
  }
  return undefined;
}

/** Levenshtein distance, for short words only. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

export default defineRule({
  meta: {
    id: 'spelling',
    severity: 'warning',
    summary: 'Misspelt words, checked against an English dictionary and your own word list.',
    description:
      'A typo in a reply makes the whole answer look careless. The rule checks each word of the agent\'s text with retext-spell and dictionary-en (US English, with British spellings such as "colour", "organise" and "cancelled" accepted, and everyday support words such as "signup", "dropdown" and "add-on"). It suggests the closest dictionary words. It never checks template placeholders, URLs, e-mail addresses, code, quoted customer text, words with digits or symbols, abbreviations in capitals, words with capitals inside (iPhone, WooCommerce), or capitalised words mid-sentence (names and product names). Add your own product and team words with the `words` option.',
    seed: '000 "Be correct … Proofread"',
    options: {
      words: { type: 'string[]', default: [], description: 'Extra words to accept: product names, team jargon.' },
    },
  },
  check(doc, { options }) {
    const transform = checker(options.words as string[]);
    const reports: Report[] = [];
    for (const paragraph of doc.paragraphs) {
      const file = new VFile();
      transform(paragraph.tree, file, () => undefined);
      for (const message of file.messages) {
        const start = paragraph.start + (message.place && 'start' in message.place ? message.place.start.offset ?? 0 : 0);
        const at = tokenAt(doc, paragraph, start);
        if (!at) continue;
        const term = at.sentence.terms[at.index];
        const token = at.sentence.tokens[term.token];
        if (exempt(token, at.sentence, at.index)) continue;
        const word = token.text;
        const expected = (message.expected ?? []).slice(0, 3);
        // A capitalised word opening a sentence is often a name ("Oluwaseun will…"): only a near
        // miss of a dictionary word ("Recieve") is reported there.
        const near = (e: string) => isCommonWord(e.toLowerCase()) && distance(e.toLowerCase(), word.toLowerCase()) <= 2;
        if (/^\p{Lu}/u.test(word) && !expected.some(near)) continue;
        reports.push({
          span: { start: token.start, end: token.end },
          message: expected.length
            ? `"${word}" looks misspelt: did you mean ${expected.map((e) => `"${e}"`).join(' or ')}?`
            : `"${word}" is not in the dictionary: check the spelling, or add it to the spelling rule's words.`,
          suggestions: expected.map((e) => ({ desc: `Replace "${word}" with "${e}"`, text: e, fix: { range: [token.start, token.end] as [number, number], text: e } })),
        });
      }
    }
    return reports;
  },
});
