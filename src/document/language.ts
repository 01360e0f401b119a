// Natural-language structure of one text block: retext-english parses the block's raw source
// text (never a re-generated string), so every sentence and token offset is a file offset.
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import { toString } from 'nlcst-to-string';
import type { Root as NlcstRoot, Sentence as NlcstSentence, SentenceContent } from 'nlcst';
import type { BlockKind, OpaqueSpan, Paragraph, Sentence, Term, Token } from '../types.js';
import { opaqueWithin } from './opaque.js';
import { expandContraction } from './contractions.js';
import './tokenizer.js';
import './plugin-gates.js';
import { CAPITALISED, letters } from '../engine/letters.js';

const LOWER_OR_DIGIT_FIRST = letters`/^[\p{Ll}\d]/u`;
/** "in.", "sat.": a lower-case word and its full stop. */
const LOWER_WORD_STOP = letters`/^[\p{Ll}\d]+\.$/u`;

/**
 * retext-english's parser, called directly: processor.parse() would first wrap each block in a
 * VFile, which nothing here reads (the offsets are the block's own), a few thousand a batch.
 */
const english = unified().use(retextEnglish).freeze();
const parseEnglish = english.parser as (text: string) => NlcstRoot;

/** Curly apostrophes and quotes compare equal to straight ones. */
export function normalizeWord(text: string): string {
  const lower = text.toLowerCase();
  return CURLY.test(lower) ? lower.replace(CURLY_ALL, "'") : lower;
}
const CURLY = /[\u2018\u2019\u02bc`]/;
const CURLY_ALL = /[\u2018\u2019\u02bc`]/g;

/**
 * Each opaque span is handed to the parser as a run of "x": one word with exact offsets, so a
 * URL's dots do not end sentences and a placeholder's braces do not split it.
 */
function maskOpaque(text: string, from: number, opaque: readonly OpaqueSpan[]): string {
  if (opaque.length === 0) return text;
  let out = '';
  let at = 0;
  for (const span of opaque) {
    const s = Math.max(span.start - from, at);
    const e = Math.min(span.end - from, text.length);
    if (e <= s) continue;
    out += text.slice(at, s) + 'x'.repeat(e - s);
    at = e;
  }
  return out + text.slice(at);
}

export function parseBlock(
  source: string,
  start: number,
  end: number,
  kind: BlockKind,
  opaque: readonly OpaqueSpan[],
): Paragraph {
  const inside = opaqueWithin(opaque, start, end);
  const raw = source.slice(start, end);
  const tree = parseEnglish(maskOpaque(raw, start, inside));
  // Indexed loops throughout: this runs for every block of every reply, mostly before V8
  // optimises it, where a for-of allocates an iterator result per element.
  const parts: Token[][] = [];
  const paragraphs = tree.children;
  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p];
    if (paragraph.type !== 'ParagraphNode') continue;
    const children = paragraph.children;
    for (let c = 0; c < children.length; c++) {
      const child = children[c];
      if (child.type === 'SentenceNode') splitAtWordPeriods(child, source, start, inside, parts);
    }
  }
  const joined = joinAbbreviations(parts);
  const sentences: Sentence[] = [];
  for (let j = 0; j < joined.length; j++) {
    const pieces = splitAtHeadingLine(joined[j], source);
    for (let k = 0; k < pieces.length; k++) sentences.push(toSentence(pieces[k], source));
  }
  return { kind, start, end, text: raw, sentences, tree };
}

/** Abbreviations parse-english does not know, after which a number or a lower-case word follows. */
const ABBREVIATIONS = new Set(['no', 'nos', 'approx', 'vs', 'etc', 'fig', 'ref', 'tel', 'ext', 'dept', 'est', 'incl', 'nr', 'vol', 'pp', 'qty', 'avg', 'apt', 'min', 'max', 'art', 'sec', 'ch', 'ca', 'cf', 'viz']);

/** "model No. 12" and "approx. 2 kg" are one sentence: join what the parser cut after them. */
function joinAbbreviations(parts: Token[][]): Token[][] {
  const out: Token[][] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const previous = out.at(-1);
    const last = previous?.at(-1);
    const word = previous?.at(-2);
    if (previous && last?.text === '.' && word?.kind === 'word' && ABBREVIATIONS.has(word.norm) && LOWER_OR_DIGIT_FIRST.test(part[0].text)) {
      previous.push(...part);
    } else {
      out.push(part);
    }
  }
  return out;
}

/**
 * A short line with no full stop above a capitalised line is a heading ("What went wrong"), not
 * the start of a sentence that runs on to the next line. Hard-wrapped lines are long, and stay.
 */
function splitAtHeadingLine(tokens: Token[], source: string): Token[][] {
  // Both cuts need a line break or a link between two tokens: most sentences have neither.
  const breakAt = source.indexOf('\n', tokens[0].start);
  if ((breakAt === -1 || breakAt >= tokens[tokens.length - 1].end) && !hasLink(tokens)) return [tokens];
  let words = 0;
  let heading = true;
  for (let i = 1; i < tokens.length; i++) {
    const before = tokens[i - 1];
    if (before.kind === 'word' || before.kind === 'opaque') words++;
    if (/[.!?:;,]/.test(before.text) || words > 8) heading = false;
    const lineBreak =
      (source.slice(before.end, tokens[i].start).includes('\n') || (before.opaque === 'url' && tokens[i].text !== 'I')) && CAPITALISED.test(tokens[i].text);
    // A link or an emoticon at the end of a line ends the sentence too: "…here: <link>\nOur team…".
    const ended = before.kind === 'opaque' || (before.kind === 'symbol' && /[)(]$/.test(before.text));
    if (lineBreak && (heading || ended)) return [tokens.slice(0, i), ...splitAtHeadingLine(tokens.slice(i), source)];
  }
  return [tokens];
}

function hasLink(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) if (tokens[i].opaque === 'url') return true;
  return false;
}

/**
 * parse-english reads "in.", "sat." and "mon." as abbreviations (inches, Saturday, Monday) and
 * joins the next sentence on: "…came in. Nobody can…". A lower-case word before a full stop
 * and a capital after it is a sentence end; capitalised abbreviations ("Mr. Smith") stay joined.
 */
function splitAtWordPeriods(node: NlcstSentence, source: string, base: number, opaque: readonly OpaqueSpan[], parts: Token[][]): void {
  let part: Token[] = [];
  const children = node.children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    const token = toToken(child, source, base, opaque);
    if (!token) continue;
    const period = token.kind === 'word' && token.text.endsWith('.') && LOWER_WORD_STOP.test(token.text) && startsSentence(children, i + 1, base, opaque);
    if (!period) {
      part.push(token);
      continue;
    }
    const word = { ...token, end: token.end - 1, text: token.text.slice(0, -1), norm: token.norm.replace(/\.$/, '') };
    part.push(word, { kind: 'punctuation', start: token.end - 1, end: token.end, text: '.', norm: '.' });
    parts.push(part);
    part = [];
  }
  if (part.length > 0) parts.push(part);
}

/** A capitalised word follows, or a link (placeholder, code) at the start of the next line:
 * "…to sign up.\nhttps://…" ends a sentence although the masked link reads as a lower-case word. */
function startsSentence(children: readonly SentenceContent[], from: number, base: number, opaque: readonly OpaqueSpan[]): boolean {
  let newline = false;
  for (let i = from; i < children.length; i++) {
    const child = children[i];
    if (child.type === 'WhiteSpaceNode') {
      newline ||= toString(child).includes('\n');
      continue;
    }
    if (child.type === 'WordNode' && CAPITALISED.test(toString(child))) return true;
    const start = base + (child.position?.start.offset ?? 0);
    return newline && opaque.some((span) => span.start <= start && start < span.end);
  }
  return false;
}

function toSentence(tokens: Token[], source: string): Sentence {
  const start = tokens[0].start;
  const end = tokens[tokens.length - 1].end;
  return { start, end, text: source.slice(start, end), tokens, terms: toTerms(tokens), isQuestion: endsWithQuestion(tokens) };
}

function toToken(node: SentenceContent, source: string, base: number, opaque: readonly OpaqueSpan[]): Token | undefined {
  if (node.type === 'WhiteSpaceNode') return undefined;
  const start = base + (node.position?.start.offset ?? 0);
  const end = base + (node.position?.end.offset ?? 0);
  const text = source.slice(start, end);
  for (let i = 0; i < opaque.length; i++) {
    const span = opaque[i];
    if (span.start < end && start < span.end) return { kind: 'opaque', start, end, text, norm: '\u0000', opaque: span.kind };
  }
  const kind = node.type === 'WordNode' ? 'word' : node.type === 'PunctuationNode' ? 'punctuation' : 'symbol';
  // Outside opaque spans the parsed text is the source text (offsets are exact): no tree walk.
  return { kind, start, end, text, norm: normalizeWord(text) };
}

function endsWithQuestion(tokens: readonly Token[]): boolean {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i];
    if (t.kind === 'word' || t.kind === 'opaque') return false;
    if (t.text.includes('?')) return true;
  }
  return false;
}

function toTerms(tokens: readonly Token[]): Term[] {
  const terms: Term[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    // Only a word with an apostrophe, or "cannot", is a contraction: the rest is one term.
    if (token.kind !== 'word' || (!token.norm.includes("'") && token.norm !== 'cannot')) {
      terms.push({ norm: token.norm, start: token.start, end: token.end, token: index });
      continue;
    }
    const norms = expandContraction(token.norm);
    for (let n = 0; n < norms.length; n++) terms.push({ norm: norms[n], start: token.start, end: token.end, token: index });
  }
  return terms;
}
