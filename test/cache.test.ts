// --cache: results are reused only while the file's content, its configuration and replylint's
// version are unchanged. To prove an entry is served, the tests edit the stored message and look
// for the edit in the next report.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './helpers.js';

const DRAFT =
  'Hi Dana,\n\nThanks for writing in. It looks like the export failed overnight. I have rerun it and the file is in your inbox now.\n\nCheers,\nMo\n';
const HEDGE = '"It looks like" hedges about something you did or checked: say it with certainty.';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function setUp(): { dir: string; draft: string; cacheFile: string } {
  const dir = mkdtempSync(join(tmpdir(), 'replylint-cache-'));
  dirs.push(dir);
  const draft = join(dir, 'draft.txt');
  writeFileSync(draft, DRAFT);
  return { dir, draft, cacheFile: join(dir, '.replylintcache') };
}

function messages(stdout: string): string[] {
  return (JSON.parse(stdout) as Array<{ messages: Array<{ message: string }> }>).flatMap((f) => f.messages.map((m) => m.message));
}

/** Replaces every stored finding message, so a served entry is recognisable. */
function tamper(cacheFile: string): void {
  writeFileSync(cacheFile, readFileSync(cacheFile, 'utf8').replaceAll(HEDGE.replaceAll('"', '\\"'), 'FROM THE CACHE'));
}

describe('--cache', () => {
  it('writes .replylintcache in the working folder and serves unchanged files from it', () => {
    const { dir, cacheFile } = setUp();
    const first = runCli(['--cache', '--format', 'json', 'draft.txt'], { cwd: dir });
    expect(messages(first.stdout)).toEqual([HEDGE]);
    expect(existsSync(cacheFile)).toBe(true);
    tamper(cacheFile);
    const second = runCli(['--cache', '--format', 'json', 'draft.txt'], { cwd: dir });
    expect(messages(second.stdout)).toEqual(['FROM THE CACHE']);
    expect(second.status).toBe(first.status);
  });

  it('lints a file again when its content changes', () => {
    const { dir, draft, cacheFile } = setUp();
    runCli(['--cache', '--format', 'json', 'draft.txt'], { cwd: dir });
    tamper(cacheFile);
    writeFileSync(draft, DRAFT.replace('overnight', 'last night'));
    expect(messages(runCli(['--cache', '--format', 'json', 'draft.txt'], { cwd: dir }).stdout)).toEqual([HEDGE]);
  });

  it('lints a file again when the configuration changes', () => {
    const { dir, cacheFile } = setUp();
    runCli(['--cache', '--format', 'json', 'draft.txt'], { cwd: dir });
    tamper(cacheFile);
    expect(messages(runCli(['--cache', '--format', 'json', '--rule', 'hedging:off', 'draft.txt'], { cwd: dir }).stdout)).toEqual([]);
    writeFileSync(join(dir, '.replylintrc.json'), JSON.stringify({ rules: { hedging: 'error' } }));
    const withConfig = JSON.parse(runCli(['--cache', '--format', 'json', 'draft.txt'], { cwd: dir }).stdout);
    expect(withConfig[0].messages.map((m: { message: string; severity: number }) => [m.message, m.severity])).toEqual([[HEDGE, 2]]);
  });

  it('ignores a cache written by another version or one it cannot read', () => {
    const { dir, cacheFile } = setUp();
    runCli(['--cache', '--format', 'json', 'draft.txt'], { cwd: dir });
    tamper(cacheFile);
    writeFileSync(cacheFile, readFileSync(cacheFile, 'utf8').replace(/"replylint":"[^"]*"/, '"replylint":"0.0.0-other"'));
    expect(messages(runCli(['--cache', '--format', 'json', 'draft.txt'], { cwd: dir }).stdout)).toEqual([HEDGE]);
    writeFileSync(cacheFile, '{ not json');
    const run = runCli(['--cache', '--format', 'json', 'draft.txt'], { cwd: dir });
    expect([run.status, run.stderr, messages(run.stdout)]).toEqual([0, '', [HEDGE]]);
  });

  it('keeps the cache where --cache-location says, and warns in one line when it cannot write it', () => {
    const { dir } = setUp();
    const run = runCli(['--cache', '--cache-location', 'missing-folder/cache.json', '--format', 'json', 'draft.txt'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('replylint: missing-folder/cache.json: cannot write the cache (ENOENT); choose a writable --cache-location\n');
    runCli(['--cache', '--cache-location', 'custom.json', 'draft.txt'], { cwd: dir });
    expect(existsSync(join(dir, 'custom.json'))).toBe(true);
    expect(existsSync(join(dir, '.replylintcache'))).toBe(false);
  });

  it('never serves --fix from the cache, and does not touch the cache without --cache', () => {
    const { dir, draft, cacheFile } = setUp();
    writeFileSync(draft, DRAFT.replace('It looks like the export', 'Sorry for the inconvenience. The export'));
    runCli(['--cache', 'draft.txt'], { cwd: dir });
    const before = readFileSync(cacheFile, 'utf8');
    runCli(['--cache', '--fix', 'draft.txt'], { cwd: dir });
    expect(readFileSync(draft, 'utf8')).not.toContain('inconvenience');
    expect(readFileSync(cacheFile, 'utf8')).toBe(before);
    rmSync(cacheFile);
    runCli(['draft.txt'], { cwd: dir });
    expect(existsSync(cacheFile)).toBe(false);
  });
});
