// Parses every built-in phrase pattern once, at build time, into dist/patterns.json: the CLI then
// reads the trees instead of parsing ~1,000 patterns on every cold start (src/engine/phrases.ts).
import { writeFileSync } from 'node:fs';
import { builtinRules } from '../rules/index.js';
import { compilePattern, declaredPatterns, type PhraseEntry } from '../src/engine/phrases.js';

const patterns = new Set<string>();
for (const rule of builtinRules) {
  for (const entry of (rule as { entries?: readonly PhraseEntry[] }).entries ?? []) {
    for (const list of [entry.patterns, entry.skip?.sentence, entry.skip?.nearby, entry.skip?.reply]) list?.forEach((p) => patterns.add(p));
  }
}
for (const list of declaredPatterns) list.forEach((p) => patterns.add(p));

const table: Record<string, unknown> = {};
for (const pattern of [...patterns].sort()) table[pattern] = compilePattern(pattern);
writeFileSync(process.argv[2], JSON.stringify(table));
console.log(`${process.argv[2]}: ${patterns.size} phrase patterns`);
