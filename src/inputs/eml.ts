// E-mail files (.eml) through postal-mime: the newest message (text/plain, or the visible text of
// text/html when that is all there is) is the reply; its quoted history is the customer's.
import PostalMime from 'postal-mime';
import { UsageError } from '../engine/errors.js';
import { alignMap, tableMap, type OffsetMap } from './offsets.js';
import { visibleText } from './html.js';
import type { LintUnit } from './unit.js';

export interface Email {
  text: string;
  fromName?: string;
  unit: LintUnit;
}

/**
 * Quoted-printable decoded with the source offset of every character ("=E2=80=99" is one "’"
 * mapped to its "=", a soft break "=\r\n" is nothing), so findings land on the right column.
 */
function decodeQuotedPrintable(source: string, from: number, to: number): { text: string; offsets: number[] } {
  const bytes: number[] = [];
  const at: number[] = [];
  let i = from;
  while (i < to) {
    if (source[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(source.slice(i + 1, i + 3))) {
      bytes.push(parseInt(source.slice(i + 1, i + 3), 16));
      at.push(i);
      i += 3;
    } else if (source[i] === '=' && (source[i + 1] === '\n' || source.slice(i + 1, i + 3) === '\r\n')) {
      i += source[i + 1] === '\n' ? 2 : 3;
    } else if (source[i] === '\r' && source[i + 1] === '\n') {
      i++;
    } else {
      bytes.push(source.charCodeAt(i) & 0xff);
      at.push(i);
      i++;
    }
  }
  // UTF-8: a character's offset is that of its first byte.
  let text = '';
  const offsets: number[] = [];
  for (let b = 0; b < bytes.length; ) {
    const lead = bytes[b];
    const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    const char = Buffer.from(bytes.slice(b, b + length)).toString('utf8');
    for (const unit of char.split('')) {
      text += unit;
      offsets.push(at[b]);
    }
    b += length;
  }
  return { text, offsets };
}

/** The map of a decoded body: exact through quoted-printable when the part is so encoded, aligned otherwise. */
function bodyMap(source: string, body: string): OffsetMap {
  const start = bodyStart(source, body);
  if (/=\r?\n|=[0-9A-F]{2}/.test(source.slice(start, start + 4000))) {
    const decoded = decodeQuotedPrintable(source, Math.max(0, source.search(/\r?\n\r?\n/)), source.length);
    const index = decoded.text.indexOf(body.slice(0, 60));
    if (index !== -1) {
      const offsets = decoded.offsets.slice(index, index + body.length);
      offsets.push((offsets.at(-1) ?? start) + 1);
      return tableMap(offsets);
    }
  }
  // Base64 has no character-for-character correspondence: every finding points at the body's start.
  const region = source.slice(start, start + 400);
  if (/^[A-Za-z0-9+/=]{40,}\r?$/m.test(region) && !region.includes(body.slice(0, 12))) {
    return { toFile: () => start };
  }
  return alignMap(body, source, start, source.length);
}

/** Where the decoded body starts in the raw file: the first line of it that appears there. */
function bodyStart(source: string, body: string): number {
  const headerEnd = source.search(/\r?\n\r?\n/);
  const firstLine = body.split(/\r?\n/).find((line) => line.trim().length >= 8)?.trim();
  const at = firstLine ? source.indexOf(firstLine.slice(0, 40), Math.max(0, headerEnd)) : -1;
  return at !== -1 ? source.lastIndexOf('\n', at) + 1 : Math.max(0, headerEnd);
}

export async function readEmail(path: string, bytes: Uint8Array, source: string): Promise<Email> {
  let parsed: Awaited<ReturnType<typeof PostalMime.parse>>;
  try {
    parsed = await PostalMime.parse(bytes);
  } catch (error) {
    throw new UsageError(`${path}: not a readable e-mail (${(error as Error).message}); save the message as .eml from your mail client`);
  }
  const fromName = parsed.from && 'name' in parsed.from && parsed.from.name ? parsed.from.name : undefined;
  if (parsed.text && parsed.text.trim() !== '') {
    const text = parsed.text.replace(/\r\n/g, '\n');
    return { text, fromName, unit: { name: path, text, format: 'text', map: bodyMap(source, text) } };
  }
  if (parsed.html && parsed.html.trim() !== '') {
    // The visible text of the decoded HTML, mapped through the HTML into the raw message.
    const visible = visibleText(parsed.html);
    const html = bodyMap(source, parsed.html);
    return { text: visible.text, fromName, unit: { name: path, text: visible.text, format: 'text', map: { toFile: (o) => html.toFile(visible.map.toFile(o)) } } };
  }
  throw new UsageError(`${path}: the e-mail has no text/plain or text/html part to lint`);
}
