// Parses a draft once into the reply document every rule reads: remark-parse for the blocks,
// retext-english for each block's raw source, the thread splitter for the customer's part and
// the envelope detector for greeting, closing and signature. All offsets are file offsets.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Nodes as MdastNodes, Parent as MdastParent, Root as MdastRoot } from 'mdast';
import type { BlockKind, CustomerMessage, OpaqueSpan, Paragraph, ReplyDocument, Span } from '../types.js';
import type { Platform } from '../inputs/unit.js';
import { blankOut, isBlank, splitLines, type Line } from './lines.js';
import { findOpaque, mergeOpaque } from './opaque.js';
import { parseBlock } from './language.js';
import { splitThread } from './thread.js';
import { findEnvelope } from './envelope.js';
import { letters } from '../engine/letters.js';

/** "(2/3)" or "2/3 -AB" at the end of a reply posted in parts. */
const PART_OF = letters`/\s\(?([1-9])\s?\/\s?([2-9])\)?\s*(?:[-–—~^]\s?\p{Lu}{1,3}\s*)?$/u`;

const markdown = unified().use(remarkParse).freeze();

export interface ParseOptions {
  /** The customer's message from --original; wins over a quote in the draft. */
  original?: string;
  /** The customer's name when the container knows it (an e-mail's From header). */
  customerName?: string;
  platform?: Platform;
}

export function parseReply(text: string, options: ParseOptions = {}): ReplyDocument {
  const thread = splitThread(text);
  // Quoted lines become blank lines, so remark never joins them to the agent's paragraphs.
  const agentText = blankOut(text.slice(0, thread.agentEnd), thread.quoted);
  const lines = splitLines(agentText);
  const envelope = findEnvelope(lines, thread.agentEnd, thread.signatureDelimiter);

  const blocks: Block[] = [];
  const opaque: OpaqueSpan[] = findOpaque(agentText);
  const prose = plainProseBlocks(agentText, lines);
  if (prose) blocks.push(...prose);
  else collectBlocks(markdown.parse(agentText) as MdastRoot, blocks, opaque, 'paragraph');
  const allOpaque = mergeOpaque(opaque);

  const paragraphs: Paragraph[] = [];
  for (const block of blocks) {
    const start = Math.max(block.start, envelope.bodyStart);
    const end = Math.min(block.end, envelope.bodyEnd);
    const span = trimSpan(text, start, end);
    if (span) paragraphs.push(parseBlock(text, span.start, span.end, block.kind, allOpaque));
  }

  const customer = customerMessage(text, thread, options);
  if (customer && options.customerName) customer.name = options.customerName;
  return {
    text,
    platform: options.platform,
    greeting: envelope.greeting,
    paragraphs: paragraphs.filter((p) => p.sentences.length > 0),
    closing: envelope.closing,
    signature: envelope.signature,
    quoted: thread.quoted,
    customer,
    opaque: allOpaque,
    agentEnd: thread.agentEnd,
    part: splitPart(text.slice(0, thread.agentEnd)),
  };
}

/** "@123 1/2 We're sorry…" / "…on our site. (2/2)": one post of a reply split over several. */
function splitPart(agentText: string): { index: number; of: number } | undefined {
  // At the end only in parentheses or on a social reply: "rated 4/5" is not a part number.
  const social = /^\s*@\w/.test(agentText);
  const m =
    /^(?:\s*@\w{1,30})*\s*\(?([1-9])\s?\/\s?([2-9])\)?(?=\s)/.exec(agentText) ??
    (social
      ? PART_OF.exec(agentText)
      : /\s\(([1-9])\s?\/\s?([2-9])\)\s*$/.exec(agentText));
  if (!m) return undefined;
  const index = Number(m[1]);
  const of = Number(m[2]);
  return index <= of ? { index, of } : undefined;
}

export interface Block extends Span {
  kind: BlockKind;
}

/** Characters that can open inline code, HTML, links or images, and a lone CR (a line ending). */
const INLINE_SYNTAX = /[`<[]|\r(?!\n)/;
/** A line that could open a heading, quote, list, rule, fence, HTML or setext underline, or is indented code. */
const BLOCK_SYNTAX = /^(?: {0,3}(?:[#>*+\-=_~]|\d{1,9}[.)])|\t| {4})/;

/**
 * Plain prose, the usual tweet or short reply, has no Markdown syntax at all: its blocks are the
 * runs of non-blank lines, exactly what micromark would find (test/document.test.ts compares the
 * two). Skipping micromark for it was ~15% of linting a batch. Anything else goes to remark.
 */
function plainProseBlocks(text: string, lines: readonly Line[]): Block[] | undefined {
  if (INLINE_SYNTAX.test(text)) return undefined;
  const blocks: Block[] = [];
  let open: Block | undefined;
  for (const line of lines) {
    if (/^[ \t]*$/.test(line.text)) {
      open = undefined;
      continue;
    }
    if (BLOCK_SYNTAX.test(line.text)) return undefined;
    if (open) open.end = line.end;
    else blocks.push((open = { start: line.start, end: line.end, kind: 'paragraph' }));
  }
  return blocks;
}

/** Blocks as remark-parse finds them; exported for the test that holds the prose path to it. */
export function markdownBlocks(text: string): { blocks: Block[]; opaque: OpaqueSpan[] } {
  const blocks: Block[] = [];
  const opaque: OpaqueSpan[] = [];
  collectBlocks(markdown.parse(text) as MdastRoot, blocks, opaque, 'paragraph');
  return { blocks, opaque };
}

/** The prose path's blocks, or undefined when the text has Markdown syntax (for the same test). */
export function proseBlocks(text: string): Block[] | undefined {
  return plainProseBlocks(text, splitLines(text));
}

/** Leaf text blocks in document order; code, HTML and link targets become opaque spans. */
function collectBlocks(node: MdastNodes, blocks: Block[], opaque: OpaqueSpan[], kind: BlockKind): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      if (start !== undefined && end !== undefined) blocks.push({ start, end, kind: node.type === 'heading' ? 'heading' : kind });
      collectInline(node, opaque);
      return;
    case 'code':
    case 'html':
      if (start !== undefined && end !== undefined) opaque.push({ kind: node.type === 'code' ? 'code' : 'html', start, end, text: '' });
      return;
    case 'blockquote':
    case 'thematicBreak':
      return;
    case 'listItem':
      for (const child of node.children) collectBlocks(child, blocks, opaque, 'list-item');
      return;
    default:
      if ('children' in node) for (const child of (node as MdastParent).children) collectBlocks(child as MdastNodes, blocks, opaque, kind);
  }
}

function collectInline(node: MdastNodes, opaque: OpaqueSpan[]): void {
  if (!('children' in node)) return;
  for (const child of (node as MdastParent).children as MdastNodes[]) {
    const start = child.position?.start.offset;
    const end = child.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    if (child.type === 'inlineCode' || child.type === 'html' || child.type === 'image' || child.type === 'imageReference') {
      opaque.push({ kind: child.type === 'inlineCode' ? 'code' : child.type === 'html' ? 'html' : 'url', start, end, text: '' });
    } else if (child.type === 'link') {
      const textEnd = child.children.at(-1)?.position?.end.offset;
      // [label](url): the label is the agent's words, "(url)" is not; <url> is opaque whole.
      if (textEnd === undefined || child.children.length === 0) opaque.push({ kind: 'url', start, end, text: '' });
      else if (end > textEnd + 1) opaque.push({ kind: 'url', start: textEnd + 1, end, text: '' });
      collectInline(child, opaque);
    } else {
      collectInline(child, opaque);
    }
  }
}

function trimSpan(text: string, start: number, end: number): Span | undefined {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : undefined;
}

function customerMessage(text: string, thread: ReturnType<typeof splitThread>, options: ParseOptions): CustomerMessage | undefined {
  if (options.original !== undefined) {
    const lines = splitLines(options.original);
    return {
      source: 'original',
      text: options.original,
      paragraphs: plainBlocks(options.original, lines, findOpaque(options.original)),
      inFile: false,
      name: undefined,
    };
  }
  if (thread.customerLines.length === 0) return undefined;
  // Everything but the customer's own words is blanked, so offsets stay file offsets.
  const keep = thread.customerLines;
  const masked = maskExcept(text, keep, thread.customerNoise);
  const lines = splitLines(masked).filter((line) => keep.some((k) => k.index === line.index));
  const paragraphs = plainBlocks(masked, lines, findOpaque(masked));
  if (paragraphs.length === 0) return undefined;
  // The masked text has the file's offsets but no quote markers, so quoting a point reads cleanly.
  return { source: 'quote', text: masked, paragraphs, inFile: true, name: thread.customerName };
}

function maskExcept(text: string, keep: Line[], noise: Span[]): string {
  const hide: Span[] = [];
  let at = 0;
  for (const line of keep) {
    if (line.start > at) hide.push({ start: at, end: line.start });
    at = line.end;
  }
  hide.push({ start: at, end: text.length });
  return blankOut(text, [...hide, ...noise]);
}

const BULLET = /^\s*(?:[-*•+]|\d{1,2}[.)])\s+/;

/**
 * The customer's message is e-mail text, not Markdown: blocks are runs of lines split at blank
 * lines and at bullets, so each list item is its own point.
 */
function plainBlocks(text: string, lines: Line[], opaque: OpaqueSpan[]): Paragraph[] {
  const blocks: Paragraph[] = [];
  let run: Line[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    const span = trimSpan(text, run[0].start, run.at(-1)!.end);
    run = [];
    if (!span) return;
    const kind: BlockKind = BULLET.test(text.slice(span.start, span.end)) ? 'list-item' : 'paragraph';
    const paragraph = parseBlock(text, span.start, span.end, kind, opaque);
    if (paragraph.sentences.length > 0) blocks.push(paragraph);
  };
  let previous: Line | undefined;
  for (const line of lines) {
    const gap = previous !== undefined && line.index !== previous.index + 1;
    if (isBlank(line) || gap || BULLET.test(line.text)) flush();
    if (!isBlank(line)) run.push(line);
    previous = line;
  }
  flush();
  return blocks;
}
