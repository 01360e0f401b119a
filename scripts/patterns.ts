// Parses every built-in phrase pattern once, at build time, into dist/patterns.json, with each
// phrase set's telling words: the CLI then reads the trees instead of parsing ~800 patterns on
// every cold start, and passes over sentences without compiling a set (src/engine/phrases.ts).
import { writeFileSync } from 'node:fs';
import { anchorKey, anchorWords, compilePattern, declaredPatterns, PhraseSet, setKey, type BuiltPatterns } from '../src/engine/phrases.js';
import '../rules/index.js';

// Every rule declares its patterns when it is defined (PhraseSet.of, compileEntries).
const patterns = new Set(declaredPatterns.flat());

// Trees as JSON strings: the CLI parses one only when a set that holds it is compiled.
const table: BuiltPatterns = { patterns: {}, sets: {} };
for (const pattern of [...patterns].sort()) table.patterns[pattern] = JSON.stringify(compilePattern(pattern));
for (const list of declaredPatterns) table.sets[setKey(list)] = PhraseSet.tellingWordsOf(list);
// The longest distinct anchor-word lists, each a bit of its own in the engine's telling index: a
// candidate's anchor test is then one bit instead of a Set look-up per word. Only as many as fill
// the sets' last 32-bit chunk and one more: every chunk is OR-ed for each indexed word of every
// sentence, and all 448 lists (16 chunks) cost what they saved (1,000 replies: the longest 32-35
// lists -2% instructions, the longest 120 -1.5%, all of them +0%).
const anchors = new Map<string, readonly string[]>();
for (const pattern of patterns) {
  const words = anchorWords(compilePattern(pattern));
  if (words) anchors.set(anchorKey(words), words);
}
const tellingSets = Object.values(table.sets).filter((words) => words !== null).length;
const room = 32 * Math.ceil(tellingSets / 32) - tellingSets + 32;
table.anchors = [...anchors.values()].sort((a, b) => b.length - a.length).slice(0, room);
writeFileSync(process.argv[2], JSON.stringify(table));
console.log(`${process.argv[2]}: ${patterns.size} phrase patterns, ${Object.keys(table.sets).length} phrase sets, ${table.anchors.length} anchor lists`);
