// Splits a draft into the agent's text and the customer's quoted thread. Cautious by design:
// a look-alike line in the agent's own text ("From: our billing team", a "-- " bullet) must never
// cut the reply, so every cut needs a strong marker or two lines that agree.
import type { Region, Span } from '../types.js';
import { isBlank, splitLines, type Line } from './lines.js';

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
  /^\s*On\b.{0,300}\bwrote\s*:\s*$/i,
  /^\s*Le\b.{0,300}\ba\s+écrit\s*:\s*$/i,
  /^\s*Am\b.{0,300}\bschrieb\b.{0,120}:\s*$/i,
  /^\s*El\b.{0,300}\bescribió\s*:\s*$/i,
];
/** Start of an attribution that a mail client wrapped over two lines. */
const ATTRIBUTION_START = /^\s*(?:On|Le|Am|El)\s+\S.{0,300}$/;
const ATTRIBUTION_END = /(?:\bwrote|\ba\s+écrit|\bschrieb\b.{0,120}|\bescribió)\s*:\s*$/i;

const ORIGINAL_MESSAGE = /^\s*-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original)\s*-{2,}\s*$/i;
const FORWARDED = /^\s*(?:-{2,}\s*Forwarded message\s*-{2,}|Begin forwarded message:)\s*$/i;
const UNDERSCORE_RULE = /^\s*_{10,}\s*$/;
const HEADER_FROM = /^\s*\*?(?:From|Von|De)\s*:\*?\s+\S/;
const HEADER_DATE = /^\s*\*?(?:Sent|Date|Gesendet|Datum|Envoyé|Enviado|Fecha)\s*:\*?\s+\S/;
const HEADER_ANY = /^\s*\*?(?:From|Sent|To|Cc|Bcc|Subject|Date|Reply-To|Von|Gesendet|An|Betreff|Datum|De|Envoyé|À|Objet|Enviado|Para|Asunto|Fecha)\s*:/i;
const QUOTE_PREFIX = /^[ \t]{0,3}(?:>[ \t]?)+/;
const SIGNATURE_DELIMITER = /^-- ?$/;

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
  for (const line of agentLines) {
    if (QUOTE_PREFIX.test(line.text) && line.text.trim().startsWith('>')) {
      inlineQuote.push(line);
      quoted.push({ start: line.start, end: line.end, text: line.text });
    }
  }
  if (cut) quoted.push({ start: agentEnd, end: text.length, text: text.slice(agentEnd) });

  const signatureDelimiter = agentLines.find((line) => SIGNATURE_DELIMITER.test(line.text));
  const latest = cut ? latestQuotedMessage(lines, cut) : { lines: [], noise: [] };
  const customerLines = inlineQuote.length > 0 && latest.lines.length === 0 ? inlineQuote : [...inlineQuote, ...latest.lines];
  const noise = [...inlineQuote.map(markerSpan).filter(isSpan), ...latest.noise];
  return {
    agentEnd,
    quoted,
    customerLines,
    customerNoise: noise,
    signatureDelimiter,
    customerName: cut?.name ?? latest.name,
  };
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
  if (ATTRIBUTION_ONE_LINE.some((re) => re.test(text)) && looksDated(text)) return { line: i, headerLines: 1, name: nameFromAttribution(text) };
  const next = lines[i + 1]?.text ?? '';
  if (ATTRIBUTION_START.test(text) && looksDated(`${text} ${next}`) && !/[.?!]\s*$/.test(text) && ATTRIBUTION_END.test(next) && next.length < 200) {
    return { line: i, headerLines: 2, name: nameFromAttribution(`${text} ${next}`) };
  }
  if (ORIGINAL_MESSAGE.test(text) || FORWARDED.test(text)) {
    const header = headerBlockLength(lines, i + 1);
    return { line: i, headerLines: 1 + header, name: nameFromHeaders(lines, i + 1, header) };
  }
  if (UNDERSCORE_RULE.test(text) && HEADER_FROM.test(nextNonBlank(lines, i + 1)?.text ?? '')) {
    const first = nextNonBlank(lines, i + 1)!.index;
    const header = headerBlockLength(lines, first);
    return { line: i, headerLines: first - i + header, name: nameFromHeaders(lines, first, header) };
  }
  // A bare "From: … / Sent: …" pair: both lines must be there, so "From: the billing team" alone never cuts.
  if (HEADER_FROM.test(text)) {
    const header = headerBlockLength(lines, i);
    const block = lines.slice(i, i + header);
    if (header >= 2 && block.some((line) => HEADER_DATE.test(line.text))) {
      return { line: i, headerLines: header, name: nameFromHeaders(lines, i, header) };
    }
  }
  return undefined;
}

/** Real attributions carry a date, an address or a "name," part: "On the bright side, Ann wrote:" aside. */
function looksDated(text: string): boolean {
  return /\d|@|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|lun|mar|mer|jeu|ven|sam|dim|Mo|Di|Mi|Do|Fr|Sa|So)\b/i.test(text);
}

function nextNonBlank(lines: Line[], from: number): Line | undefined {
  for (let i = from; i < lines.length; i++) if (!isBlank(lines[i])) return lines[i];
  return undefined;
}

/** How many consecutive header lines ("From:", "Sent:", "To:", "Subject:") start at `from`. */
function headerBlockLength(lines: Line[], from: number): number {
  let n = 0;
  while (from + n < lines.length && n < 8 && HEADER_ANY.test(lines[from + n].text)) n++;
  return n;
}

function nameFromAttribution(text: string): string | undefined {
  const m = /,\s*([^,<>\d]{2,60}?)\s*(?:<[^>]{1,100}>|\[[^\]]{1,100}\])?\s*(?:wrote|a\s+écrit|schrieb|escribió)/i.exec(text);
  return cleanName(m?.[1]);
}

function nameFromHeaders(lines: Line[], from: number, count: number): string | undefined {
  for (const line of lines.slice(from, from + count)) {
    const m = /^\s*\*?(?:From|Von|De)\s*:\*?\s*"?([^"<\[\n]{2,60}?)"?\s*(?:<|\[|$)/i.exec(line.text);
    if (m) return cleanName(m[1]);
  }
  return undefined;
}

function cleanName(raw: string | undefined): string | undefined {
  const name = raw?.trim().replace(/^["']|["']$/g, '');
  if (!name || name.includes('@') || !/^\p{Lu}/u.test(name)) return undefined;
  return name;
}

interface Latest {
  lines: Line[];
  noise: Span[];
  name?: string;
}

/**
 * The customer's newest message: what follows the cut's header, at the shallowest quote depth,
 * up to the next attribution or header block (older history is not what the reply answers).
 */
function latestQuotedMessage(lines: Line[], cut: Cut): Latest {
  const first = cut.line + cut.headerLines;
  const body = lines.slice(first);
  const depths = body.filter((l) => !isBlank(l)).map((l) => quoteDepth(l.text));
  const depth = depths.length ? Math.min(...depths) : 0;
  const out: Latest = { lines: [], noise: [] };
  for (const line of body) {
    const d = quoteDepth(line.text);
    if (!isBlank(line) && d !== depth) {
      if (d > depth) continue;
    }
    const inner = stripQuote(line.text, depth);
    if (out.lines.length > 0 && isNestedThreadStart(inner, body, line)) break;
    out.lines.push(line);
    const marker = line.text.length - inner.length;
    if (marker > 0) out.noise.push({ start: line.start, end: line.start + marker });
  }
  // Attribution and header lines at the cut are not the customer's words.
  for (const line of lines.slice(cut.line, first)) out.noise.push({ start: line.start, end: line.end });
  return out;
}

function isNestedThreadStart(inner: string, body: Line[], line: Line): boolean {
  if (ATTRIBUTION_ONE_LINE.some((re) => re.test(inner))) return true;
  if (ORIGINAL_MESSAGE.test(inner) || FORWARDED.test(inner) || UNDERSCORE_RULE.test(inner)) return true;
  if (HEADER_FROM.test(inner)) {
    const next = body[body.indexOf(line) + 1];
    return next !== undefined && HEADER_ANY.test(stripQuote(next.text, quoteDepth(next.text)));
  }
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
