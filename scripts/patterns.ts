// Parses every built-in phrase pattern once, at build time, into dist/patterns.json, with each
// phrase set's telling words: the CLI then reads the trees instead of parsing ~800 patterns on
// every cold start, and passes over sentences without compiling a set (src/engine/phrases.ts).
import { writeFileSync } from 'node:fs';
import { compilePattern, declaredPatterns, PhraseSet, setKey, type BuiltPatterns } from '../src/engine/phrases.js';
import '../rules/index.js';

// Every rule declares its patterns when it is defined (PhraseSet.of, compileEntries).
const patterns = new Set(declaredPatterns.flat());

// Trees as JSON strings: the CLI parses one only when a set that holds it is compiled.
const table: BuiltPatterns = { patterns: {}, sets: {} };
for (const pattern of [...patterns].sort()) table.patterns[pattern] = JSON.stringify(compilePattern(pattern));
for (const list of declaredPatterns) table.sets[setKey(list)] = PhraseSet.tellingWordsOf(list);
writeFileSync(process.argv[2], JSON.stringify(table));
console.log(`${process.argv[2]}: ${patterns.size} phrase patterns, ${Object.keys(table.sets).length} phrase sets`);
