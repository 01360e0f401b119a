// Inline directives: replylint-disable / -enable / -disable-next-line, in comments or on their own line.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { runCli } from './helpers.js';

const DRAFT = [
  'Hi Jo,',
  '',
  'Thanks for writing in. It looks like the sync stopped.',
  '',
  'replylint-disable-next-line hedging',
  'It seems the cache is stale.',
  '',
  '<!-- replylint-disable empty-words, nope -->',
  'Sorry for the inconvenience.',
  '<!-- replylint-enable empty-words -->',
  'Thanks for the feedback.',
  '',
  'replylint-disable sign-off',
  '',
  'Cheers,',
  'Mo',
  '',
].join('\n');

function lint(args: string[]): Array<{ line: number; ruleId: string | null; message: string }> {
  const path = join(mkdtempSync(join(tmpdir(), 'replylint-dir-')), 'draft.txt');
  writeFileSync(path, DRAFT);
  return JSON.parse(runCli(['--format', 'json', ...args, path]).stdout)[0].messages;
}

describe('inline directives', () => {
  it('switch rules off for the next line, between disable and enable, and report unknown ids', () => {
    expect(lint([]).map((m) => [m.line, m.ruleId])).toEqual([
      [3, 'hedging'],
      [8, null],
      [9, 'non-apology'],
      [11, 'empty-words'],
    ]);
    expect(lint([])[1].message).toBe('Unknown rule "nope" in replylint-disable; run replylint rules for the list.');
  });

  it('--report-unused-directives points at a directive that switched nothing off', () => {
    const unused = lint(['--report-unused-directives']).filter((m) => m.message.startsWith('Unused'));
    expect(unused).toEqual([expect.objectContaining({ line: 13, ruleId: null, message: 'Unused replylint-disable directive: no finding it would switch off.' })]);
  });
});
