// Where each character of an extracted reply stands in the file it came from. A reply inside a
// JSON string, a YAML block or an HTML page is decoded before linting; this map puts every
// finding back on the right line and column of the containing file.

export interface OffsetMap {
  /** File offset of the unit's character at `offset` (offset may equal the text length). */
  toFile(offset: number): number;
}

/** The reply is the file (or a slice of it starting at `base`) character for character. */
export function shiftMap(base: number): OffsetMap {
  return { toFile: (offset) => base + offset };
}

/** One file offset per character, plus one for the end. */
export function tableMap(table: Int32Array | number[]): OffsetMap {
  const last = table.length - 1;
  return { toFile: (offset) => table[Math.max(0, Math.min(offset, last))] };
}

/**
 * Decodes a JSON string literal (quotes included) that starts at `start` in `source`, keeping the
 * source offset of every decoded character: "\n" in the file is one newline in the reply, mapped
 * to its backslash.
 */
export function decodeJsonString(source: string, start: number, end: number): { text: string; map: OffsetMap } {
  const offsets: number[] = [];
  let text = '';
  let i = start + 1;
  const stop = end - 1;
  while (i < stop) {
    const c = source[i];
    if (c !== '\\') {
      offsets.push(i);
      text += c;
      i++;
      continue;
    }
    const next = source[i + 1];
    if (next === 'u') {
      const code = parseInt(source.slice(i + 2, i + 6), 16);
      offsets.push(i);
      text += String.fromCharCode(code);
      i += 6;
      continue;
    }
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '"': '"', '\\': '\\', '/': '/' };
    offsets.push(i);
    text += simple[next] ?? next;
    i += 2;
  }
  offsets.push(stop);
  return { text, map: tableMap(offsets) };
}

/** JSON string escaping for a replacement written back into a JSON export. */
export function encodeJsonString(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}

/**
 * Aligns a decoded value (a YAML scalar, HTML text) with its raw source greedily: each decoded
 * character is found at or after the previous one, skipping indentation, escapes and folding.
 * Linear in the size of the source slice: the look-ahead for a character is bounded.
 */
export function alignMap(value: string, source: string, start: number, end: number): OffsetMap {
  const table = new Int32Array(value.length + 1);
  let r = start;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    let found = -1;
    for (let j = r; j < Math.min(end, r + 64); j++) {
      if (source[j] === c || (source[j] === '\\' && c !== '\\')) {
        found = j;
        break;
      }
      // A folded line break or an escaped newline stands for a space or "\n" in the value.
      if ((c === ' ' || c === '\n') && (source[j] === '\n' || source[j] === '\r')) {
        found = j;
        break;
      }
    }
    if (found === -1) found = Math.min(r, end);
    table[i] = found;
    r = source[found] === '\\' ? found + 2 : found + 1;
  }
  table[value.length] = Math.min(Math.max(r, table[Math.max(0, value.length - 1)] + 1), end);
  return tableMap(table);
}
