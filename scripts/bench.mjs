#!/usr/bin/env node
// Speed figures for the bundled CLI (a script, not a test): cold start for one draft, and a
// batch of real replies written one per file. Medians of several runs, wall-clock time.
//   npm run bench [-- --runs 10]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'replylint.js');
const runsFlag = process.argv.indexOf('--runs');
const RUNS = runsFlag === -1 ? 10 : Number(process.argv[runsFlag + 1]);

function time(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status === 2 || result.error) throw new Error(`bench: ${args.join(' ')} failed: ${result.stderr || result.error}`);
  return ms;
}

function median(args, runs = RUNS) {
  time(args); // warm the file-system cache; the process itself starts cold every run
  const times = Array.from({ length: runs }, () => time(args)).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const fmt = (ms) => `${ms.toFixed(0).padStart(6)} ms`;
const rows = [];
const row = (what, ms, base) => rows.push(`${what.padEnd(52)} ${fmt(ms)}${base ? `   ${(ms / base).toFixed(2)}× node -e 0` : ''}`);

const draft = join(root, 'examples', 'late-parcel.txt');
const nodeStart = median(['-e', '0']);
row('node -e 0 (the floor)', nodeStart);
row('one draft, cold start, stylish', median([bin, draft]), nodeStart);
row('one draft, cold start, json', median([bin, '--format', 'json', draft]), nodeStart);

const corpus = join(root, '..', 'shared', 'corpus', 'replies.jsonl');
if (existsSync(corpus)) {
  const dir = mkdtempSync(join(tmpdir(), 'replylint-bench-'));
  try {
    const replies = readFileSync(corpus, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const step = Math.max(1, Math.floor(replies.length / 1000));
    mkdirSync(join(dir, 'replies'));
    let bytes = 0;
    for (let i = 0, n = 0; n < 1000 && i < replies.length; i += step, n++) {
      writeFileSync(join(dir, 'replies', `${n}.txt`), `${replies[i].text}\n`);
      bytes += Buffer.byteLength(replies[i].text) + 1;
    }
    row(`1,000 real replies as files (${(bytes / 1024).toFixed(0)} KB), json`, median([bin, '--format', 'json', join(dir, 'replies')], Math.min(RUNS, 5)), nodeStart);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
} else {
  rows.push('(../shared/corpus not found: batch figure skipped)');
}

console.log(`replylint bench: median of ${RUNS} runs, Node ${process.version}\n`);
console.log(rows.join('\n'));
