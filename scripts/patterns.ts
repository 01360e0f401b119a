// Parses every built-in phrase pattern once, at build time, into dist/patterns.json, with each
// phrase set's telling words: the CLI then reads the trees instead of parsing ~800 patterns on
// every cold start, and passes over sentences without compiling a set (src/engine/phrases.ts).
import { writeFileSync } from 'node:fs';
import { builtinRules } from '../rules/index.js';
import { compilePattern, declaredPatterns, PhraseSet, setKey, type BuiltPatterns, type PhraseEntry } from '../src/engine/phrases.js';

const patterns = new Set<string>();
for (const rule of builtinRules) {
  for (const entry of (rule as { entries?: readonly PhraseEntry[] }).entries ?? []) {
    for (const list of [entry.patterns, entry.skip?.sentence, entry.skip?.nearby, entry.skip?.reply]) list?.forEach((p) => patterns.add(p));
  }
}
for (const list of declaredPatterns) list.forEach((p) => patterns.add(p));

// Trees as JSON strings: the CLI parses one only when a set that holds it is compiled.
const table: BuiltPatterns = { patterns: {}, sets: {} };
for (const pattern of [...patterns].sort()) table.patterns[pattern] = JSON.stringify(compilePattern(pattern));
for (const list of declaredPatterns) table.sets[setKey(list)] = PhraseSet.tellingWordsOf(list);
writeFileSync(process.argv[2], JSON.stringify(table));
console.log(`${process.argv[2]}: ${patterns.size} phrase patterns, ${Object.keys(table.sets).length} phrase sets`);
