// A hash table over the lines of the spelling rule's sorted word list (dist/words.txt), built once
// by the build into dist/words.idx. A look-up hashes the word and compares a line or two, where the
// binary search compared some seventeen: the spelling rule asks about every word of a draft, and
// about hundreds of one-slip variants of each unknown word it suggests corrections for.
//
// Layout: little-endian 32-bit numbers; the first is the length of the word list it indexes (so a
// table never answers for another list), then a power-of-two number of slots, each 0 (empty) or
// one more than the offset in the list where a word's line starts. Open addressing, linear probing.

/** FNV-1a over UTF-16 code units: a few integer operations a character. */
function wordHash(text: string, from = 0, to = text.length): number {
  let hash = 0x811c9dc5;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** The table for a newline-separated list, half full at most. */
export function buildWordTable(list: string): Uint32Array {
  const starts: number[] = [];
  for (let at = 0; at <= list.length; ) {
    const end = lineEnd(list, at);
    if (end > at) starts.push(at);
    at = end + 1;
  }
  let size = 1;
  while (size < starts.length * 2) size *= 2;
  const table = new Uint32Array(size + 1);
  table[0] = list.length;
  const mask = size - 1;
  for (const start of starts) {
    let slot = wordHash(list, start, lineEnd(list, start)) & mask;
    while (table[slot + 1] !== 0) slot = (slot + 1) & mask;
    table[slot + 1] = start + 1;
  }
  return table;
}

/** Whether the word is a line of the list the table was built for. */
export function tableHas(list: string, table: Uint32Array, word: string): boolean {
  if (word === '' || word.includes('\n')) return false;
  const mask = table.length - 2;
  for (let slot = wordHash(word) & mask; ; slot = (slot + 1) & mask) {
    const entry = table[slot + 1];
    if (entry === 0) return false;
    if (lineIs(list, entry - 1, word)) return true;
  }
}

/** The table as written to disk, little-endian whatever the machine. */
export function tableBytes(table: Uint32Array): Buffer {
  const bytes = Buffer.alloc(table.length * 4);
  table.forEach((n, i) => bytes.writeUInt32LE(n, i * 4));
  return bytes;
}

/**
 * The table read back, or undefined when it does not belong to this list (another build's, or a
 * truncated file). Viewed in place on a little-endian machine (all Node targets); copied otherwise.
 */
export function readWordTable(bytes: Buffer, list: string): Uint32Array | undefined {
  const slots = bytes.length / 4 - 1;
  if (!Number.isInteger(slots) || slots < 2 || (slots & (slots - 1)) !== 0 || bytes.readUInt32LE(0) !== list.length) return undefined;
  const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
  if (littleEndian && bytes.byteOffset % 4 === 0) return new Uint32Array(bytes.buffer, bytes.byteOffset, slots + 1);
  const table = new Uint32Array(slots + 1);
  for (let i = 0; i < table.length; i++) table[i] = bytes.readUInt32LE(i * 4);
  return table;
}

function lineEnd(list: string, from: number): number {
  const end = list.indexOf('\n', from);
  return end === -1 ? list.length : end;
}

function lineIs(list: string, start: number, word: string): boolean {
  const end = start + word.length;
  if (end > list.length || (end < list.length && list.charCodeAt(end) !== 10)) return false;
  // Compared by the engine, not a character at a time in (mostly unoptimised) JavaScript.
  return list.startsWith(word, start);
}
