// The worker pool must not change a run's outcome: the same report, in the same order, the same
// exit code, and the first failing file (in input order) reported, whichever thread linted it.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { lintInPool, POOL_THRESHOLD, setWorkerEntry, SMALL_MACHINE_CORES, SMALL_MACHINE_MAX_FILES, workerCount } from '../src/cli/pool.js';
import { readFileSync } from 'node:fs';
import { ROOT, runCli } from './helpers.js';

const DRAFTS = [
  'Hi Dana,\n\nThanks for writing in. Sorry for the inconvenience with your order. I have sent a replacement today.\n\nCheers,\nMo\n',
  'Hi Dana,\n\nThanks for writing in. It looks like the export failed overnight. I have rerun it and the file is in your inbox now.\n\nCheers,\nMo\n',
  'Hi Dana,\n\nThanks for writing in. I have refunded the duplicate charge of $12 to your card.\n\nCheers,\nMo\n',
  'Hello,\n\nPlease read the docs.\n\nSupport\n',
];

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function folder(count: number, extra: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'replylint-pool-'));
  dirs.push(dir);
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `${String(i).padStart(3, '0')}.txt`), DRAFTS[i % DRAFTS.length]!);
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('worker pool', () => {
  it('gives the same report, order and exit code on worker threads as in the main thread', () => {
    const dir = folder(40);
    const alone = runCli(['--format', 'json', dir], { env: { REPLYLINT_WORKERS: '0' } });
    const pooled = runCli(['--format', 'json', dir], { env: { REPLYLINT_WORKERS: '2' } });
    expect(JSON.parse(alone.stdout)).toHaveLength(40);
    expect([pooled.status, pooled.stdout, pooled.stderr]).toEqual([alone.status, alone.stdout, alone.stderr]);
  });

  it('fails on the first bad file in input order, with the same one line', () => {
    const dir = folder(30, { '010.txt': Buffer.from([0, 1, 2, 3]), '020.txt': Buffer.from([0xff, 0xfe, 0x41]) });
    const alone = runCli(['--format', 'json', dir], { env: { REPLYLINT_WORKERS: '0' } });
    const pooled = runCli(['--format', 'json', dir], { env: { REPLYLINT_WORKERS: '2' } });
    expect(alone.status).toBe(2);
    expect(alone.stderr).toBe(`replylint: ${join(dir, '010.txt')}: looks like a binary file, not a text draft; give replylint .txt or .md files\n`);
    expect([pooled.status, pooled.stdout, pooled.stderr]).toEqual([alone.status, alone.stdout, alone.stderr]);
  });

  it('gives the same report above the threshold, where the pool starts by itself', () => {
    const dir = folder(POOL_THRESHOLD + 10);
    const alone = runCli(['--format', 'compact', dir], { env: { REPLYLINT_WORKERS: '0' } });
    const pooled = runCli(['--format', 'compact', dir], { env: { REPLYLINT_WORKERS: undefined } });
    expect(alone.stdout.split('\n').length).toBeGreaterThan(POOL_THRESHOLD);
    expect([pooled.status, pooled.stdout, pooled.stderr]).toEqual([alone.status, alone.stdout, alone.stderr]);
  });

  it('starts its worker threads from the V8 code cache too, made under the flags they find', () => {
    // One line per thread that got as far as loading the bundle (a worker that comes online after
    // the main thread emptied the queue may not): V8 rejects a cache made under other flags, and
    // the main thread loads the bundle under V8's defaults, the worker under the batch's flags.
    // Enough files that the worker comes online in any sane test run.
    const pooled = runCli(['--format', 'json', folder(POOL_THRESHOLD + 10)], { env: { REPLYLINT_WORKERS: '2', REPLYLINT_DEBUG_CODE_CACHE: '1' } });
    const lines = pooled.stderr.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThanOrEqual(1);
    expect(new Set(lines)).toEqual(new Set(['replylint: code cache used']));
  });

  it('ends the worker thread it started early when the batch turns out small, and reports the same', () => {
    // A glob starts a worker before the files are known; three files are no pool.
    const dir = folder(3);
    const glob = runCli(['--format', 'json', join(dir, '*.txt')]);
    const alone = runCli(['--format', 'json', join(dir, '*.txt')], { env: { REPLYLINT_WORKERS: '0' } });
    expect(JSON.parse(glob.stdout)).toHaveLength(3);
    expect([glob.status, glob.stdout, glob.stderr]).toEqual([alone.status, alone.stdout, alone.stderr]);
  });

  it('the shim, which decides on the early worker before the bundle loads, uses the pool\'s numbers', () => {
    const shim = readFileSync(join(ROOT, 'bin', 'replylint.js'), 'utf8');
    const constant = (name: string) => Number(new RegExp(`const ${name} = (\\d+);`).exec(shim)?.[1]);
    expect([constant('POOL_THRESHOLD'), constant('SMALL_MACHINE_CORES'), constant('SMALL_MACHINE_MAX_FILES')]).toEqual([POOL_THRESHOLD, SMALL_MACHINE_CORES, SMALL_MACHINE_MAX_FILES]);
    // The options that take a value, whose value is not a draft: as --help lists them.
    const listed = runCli(['--help']).stdout.split('\n').flatMap((line) => {
      const m = /^\s+(?:(-\w), )?(--[\w-]+) </.exec(line);
      return m ? [m[1], m[2]].filter(Boolean) : [];
    });
    const inShim = JSON.parse(/const TAKES_VALUE = new Set\((\[[^\]]*\])\)/.exec(shim)![1].replace(/'/g, '"')) as string[];
    expect([...inShim].sort()).toEqual(listed.sort());
  });

  it.each([
    ['throws while it loads', "throw new Error('cannot load the bundle');", 'cannot load the bundle'],
    ['exits', 'process.exit(3);', 'a worker thread stopped before its files were linted (exit code 3)'],
  ])('fails the run with that worker\'s error, never hangs, when a worker %s', async (_, code, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-pool-worker-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'worker.cjs'), code);
    setWorkerEntry(join(dir, 'worker.cjs'));
    const paths = Array.from({ length: 50 }, (_, i) => `${i}.txt`);
    await expect(lintInPool(paths, { rule: [] }, 2, async () => [])).rejects.toThrow(message);
  });

  it('fills the cache from worker threads', () => {
    const dir = folder(12);
    const first = runCli(['--cache', '--format', 'json', dir], { cwd: dir, env: { REPLYLINT_WORKERS: '2' } });
    const second = runCli(['--cache', '--format', 'json', dir], { cwd: dir, env: { REPLYLINT_WORKERS: '0' } });
    expect(second.stdout).toBe(first.stdout);
  });

  it.each([
    [10, {}, 8, 0],
    [POOL_THRESHOLD - 1, {}, 2, 0],
    [POOL_THRESHOLD, {}, 2, 2],
    [POOL_THRESHOLD, {}, 4, 4],
    [POOL_THRESHOLD, {}, 1, 0],
    // A long batch on a small machine stays on one thread (the optimising compiler has the other core).
    [SMALL_MACHINE_MAX_FILES, {}, 2, 0],
    [SMALL_MACHINE_MAX_FILES, {}, 3, 0],
    [SMALL_MACHINE_MAX_FILES, {}, 4, 4],
    [5000, {}, 16, 8],
    [10, { REPLYLINT_WORKERS: '3' }, 2, 3],
    [2, { REPLYLINT_WORKERS: '3' }, 2, 2],
    [5000, { REPLYLINT_WORKERS: '0' }, 16, 0],
  ])('%i files, %j, %i cores: %i threads', (files, env, cores, threads) => {
    expect(workerCount(files, env, cores)).toBe(threads);
  });
});
