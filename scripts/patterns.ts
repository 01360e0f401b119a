// Parses every built-in phrase pattern once, at build time, into dist/patterns.txt, with each
// phrase set's telling words: the CLI then reads the trees instead of parsing ~800 patterns on
// every cold start, and passes over sentences without compiling a set (src/engine/phrases.ts).
import { writeFileSync } from 'node:fs';
import { anchorKey, anchorWords, compilePattern, declaredPatterns, PhraseSet, setKey, writeBuiltPatterns, type BuiltPatterns } from '../src/engine/phrases.js';
import '../rules/index.js';

// Every rule declares its patterns when it is defined (PhraseSet.of, compileEntries).
const patterns = new Set(declaredPatterns.flat());

// The CLI parses a tree only when a set that holds it is compiled.
const trees = new Map([...patterns].map((pattern) => [pattern, compilePattern(pattern)]));
const sets: BuiltPatterns['sets'] = {};
for (const list of declaredPatterns) sets[setKey(list)] = PhraseSet.tellingWordsOf(list);
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
const tellingSets = Object.values(sets).filter((words) => words !== null).length;
const room = 32 * Math.ceil(tellingSets / 32) - tellingSets + 32;
const longest = [...anchors.values()].sort((a, b) => b.length - a.length).slice(0, room);
writeFileSync(process.argv[2], writeBuiltPatterns(trees, sets, longest));
console.log(`${process.argv[2]}: ${patterns.size} phrase patterns, ${Object.keys(sets).length} phrase sets, ${longest.length} anchor lists`);
