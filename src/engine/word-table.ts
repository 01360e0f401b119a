// A hash table over the lines of the spelling rule's sorted word list (dist/words.txt), built once
// by the build into dist/words.idx. A look-up hashes the word and compares a line or two, where the
// binary search compared some seventeen: the spelling rule asks about every word of a draft, and
// about hundreds of one-slip variants of each unknown word it suggests corrections for.
//
// Layout: little-endian 32-bit numbers; the first is the length of the word list it indexes, mixed
// with a stamp of the hash function (so a table never answers for another list or another hash),
// then a power-of-two number of slots, each 0 (empty) or one more than the offset in the list
// where a word's line starts. Open addressing, linear probing.
//
// The hash is polynomial (h·B + c per UTF-16 code unit, mod 2^32), so the hash of an edited word
// is worked out from its prefix's and its suffix's: the spelling rule's suggestions test a few
// hundred one-slip edits of each unknown word (tableEdits) without building a string for each.

const BASE = 0x01000193;
/** XOR-ed into the first number: a table built with another hash function is refused. */
const HASH_STAMP = 0x5a000000;
/** BASE to the power of i, for words up to MAX_EDITED characters. */
const MAX_EDITED = 64;
const POWERS = new Int32Array(MAX_EDITED + 3);
POWERS[0] = 1;
for (let i = 1; i < POWERS.length; i++) POWERS[i] = Math.imul(POWERS[i - 1], BASE);

/** The hash of text[from…to), continuing from `hash` (the hash of whatever comes before it). */
function wordHash(text: string, from = 0, to = text.length, hash = 0): number {
  for (let i = from; i < to; i++) hash = (Math.imul(hash, BASE) + text.charCodeAt(i)) | 0;
  return hash;
}

/** A hash's slot: a final mix (MurmurHash3's), so that the low bits depend on every character. */
function slotOf(hash: number, mask: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) & mask;
}

const stampOf = (list: string): number => (list.length ^ HASH_STAMP) >>> 0;

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
  table[0] = stampOf(list);
  const mask = size - 1;
  for (const start of starts) {
    let slot = slotOf(wordHash(list, start, lineEnd(list, start)), mask);
    while (table[slot + 1] !== 0) slot = (slot + 1) & mask;
    table[slot + 1] = start + 1;
  }
  return table;
}

/** Whether the word is a line of the list the table was built for. */
export function tableHas(list: string, table: Uint32Array, word: string): boolean {
  if (word === '' || word.includes('\n')) return false;
  // startsWith compares in the engine, not a character at a time in (mostly unoptimised) JavaScript.
  return probe(table, wordHash(word), (start) => endsLine(list, start, word.length) && list.startsWith(word, start));
}

/** Walks the slots from a hash's to the first empty one: whether one holds a line `isLine` accepts. */
function probe(table: Uint32Array, hash: number, isLine: (start: number) => boolean): boolean {
  const mask = table.length - 2;
  for (let slot = slotOf(hash, mask); ; slot = (slot + 1) & mask) {
    const entry = table[slot + 1];
    if (entry === 0) return false;
    if (isLine(entry - 1)) return true;
  }
}

/** Whether the line starting at `start` is `length` long (a line break or the list's end follows). */
function endsLine(list: string, start: number, length: number): boolean {
  const end = start + length;
  return end === list.length || (end < list.length && list.charCodeAt(end) === 10);
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
  if (!Number.isInteger(slots) || slots < 2 || (slots & (slots - 1)) !== 0 || bytes.readUInt32LE(0) !== stampOf(list)) return undefined;
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

/** Whether an edit of one word is a line of the list: the word with `skip` characters from `at` replaced by `insert`. */
export type EditTest = (at: number, skip: number, insert: string) => boolean;

/**
 * Tests edits of `word` against the table without building them: the edited word's hash is
 * combined from the word's prefix and suffix hashes, and a line is compared piece by piece.
 * Undefined for a word too long for the table of powers, or one with a line break.
 */
export function tableEdits(list: string, table: Uint32Array, word: string): EditTest | undefined {
  const n = word.length;
  if (n > MAX_EDITED || word.includes('\n')) return undefined;
  const prefix = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) prefix[i + 1] = (Math.imul(prefix[i], BASE) + word.charCodeAt(i)) | 0;
  const suffix = new Int32Array(n + 1);
  for (let j = n - 1; j >= 0; j--) suffix[j] = (Math.imul(word.charCodeAt(j), POWERS[n - 1 - j]) + suffix[j + 1]) | 0;
  return (at, skip, insert) => {
    let hash = wordHash(insert, 0, insert.length, prefix[at]);
    const rest = n - at - skip;
    hash = (Math.imul(hash, POWERS[rest]) + suffix[at + skip]) | 0;
    const length = at + insert.length + rest;
    if (length === 0 || insert.includes('\n')) return false;
    return probe(table, hash, (start) => endsLine(list, start, length) && lineIsEdit(list, start, word, at, skip, insert));
  };
}

/** Whether the list holds the edited word from `start` (its length already checked). */
function lineIsEdit(list: string, start: number, word: string, at: number, skip: number, insert: string): boolean {
  for (let i = 0; i < at; i++) if (list.charCodeAt(start + i) !== word.charCodeAt(i)) return false;
  const middle = start + at;
  for (let k = 0; k < insert.length; k++) if (list.charCodeAt(middle + k) !== insert.charCodeAt(k)) return false;
  const tail = middle + insert.length;
  for (let i = at + skip; i < word.length; i++) if (list.charCodeAt(tail + i - at - skip) !== word.charCodeAt(i)) return false;
  return true;
}
