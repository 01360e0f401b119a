// Spans inside the agent's text that are not the agent's words: template placeholders, links,
// addresses, code. Rules never match inside them, and the language parser sees each as one word.
import type { OpaqueKind, OpaqueSpan, Span } from '../types.js';

interface Detector {
  kind: OpaqueKind;
  pattern: RegExp;
  /** Characters one of which every match contains: a text without any is not searched. */
  needs?: readonly string[];
}

// Every pattern is linear: bounded repetition, no nested quantifiers (see test/regex-safety).
const DETECTORS: Detector[] = [
  // Zendesk/Liquid/Freshdesk/Front/Gorgias/Intercom {{…}}, Liquid and Help Scout {%…%}
  { kind: 'placeholder', pattern: /\{\{[^{}\n]{0,200}\}\}|\{%[^%\n]{0,200}%\}/g, needs: ['{'] },
  // Mailchimp-style *|FNAME|*, corpus masks like __email__
  { kind: 'placeholder', pattern: /\*\|[A-Z0-9_]{1,40}\|\*|\b__[a-z]{2,20}__\b/g, needs: ['*|', '__'] },
  // [Customer Name], [ORDER ID]: capitalised words in brackets that are not a Markdown link
  { kind: 'placeholder', pattern: /\[[A-Z][\w.-]{0,30}(?: [A-Za-z][\w.-]{0,30}){0,5}\](?![([:])/g, needs: ['['] },
  // <Fill in order ID>, <ISSUE_NUMBER>: not an HTML tag (spaces, or upper case with underscores)
  { kind: 'placeholder', pattern: /<(?:[A-Z][A-Za-z]{0,20}(?: [A-Za-z#]{1,20}){1,6}|[A-Z][A-Z0-9_]{1,40})>/g, needs: ['<'] },
  { kind: 'url', pattern: /\b(?:https?:\/\/|www\.)[^\s<>"'`\])}]{1,2000}/g, needs: ['http', 'www.'] },
  { kind: 'email', pattern: /\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}\b/g, needs: ['@'] },
  { kind: 'entity', pattern: /&(?:#\d{1,7}|#x[\da-fA-F]{1,6}|[A-Za-z]{2,10});/g, needs: ['&'] },
  // @handles at the start of a social reply or anywhere in a chat message
  { kind: 'placeholder', pattern: /(?<![\w.])@\w{1,30}\b/g, needs: ['@'] },
];

const URL_TRAILERS = new Set('.,;:!?*_');

/** A URL's last character is rarely punctuation: "see https://x.com/help." ends the sentence. */
function trimUrl(text: string): string {
  let end = text.length;
  while (end > 0 && URL_TRAILERS.has(text[end - 1])) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Team placeholder syntaxes from the configuration ("placeholders"), added to the built-in ones. */
const extraDetectors: Detector[] = [];

export function addPlaceholderPatterns(patterns: readonly RegExp[]): void {
  extraDetectors.length = 0;
  for (const pattern of patterns) extraDetectors.push({ kind: 'placeholder', pattern: new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`) });
}

export function findOpaque(text: string, from = 0, to = text.length): OpaqueSpan[] {
  const slice = text.slice(from, to);
  const spans: OpaqueSpan[] = [];
  for (let d = 0; d < DETECTORS.length; d++) detect(DETECTORS[d], slice, from, spans);
  for (let d = 0; d < extraDetectors.length; d++) detect(extraDetectors[d], slice, from, spans);
  return mergeOpaque(spans);
}

/**
 * The detector's matches in the slice. An exec loop rather than matchAll, which copies the regular
 * expression at every call (this runs on every reply, mostly before V8 optimises it).
 */
function detect({ kind, pattern, needs }: Detector, slice: string, from: number, spans: OpaqueSpan[]): void {
  if (needs && !mentions(slice, needs)) return;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(slice); m !== null; m = pattern.exec(slice)) {
    // An empty match (a team's pattern may allow one) moves on by a character, as matchAll does.
    if (m[0] === '') pattern.lastIndex = nextIndex(slice, pattern);
    const matched = kind === 'url' ? trimUrl(m[0]) : m[0];
    if (matched.length === 0) continue;
    const start = from + m.index;
    spans.push({ kind, start, end: start + matched.length, text: matched });
  }
}

/** One character on: a code point under the u or v flag, a code unit otherwise (the spec's AdvanceStringIndex). */
function nextIndex(text: string, pattern: RegExp): number {
  const at = pattern.lastIndex;
  const unicode = /[uv]/.test(pattern.flags);
  return unicode && (text.codePointAt(at) ?? 0) > 0xffff ? at + 2 : at + 1;
}

function mentions(text: string, parts: readonly string[]): boolean {
  for (let i = 0; i < parts.length; i++) if (text.includes(parts[i])) return true;
  return false;
}

/** Sort and drop spans contained in an earlier one (a URL inside a placeholder, say). */
export function mergeOpaque(spans: OpaqueSpan[]): OpaqueSpan[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: OpaqueSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    const last = out[out.length - 1];
    if (last && span.start < last.end) {
      if (span.end > last.end) {
        last.end = span.end;
      }
      continue;
    }
    out.push({ kind: span.kind, start: span.start, end: span.end, text: span.text });
  }
  return out;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Opaque spans that fall inside [start, end), found by binary search on the sorted list. */
export function opaqueWithin(spans: readonly OpaqueSpan[], start: number, end: number): OpaqueSpan[] {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: OpaqueSpan[] = [];
  for (let i = lo; i < spans.length && spans[i].start < end; i++) out.push(spans[i]);
  return out;
}
