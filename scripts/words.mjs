// Expands dictionary-en's Hunspell affix rules into a plain word list (dist/words.txt) at build
// time, so the spelling rule looks words up in it (and the hash table scripts/word-table.ts builds
// over it) instead of building nspell (~150 ms) on every run. Only what en_US uses: single-letter flags, prefixes and suffixes with conditions,
// and their cross products; compounds are number ordinals, which the rule never checks.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const dir = dirname(require.resolve('dictionary-en'));
const aff = readFileSync(join(dir, 'index.aff'), 'utf8').split('\n');
const dic = readFileSync(join(dir, 'index.dic'), 'utf8').split('\n').slice(1);

const rules = new Map();
let onlyInCompound = '';
for (let i = 0; i < aff.length; i++) {
  const parts = aff[i].trim().split(/\s+/);
  if (parts[0] === 'ONLYINCOMPOUND') onlyInCompound = parts[1];
  if ((parts[0] !== 'PFX' && parts[0] !== 'SFX') || parts.length !== 4) continue;
  const [type, flag, cross, count] = parts;
  const entries = [];
  for (let j = 1; j <= Number(count); j++) {
    const [, , strip, add, cond = '.'] = aff[i + j].trim().split(/\s+/);
    const pattern = type === 'SFX' ? new RegExp(`${cond}$`) : new RegExp(`^${cond}`);
    entries.push({ strip: strip === '0' ? '' : strip, add: (add === '0' ? '' : add).split('/')[0], pattern });
  }
  rules.set(flag, { type, cross: cross === 'Y', entries });
  i += Number(count);
}

function apply(word, rule) {
  const out = [];
  for (const { strip, add, pattern } of rule.entries) {
    if (!pattern.test(word)) continue;
    if (rule.type === 'SFX') {
      if (strip && !word.endsWith(strip)) continue;
      out.push(word.slice(0, word.length - strip.length) + add);
    } else {
      if (strip && !word.startsWith(strip)) continue;
      out.push(add + word.slice(strip.length));
    }
  }
  return out;
}

const words = new Set();
for (const line of dic) {
  const [word, flags = ''] = line.trim().split('/');
  if (!word) continue;
  if (!flags.includes(onlyInCompound) || !onlyInCompound) words.add(word);
  const applied = [...flags].map((f) => rules.get(f)).filter(Boolean);
  const suffixes = applied.filter((r) => r.type === 'SFX');
  const prefixes = applied.filter((r) => r.type === 'PFX');
  for (const s of suffixes) for (const w of apply(word, s)) words.add(w);
  for (const p of prefixes) {
    for (const w of apply(word, p)) {
      words.add(w);
      if (p.cross) for (const s of suffixes.filter((r) => r.cross)) for (const ws of apply(w, s)) words.add(ws);
    }
  }
}

// British spellings and support words: "colour/color" takes the inflections of "color".
const flagsOf = new Map(dic.map((line) => line.trim().split('/')).filter(([w]) => w).map(([w, f = '']) => [w, f]));
const extra = JSON.parse(readFileSync(new URL('../src/engine/extra-words.json', import.meta.url), 'utf8'));
for (const entry of extra) {
  const [word, model] = entry.split('/');
  words.add(word);
  const flags = model ? flagsOf.get(model) ?? '' : '';
  for (const rule of [...flags].map((f) => rules.get(f)).filter(Boolean)) for (const w of apply(word, rule)) words.add(w);
}

mkdirSync('dist', { recursive: true });
// Sorted by UTF-16 code unit, the order the speller's binary search compares in.
writeFileSync('dist/words.txt', [...words].sort().join('\n'));
console.log(`dist/words.txt: ${words.size} words`);
