// HTML replies (.html files and HTML bodies in exports): the visible text, with block elements
// as line breaks, quoted containers (blockquote, Gmail's and Outlook's quote blocks) as "> "
// lines for the thread splitter, and code skipped. Every character maps back into the HTML.
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Element, Nodes, Root } from 'hast';
import { alignMap, tableMap, type OffsetMap } from './offsets.js';

const html = unified().use(rehypeParse, { fragment: true }).freeze();

const BLOCKS = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'section', 'article', 'header', 'footer', 'hr', 'blockquote']);
const SKIPPED = new Set(['code', 'pre', 'script', 'style', 'head', 'title', 'template', 'img', 'svg']);

function classes(node: Element): string {
  const value = node.properties?.className;
  return Array.isArray(value) ? value.join(' ') : String(value ?? '');
}

/** Gmail, Outlook, Apple Mail and Yahoo put the quoted thread in these. */
function isQuote(node: Element): boolean {
  if (node.tagName === 'blockquote') return true;
  const id = String(node.properties?.id ?? '');
  return /gmail_quote|yahoo_quoted|moz-cite-prefix|OutlookMessageHeader/i.test(classes(node)) || /^(?:divRplyFwdMsg|appendonsend)$/i.test(id);
}

export interface VisibleText {
  text: string;
  map: OffsetMap;
}

export function visibleText(source: string): VisibleText {
  const tree = html.parse(source) as Root;
  let text = '';
  const offsets: number[] = [];
  let quoteDepth = 0;
  let atLineStart = true;

  /** `at` is one offset for all characters, or one offset per character. */
  const emit = (chars: string, at: number | OffsetMap, exact: boolean): void => {
    for (let i = 0; i < chars.length; i++) {
      const here = typeof at === 'number' ? (exact ? at + i : at) : at.toFile(i);
      if (atLineStart && quoteDepth > 0 && chars[i] !== '\n') {
        for (let d = 0; d < quoteDepth; d++) {
          text += '> ';
          offsets.push(here, here);
        }
      }
      text += chars[i];
      offsets.push(here);
      atLineStart = chars[i] === '\n';
    }
  };
  const newline = (at: number): void => {
    if (text.length > 0 && !text.endsWith('\n')) emit('\n', at, false);
  };

  const walk = (node: Nodes, quoted: boolean): void => {
    const start = node.position?.start.offset ?? 0;
    if (node.type === 'text') {
      const end = node.position?.end.offset ?? start;
      // Collapse HTML white space as a browser would; entities (&#39;) are aligned with the source.
      let value = node.value.replace(/\s+/g, ' ');
      if (text.endsWith('\n') || text.endsWith(' ')) value = value.replace(/^ /, '');
      emit(value, alignMap(value, source, start, end), true);
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      if (SKIPPED.has(node.tagName)) {
        if (node.tagName === 'code' || node.tagName === 'pre') emit(' ', start, false);
        return;
      }
      if (BLOCKS.has(node.tagName)) newline(start);
      const quote = !quoted && isQuote(node);
      if (quote) {
        quoteDepth++;
        newline(start);
      }
      for (const child of node.children) walk(child as Nodes, quoted || quote);
      if (quote) quoteDepth--;
      if (BLOCKS.has(node.tagName) && node.tagName !== 'br') {
        newline(node.position?.end.offset ?? start);
        if (node.tagName === 'p' || node.tagName === 'div' || /^h\d$/.test(node.tagName)) emit('\n', node.position?.end.offset ?? start, false);
      }
      if (node.tagName === 'br') emit('\n', start, false);
      return;
    }
    for (const child of node.children) walk(child as Nodes, quoted);
  };
  walk(tree, false);
  offsets.push(source.length);
  return { text, map: tableMap(offsets) };
}
