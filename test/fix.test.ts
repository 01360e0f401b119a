// --fix and --fix-dry-run through the CLI: safe rewrites applied together, written atomically,
// idempotent, never on a failing run.
import { describe, expect, it } from 'vitest';
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { applyFixes } from '../src/fix.js';
import { ROOT, runCli } from './helpers.js';

const DRAFT = 'Hi Jo,\r\n\r\nThanks!! Sorry for the inconvenience.\r\n\r\nCheers,\r\nMo\r\n';
const FIXED = 'Hi Jo,\r\n\r\nThanks! Sorry for the trouble.\r\n\r\nCheers,\r\nMo\r\n';

function temp(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'replylint-fix-')), name);
  writeFileSync(path, text);
  return path;
}

describe('applyFixes', () => {
  it('applies non-overlapping fixes together and skips one that overlaps', () => {
    const out = applyFixes('abcdef', [
      { range: [4, 6], text: 'EF' },
      { range: [0, 2], text: 'AB' },
      { range: [1, 3], text: 'xx' },
    ]);
    expect(out).toEqual({ text: 'ABcdEF', applied: 2 });
  });
});

describe('--fix', () => {
  it('rewrites the file, keeps CRLF line endings and the file mode, and a second run changes nothing', () => {
    const path = temp('draft.txt', DRAFT);
    chmodSync(path, 0o640);
    runCli(['--fix', path]);
    expect(readFileSync(path, 'utf8')).toBe(FIXED);
    expect(statSync(path).mode & 0o777).toBe(0o640);
    runCli(['--fix', path]);
    expect(readFileSync(path, 'utf8')).toBe(FIXED);
  });

  it('prints the fixed text for stdin', () => {
    expect(runCli(['--fix', '-'], { input: DRAFT }).stdout).toBe(FIXED);
  });

  it('--fix-dry-run writes nothing and reports the fixed text as "output"', () => {
    const path = temp('draft.txt', DRAFT);
    const run = runCli(['--fix-dry-run', '--format', 'json', path]);
    expect(readFileSync(path, 'utf8')).toBe(DRAFT);
    expect(JSON.parse(run.stdout)[0].output).toBe(FIXED);
  });

  it('writes nothing when the run fails on another input', () => {
    const path = temp('draft.txt', DRAFT);
    const run = runCli(['--fix', path, join(ROOT, 'no-such-file.txt')]);
    expect(run.status).toBe(2);
    expect(readFileSync(path, 'utf8')).toBe(DRAFT);
  });

  it('keeps a JSON macro export valid', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'replylint-fix-')), 'macros.json');
    copyFileSync(join(ROOT, 'fixtures', 'inputs', 'zendesk', 'macros-export.json'), path);
    const before = readFileSync(path, 'utf8');
    runCli(['--fix', path]);
    const after = readFileSync(path, 'utf8');
    expect(after).not.toBe(before);
    expect(() => JSON.parse(after)).not.toThrow();
    expect(after.length - before.length).toBeLessThan(200);
  });
});
