// readability: walls of text. Plain counts (words per sentence, sentences and words per
// paragraph) rather than a grade formula: they say what to change.
import { defineRule } from '../src/engine/rule.js';
import type { Paragraph, Report, Sentence } from '../src/types.js';
import { CAPITALISED, letters } from '../src/engine/letters.js';

/** "etc.", "now!": a lower-case word ending a sentence. */
const LOWER_WORD_END = letters`/^\p{Ll}{3,}[.!?]$/u`;

type Token = Sentence['tokens'][number];

/** A word a reader reads; "@115930" addresses a social reply and is not one. */
const isReadWord = (token: Token, text: string): boolean => token.kind === 'word' && text[token.start - 1] !== '@';

function wordCount(sentence: Sentence, text: string): number {
  // Counted in place: every sentence of every reply comes here, and a filtered copy was garbage.
  let count = 0;
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length; i++) if (isReadWord(tokens[i], text)) count++;
  return count;
}

/**
 * The longest stretch of a sentence a reader takes in one go. The parser keeps "…things. you
 * are…" (no capital after the stop) and two unpunctuated lines together as one sentence; a
 * reader does not, so a full stop after a word, or a line break before a capital, starts a new
 * stretch here.
 */
function longestStretch(sentence: Sentence, text: string): number {
  let longest = 0;
  let run = 0;
  let previous: Token | undefined;
  for (const token of sentence.tokens) {
    if (!isReadWord(token, text)) continue;
    if (previous && /\n/.test(text.slice(previous.end, token.start)) && CAPITALISED.test(token.text) && !/[,;:]$/.test(text.slice(previous.end, token.start).trim())) run = 0;
    run++;
    longest = Math.max(longest, run);
    if (LOWER_WORD_END.test(token.text)) run = 0;
    previous = token;
  }
  return longest;
}

/** Split a long sentence at the joint nearest its middle: ", and", ", but", ";", ", so", ", which". */
function split(sentence: Sentence): string | undefined {
  const text = sentence.text;
  const joints = [...text.matchAll(/(?:,\s+(?:and|but|so|because|which|while|although)\s+|;\s+|\s+—\s+)/g)];
  if (joints.length === 0) return undefined;
  const middle = text.length / 2;
  const best = joints.reduce((a, b) => (Math.abs((b.index ?? 0) - middle) < Math.abs((a.index ?? 0) - middle) ? b : a));
  const at = best.index ?? 0;
  const rest = text.slice(at + best[0].length);
  const joiner = best[0].trim().replace(/^[,;—]\s*/, '');
  const second = joiner === 'which' || joiner === '' ? rest : `${joiner} ${rest}`;
  return `${text.slice(0, at)}. ${second.charAt(0).toUpperCase()}${second.slice(1)}`;
}

export default defineRule({
  meta: {
    id: 'readability',
    severity: 'info',
    summary: 'Walls of text: sentences over 30 words, paragraphs over 5 sentences or 100 words.',
    description:
      'A customer with a problem skims. Long sentences and solid blocks of text hide the one step they need. The rule counts words (placeholders, links, code and @handles do not count; a full stop after a word, or a line break before a capital, ends a stretch even when the next word is not capitalised) and flags sentences over `maxSentenceWords`, and paragraphs over `maxParagraphSentences` sentences (once they pass 45 words: six short sentences are not a wall of text) or over `maxParagraphWords` words, which also catches a long reply with no paragraph breaks. It suggests splitting a long sentence at its middle joint, and breaking a long paragraph up or turning steps into a numbered list. List items are counted one by one. It builds on plain counts rather than a reading-grade formula (retext-readability), because a count says exactly what to change.',
    seed: '003 §9, §13 "Aim for better readability"',
    options: {
      maxSentenceWords: { type: 'number', default: 30, min: 5, description: 'Longest sentence, in words, before it is flagged.' },
      maxParagraphSentences: { type: 'number', default: 5, min: 1, description: 'Most sentences in one paragraph.' },
      maxParagraphWords: { type: 'number', default: 100, min: 10, description: 'Most words in one paragraph.' },
    },
  },
  check(doc, { options }) {
    const maxSentence = options.maxSentenceWords as number;
    const maxSentences = options.maxParagraphSentences as number;
    const maxWords = options.maxParagraphWords as number;
    const reports: Report[] = [];
    for (const paragraph of doc.paragraphs) {
      const counts = paragraph.sentences.map((s) => wordCount(s, doc.text));
      const words = counts.reduce((n, count) => n + count, 0);
      // Six short sentences are not a wall of text: the sentence count matters once the words add up.
      if (paragraph.kind !== 'list-item' && ((paragraph.sentences.length > maxSentences && words > 45) || words > maxWords)) {
        reports.push(longParagraph(paragraph, words));
      }
      paragraph.sentences.forEach((sentence, i) => {
        const n = counts[i]!;
        // A stretch is part of the sentence: one of few words needs no walk over its tokens.
        if (n <= maxSentence || longestStretch(sentence, doc.text) <= maxSentence) return;
        const halves = split(sentence);
        reports.push({
          span: sentence,
          message: `This sentence has ${n} words: split it so each step or fact stands on its own.`,
          suggestions: halves ? [{ desc: `Split it: ${halves}`, text: halves, fix: { range: [sentence.start, sentence.end], text: halves } }] : [],
        });
      });
    }
    return reports;
  },
});

function longParagraph(paragraph: Paragraph, words: number): Report {
  const first = paragraph.sentences[0];
  return {
    span: first,
    message: `This paragraph has ${paragraph.sentences.length} sentences and ${words} words: break it into short paragraphs or a numbered list.`,
    suggestions: [{ desc: 'Start a new paragraph at each new point, and put steps in a numbered list (1. … 2. …).', text: '' }],
  };
}
