// repeated-words: "the the", found by retext-repeated-words on the reply document's own trees.
import retextRepeatedWords from 'retext-repeated-words';
import { VFile } from 'vfile';
import { defineRule } from '../src/engine/rule.js';
import type { Paragraph, Report, Token } from '../src/types.js';
import { letters } from '../src/engine/letters.js';

const TWO_WORDS = letters`/^[\p{L}'’]+\s+[\p{L}'’]+$/u`;

type Transformer = (tree: Paragraph['tree'], file: VFile) => void;
const transform = (retextRepeatedWords as unknown as () => Transformer)();

const EMPHASIS = new Set(['etc', 'very', 'really', 'so', 'much', 'far', 'many', 'more', 'long', 'bye', 'ha', 'no', 'yes', 'please', 'never', 'well', 'again', 'super', 'ever', 'over']);

/** "log in in the app", "turn it on on the left": a phrasal verb's particle before a preposition. */
const PARTICLES = new Set(['in', 'on', 'up', 'out', 'off', 'over', 'down', 'through']);
const PHRASAL = /\b(?:log|logs|logged|logging|sign|signs|signed|signing|check|checks|checked|checking|plug|plugged|opt|opted|fill|filled|hand|handed|turn|turned|switch|switched|set|sets|back|backed|clear|cleared|type|typed|print|printed|top|topped|drop|dropped|pick|picked|come|came|go|went|hold|held)\s*$/i;

function phrasalParticle(text: string, start: number, word: string): boolean {
  return PARTICLES.has(word.toLowerCase()) && PHRASAL.test(text.slice(Math.max(0, start - 20), start));
}

/** retext-repeated-words lets a doubled single letter pass ("A A" grades); a doubled "I" is a typo. */
function doubledI(paragraph: Paragraph): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const sentence of paragraph.sentences) {
    const words = sentence.tokens.filter((t) => t.kind === 'word');
    for (let i = 1; i < words.length; i++) {
      if (words[i].text === 'I' && words[i - 1].text === 'I') spans.push({ start: words[i - 1].start, end: words[i].end });
    }
  }
  return spans;
}

/**
 * Whether two neighbouring words, with only white space between, are the same word: the only
 * thing retext-repeated-words reports (besides "I I", checked separately). Most paragraphs have
 * none, and walking their syntax tree was most of this rule's time on a batch.
 */
function hasAdjacentTwins(paragraph: Paragraph, text: string): boolean {
  // Normal forms compare equal whenever the lower-cased words do (and a little more often, which
  // only means the full check runs): no new string per word. Indexed loops: this runs for every
  // paragraph of every reply, mostly before V8 optimises it.
  let previous: Token | undefined;
  const sentences = paragraph.sentences;
  for (let s = 0; s < sentences.length; s++) {
    const tokens = sentences[s].tokens;
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t];
      if (token.kind !== 'word') {
        previous = undefined;
        continue;
      }
      if (previous && previous.norm === token.norm && /^\s+$/.test(text.slice(previous.end, token.start))) return true;
      previous = token;
    }
  }
  return false;
}

export default defineRule({
  meta: {
    id: 'repeated-words',
    severity: 'warning',
    summary: 'A word typed twice in a row: "the the", "to to".',
    description:
      'A doubled word is the typo a spell checker cannot see. The rule uses retext-repeated-words on the agent\'s text, also across a line break, and offers the safe fix of deleting the second copy. It leaves alone words that can legitimately repeat ("had had", "that that") and repeats separated by punctuation ("No, no problem").',
    seed: '000 "Be correct … Proofread"',
    fixable: true,
  },
  check(doc) {
    const reports: Report[] = [];
    for (const paragraph of doc.paragraphs) {
      if (!hasAdjacentTwins(paragraph, doc.text)) continue;
      const file = new VFile();
      transform(paragraph.tree, file);
      const spans = file.messages.flatMap((message) => {
        const place = message.place && 'start' in message.place ? message.place : undefined;
        if (!place || place.start.offset === undefined || place.end.offset === undefined) return [];
        return [{ start: paragraph.start + place.start.offset, end: paragraph.start + place.end.offset }];
      });
      for (const { start, end } of [...spans, ...doubledI(paragraph)]) {
        const text = doc.text.slice(start, end);
        const word = /^\S+/.exec(text)?.[0] ?? text;
        if (doc.opaque.some((o) => o.start < end && start < o.end)) continue;
        if (phrasalParticle(doc.text, start, word)) continue;
        // "very very", "no no": emphasis; ":-) I": something stands between the two words.
        if (EMPHASIS.has(word.toLowerCase()) || !TWO_WORDS.test(text)) continue;
        // "XXXX XXXX XXXX 4242": the groups of a masked card number.
        if (/^(?:x+|X+)$/.test(word)) continue;
        const fix = { range: [start, end] as [number, number], text: word };
        reports.push({
          span: { start, end },
          message: `"${text.replace(/\s+/g, ' ')}" repeats a word: remove one "${word}".`,
          suggestions: [{ desc: `Write "${word}" once`, text: word, fix }],
          fix,
        });
      }
    }
    return reports;
  },
});
