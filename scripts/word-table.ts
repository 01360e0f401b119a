// Writes dist/words.idx, the hash table over dist/words.txt that the spelling rule looks words up
// in (src/engine/word-table.ts), once at build time.
import { readFileSync, writeFileSync } from 'node:fs';
import { buildWordTable, tableBytes } from '../src/engine/word-table.js';

const [list, out] = process.argv.slice(2);
const table = buildWordTable(readFileSync(list, 'latin1'));
writeFileSync(out, tableBytes(table));
console.log(`${out}: ${table.length - 1} slots`);
