// E-mail files (.eml) through postal-mime: the newest message (text/plain, or the visible text of
// text/html when that is all there is) is the reply; its quoted history is the customer's.
import PostalMime from 'postal-mime';
import { UsageError } from '../engine/errors.js';
import { alignMap } from './offsets.js';
import { visibleText } from './html.js';
import type { LintUnit } from './unit.js';

export interface Email {
  text: string;
  fromName?: string;
  unit: LintUnit;
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
    const start = bodyStart(source, text);
    return { text, fromName, unit: { name: path, text, format: 'text', map: alignMap(text, source, start, source.length) } };
  }
  if (parsed.html && parsed.html.trim() !== '') {
    const visible = visibleText(parsed.html);
    const start = bodyStart(source, visible.text);
    return { text: visible.text, fromName, unit: { name: path, text: visible.text, format: 'text', map: alignMap(visible.text, source, start, source.length) } };
  }
  throw new UsageError(`${path}: the e-mail has no text/plain or text/html part to lint`);
}
