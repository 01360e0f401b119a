// Splits a draft into the agent's text and the customer's quoted thread. Cautious by design:
// a look-alike line in the agent's own text ("From: our billing team", a "-- " bullet) must never
// cut the reply, so every cut needs a strong marker or two lines that agree.
import type { Region, Span } from '../types.js';
import { isBlank, splitLines, type Line } from './lines.js';
import { CAPITALISED } from '../engine/letters.js';

export interface Thread {
  /** Offset where the quoted thread starts (the cut), or the text length when there is none. */
  agentEnd: number;
  /** Quoted lines in the draft: "> " lines in the agent's part and everything from the cut on. */
  quoted: Region[];
  /** Lines holding the customer's latest message (quote markers not yet removed). */
  customerLines: Line[];
  /** Ranges inside customerLines that are quote markers or header lines, not the customer's words. */
  customerNoise: Span[];
  /** The "-- " line that starts the agent's signature, if any. */
  signatureDelimiter?: Line;
  /** The customer's name from the attribution or From header, when it has one. */
  customerName?: string;
}

const ATTRIBUTION_ONE_LINE = [
  /^\s*On\b.{0,500}\bwrote\s*:\s*$/i,
  /^\s*Le\b.{0,500}\ba\s+écrit\s*:\s*$/i,
  /^\s*Am\b.{0,500}\bschrieb\b.{0,160}:\s*$/i,
  /^\s*El\b.{0,500}\bescribió\s*:\s*$/i,
];
/** Start of an attribution that a mail client wrapped over two lines. */
const ATTRIBUTION_START = /^\s*(?:On|Le|Am|El)\s+\S.{0,300}$/;

const ORIGINAL_MESSAGE = /^\s*-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Original-Nachricht|Message d'origine|Mensaje original)\s*-{2,}\s*$/i;
const FORWARDED = /^\s*(?:-{2,}\s*(?:Forwarded message|Weitergeleitete Nachricht|Message transféré|Mensaje reenviado)\s*-{2,}|Begin forwarded message:)\s*$/i;
const UNDERSCORE_RULE = /^\s*_{10,}\s*$/;
const HEADER_FROM = /^\s*\*?(?:From|Von|De)\s*:\*?\s+\S/;
const HEADER_DATE = /^\s*\*?(?:Sent|Date|Gesendet|Datum|Envoyé|Enviado(?:\s+el)?|Fecha)\s*:\*?\s+\S/;
const HEADER_TO_SUBJECT = /^\s*\*?(?:To|Subject|An|Betreff|À|Objet|Para|Asunto)\s*:/;
const HEADER_ANY =
  /^\s*\*?(?:From|Sent|To|Cc|Bcc|Subject|Date|Reply-To|Importance|Von|Gesendet|An|Betreff|Datum|De|Envoyé|À|Objet|Enviado(?:\s+el)?|Para|Asunto|Fecha)\s*:/i;
const QUOTE_PREFIX = /^[ \t]{0,3}(?:>[ \t]?)+/;
const SIGNATURE_DELIMITER = /^-- ?$/;
/** A signature under "-- " is short; more than this many lines is the agent's text. */
const MAX_SIGNATURE_LINES = 10;

interface Cut {
  line: number;
  /** Lines at the cut that are attribution or header, not the customer's words. */
  headerLines: number;
  name?: string;
}

export function splitThread(text: string): Thread {
  const lines = splitLines(text);
  const cut = findCut(lines);
  const agentEnd = cut ? lines[cut.line].start : text.length;
  const agentLines = cut ? lines.slice(0, cut.line) : lines;

  const quoted: Region[] = [];
  const inlineQuote: Line[] = [];
  for (let i = 0; i < agentLines.length; i++) {
    const line = agentLines[i]!;
    if (QUOTE_PREFIX.test(line.text) && line.text.trim().startsWith('>')) {
      inlineQuote.push(line);
      quoted.push({ start: line.start, end: line.end, text: line.text });
    }
  }
  if (cut) quoted.push({ start: agentEnd, end: text.length, text: text.slice(agentEnd) });

  const signatureDelimiter = findSignatureDelimiter(agentLines);
  const latest = cut ? latestQuotedMessage(lines, cut) : { lines: [], noise: [] };
  const customerLines = [...inlineQuote, ...latest.lines];
  const noise = [...inlineQuote.map(markerSpan).filter(isSpan), ...latest.noise];
  return {
    agentEnd,
    quoted,
    customerLines,
    customerNoise: noise,
    signatureDelimiter,
    customerName: cut?.name,
  };
}

/** The last "-- " line of the agent's part with a short block under it (a "--" separator is not one). */
function findSignatureDelimiter(agentLines: Line[]): Line | undefined {
  let after = 0;
  for (let i = agentLines.length - 1; i >= 0; i--) {
    const line = agentLines[i];
    if (SIGNATURE_DELIMITER.test(line.text)) return after > 0 && after <= MAX_SIGNATURE_LINES ? line : undefined;
    if (!isBlank(line)) after++;
    if (after > MAX_SIGNATURE_LINES) return undefined;
  }
  return undefined;
}

function findCut(lines: Line[]): Cut | undefined {
  for (let i = 0; i < lines.length; i++) {
    const cut = cutAt(lines, i);
    if (cut) return cut;
  }
  return undefined;
}

function cutAt(lines: Line[], i: number): Cut | undefined {
  const text = lines[i].text;
  const attribution = attributionAt(text, lines[i + 1]?.text);
  // An attribution needs the quoted message under it: "On 3 March our engineer wrote:" followed
  // by one "> " line and more of the agent's own text is an inline quote, not the thread.
  if (attribution && onlyQuotedBelow(lines, i + attribution.size)) {
    return { line: i, headerLines: attribution.size, name: nameFromAttribution(attribution.text) };
  }
  if (ORIGINAL_MESSAGE.test(text) || FORWARDED.test(text)) {
    const block = headerBlock(lines, i + 1);
    return { line: i, headerLines: block.end - i, name: nameFromHeaders(lines, block) };
  }
  if (UNDERSCORE_RULE.test(text)) {
    // Outlook's rule is followed by From/Sent/To/Subject; a rule in a signature over "From: our desk" is not.
    const block = headerBlock(lines, i + 1);
    if (block.count >= 2 && HEADER_FROM.test(block.first)) return { line: i, headerLines: block.end - i, name: nameFromHeaders(lines, block) };
  }
  // A bare header block (Outlook on the web, GMX): From, a dated Sent/Date and To/Subject must all be
  // there, so "From: the billing team" or "Sent: …" alone never cuts.
  if ((HEADER_FROM.test(text) || HEADER_DATE.test(text)) && isBareHeaderBlock(lines, i, 0)) {
    const block = headerBlock(lines, i);
    return { line: i, headerLines: block.end - i, name: nameFromHeaders(lines, block) };
  }
  return undefined;
}

/** An attribution on one line, or wrapped over two ("On …, Name <" / "name@example.com> wrote:"). */
function attributionAt(text: string, next: string | undefined): { size: 1 | 2; text: string } | undefined {
  if (ATTRIBUTION_ONE_LINE.some((re) => re.test(text))) return looksDated(text) ? { size: 1, text } : undefined;
  if (next === undefined || next.length >= 200 || !/:\s*$/.test(next)) return undefined;
  if (!ATTRIBUTION_START.test(text) || /[.?!:]\s*$/.test(text)) return undefined;
  const joined = `${text.trimEnd()} ${next.trim()}`;
  return ATTRIBUTION_ONE_LINE.some((re) => re.test(joined)) && looksDated(joined) ? { size: 2, text: joined } : undefined;
}

/**
 * True when the lines from `from` on are the quoted message: "> " lines down to the end, or down to
 * an older thread block that the client left unquoted.
 */
function onlyQuotedBelow(lines: Line[], from: number): boolean {
  let quotedSeen = false;
  for (let j = from; j < lines.length; j++) {
    const text = lines[j].text;
    if (text.trim() === '') continue;
    if (quoteDepth(text) > 0) {
      quotedSeen = true;
      continue;
    }
    return quotedSeen && isStrongMarker(text, lines[j + 1]?.text);
  }
  return quotedSeen;
}

function isStrongMarker(text: string, next: string | undefined): boolean {
  return ORIGINAL_MESSAGE.test(text) || FORWARDED.test(text) || UNDERSCORE_RULE.test(text) || attributionAt(text, next) !== undefined;
}

/** Real attributions carry a date, an address or a weekday: "On the bright side, Ann wrote:" aside. */
function looksDated(text: string): boolean {
  return /\d|@|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|lun|mar|mer|jeu|ven|sam|dim|Mo|Di|Mi|Do|Fr|Sa|So)\b/.test(text);
}

interface HeaderBlock {
  /** First header line (after up to two blank lines), or `from` when there is no block. */
  start: number;
  /** Line index just past the block. */
  end: number;
  count: number;
  depth: number;
  /** The first header line without its quote markers. */
  first: string;
}

/** Consecutive header lines ("From:", "Sent:", "To:", "Subject:") at `from`, quoted or not. */
function headerBlock(lines: Line[], from: number): HeaderBlock {
  let start = from;
  while (start < lines.length && start < from + 2 && stripQuote(lines[start].text, quoteDepth(lines[start].text)).trim() === '') start++;
  const depth = start < lines.length ? quoteDepth(lines[start].text) : 0;
  let count = 0;
  while (start + count < lines.length && count < 10) {
    const line = lines[start + count].text;
    if (quoteDepth(line) !== depth || !HEADER_ANY.test(stripQuote(line, depth))) break;
    count++;
  }
  if (count === 0) return { start: from, end: from, count: 0, depth, first: '' };
  return { start, end: start + count, count, depth, first: stripQuote(lines[start].text, depth) };
}

/** A header block at `i` with From, a dated Sent/Date line and To or Subject, at quote depth `depth`. */
function isBareHeaderBlock(lines: Line[], i: number, depth: number): boolean {
  const block = headerBlock(lines, i);
  if (block.start !== i || block.count < 3 || block.depth !== depth) return false;
  const texts = lines.slice(block.start, block.end).map((line) => stripQuote(line.text, depth));
  return (
    texts.some((t) => HEADER_FROM.test(t)) &&
    texts.some((t) => HEADER_DATE.test(t) && /\d/.test(t)) &&
    texts.some((t) => HEADER_TO_SUBJECT.test(t))
  );
}

function nameFromAttribution(text: string): string | undefined {
  let before: string;
  const german = /\bschrieb\s+(.{1,200}?)\s*:\s*$/.exec(text);
  if (german) {
    before = german[1];
  } else {
    const m = /^(.{0,500}?)\s*(?:wrote|a\s+écrit|escribió)\s*:\s*$/i.exec(text);
    if (!m) return undefined;
    before = m[1];
  }
  before = withoutAddress(before);
  if (!german) {
    // "On Mon, Mar 3, 2025 at 9:14 AM Maria Lopez": the name follows the last comma and the time.
    before = before.slice(before.lastIndexOf(',') + 1);
    const words = before.trim().split(/\s+/);
    let last = -1;
    words.forEach((w, k) => {
      if (/\d/.test(w)) last = k;
    });
    let rest = words.slice(last + 1);
    if (last >= 0) while (rest.length > 0 && /^(?:[AaPp]\.?[Mm]\.?|h|Uhr|[A-Z]{2,5}T|GMT|UTC)$/.test(rest[0])) rest = rest.slice(1);
    before = rest.join(' ');
  }
  return cleanName(before);
}

/** "Name <a@b>", "Name (<a@b>)", "Name [mailto:a@b]" → "Name". */
function withoutAddress(text: string): string {
  return text.replace(/\s*\(?(?:<[^<>]{0,200}>|\[[^[\]]{0,200}\])\)?\s*$/, '').trim();
}

function nameFromHeaders(lines: Line[], block: HeaderBlock): string | undefined {
  for (const line of lines.slice(block.start, block.end)) {
    const m = /^\s*\*?(?:From|Von|De)\s*:\*?\s*(.{1,200})$/.exec(stripQuote(line.text, block.depth));
    if (m) return cleanName(withoutAddress(m[1]));
  }
  return undefined;
}

function cleanName(raw: string | undefined): string | undefined {
  const name = raw
    ?.trim()
    .replace(/^["'*]+|["'*]+$/g, '')
    .trim();
  if (!name || name.length > 60 || /[@<>[\]\d]/.test(name) || !CAPITALISED.test(name)) return undefined;
  return name;
}

interface Latest {
  lines: Line[];
  noise: Span[];
}

/**
 * The customer's newest message: what follows the cut's header, at the shallowest quote depth,
 * up to the next attribution or header block (older history is not what the reply answers)
 * or the customer's own "-- " signature.
 */
function latestQuotedMessage(lines: Line[], cut: Cut): Latest {
  const first = cut.line + cut.headerLines;
  const body = lines.slice(first);
  const depths = body.filter((l) => !isBlank(l)).map((l) => quoteDepth(l.text));
  const depth = depths.length ? Math.min(...depths) : 0;
  const out: Latest = { lines: [], noise: [] };
  for (let k = 0; k < body.length; k++) {
    const line = body[k];
    if (!isBlank(line) && quoteDepth(line.text) > depth) continue;
    const inner = stripQuote(line.text, depth);
    if (SIGNATURE_DELIMITER.test(inner)) break;
    if (out.lines.length > 0 && isNestedThreadStart(lines, first + k, depth)) break;
    out.lines.push(line);
    const marker = line.text.length - inner.length;
    if (marker > 0) out.noise.push({ start: line.start, end: line.start + marker });
  }
  // Attribution and header lines at the cut are not the customer's words.
  for (const line of lines.slice(cut.line, first)) out.noise.push({ start: line.start, end: line.end });
  return out;
}

function isNestedThreadStart(lines: Line[], i: number, depth: number): boolean {
  const inner = stripQuote(lines[i].text, depth);
  const nextLine = lines[i + 1];
  const next = nextLine && quoteDepth(nextLine.text) === depth ? stripQuote(nextLine.text, depth) : undefined;
  if (attributionAt(inner, next)) return true;
  if (ORIGINAL_MESSAGE.test(inner) || FORWARDED.test(inner) || UNDERSCORE_RULE.test(inner)) return true;
  if (HEADER_FROM.test(inner) || HEADER_DATE.test(inner)) return isBareHeaderBlock(lines, i, depth);
  return false;
}

function quoteDepth(text: string): number {
  const m = QUOTE_PREFIX.exec(text);
  return m ? (m[0].match(/>/g) ?? []).length : 0;
}

/** The line without its first `depth` quote markers (and the space after each). */
function stripQuote(text: string, depth: number): string {
  let rest = text;
  for (let i = 0; i < depth; i++) rest = rest.replace(/^[ \t]{0,3}>[ \t]?/, '');
  return rest;
}

function markerSpan(line: Line): Span | undefined {
  const m = QUOTE_PREFIX.exec(line.text);
  return m ? { start: line.start, end: line.start + m[0].length } : undefined;
}

const isSpan = (span: Span | undefined): span is Span => span !== undefined;
