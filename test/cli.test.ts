// The command line, end to end: the bundled bin/replylint.js run as a child process (NO_COLOR=1),
// checked against spec/cli.md (exit codes, JSON contract, inputs, one-line failures).
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { ROOT, runCli, type CliRun } from './helpers.js';

// ---- drafts -----------------------------------------------------------------------------------

const CLEAN =
  'Hi Dana,\n\nThanks for writing in. I have refunded the duplicate charge of $12 to your card, and you will see it within five business days.\n\nCheers,\nMo\n';

/** One error: "inconvenience" (empty-words, fixable). */
const ERROR =
  'Hi Dana,\n\nThanks for writing in. Sorry for the inconvenience with your order. I have sent a replacement today.\n\nCheers,\nMo\n';

/** One warning: "It looks like" (hedging). */
const WARNING =
  'Hi Dana,\n\nThanks for writing in. It looks like the export failed overnight. I have rerun it and the file is in your inbox now.\n\nCheers,\nMo\n';

/** One error and one warning, each on its own short line. */
const BOTH =
  'Hi Dana,\n\nSorry for the inconvenience with your order.\nIt looks like the parcel went to your old address.\nI have sent a replacement to your new address today.\n\nCheers,\nMo\n';

const ORIGINAL =
  'Hello,\n\nI was charged twice for my March invoice. Can you refund the second charge? Also, does your app work offline on Android tablets?\n\nThanks,\nDana\n';

/** Answers the refund, ignores the offline question. */
const REPLY_IGNORING_QUESTION =
  'Hi Dana,\n\nThanks for writing in. I have refunded the duplicate March charge to your card, and you will see it within five business days.\n\nCheers,\nMo\n';

/** Answers both. */
const REPLY_ANSWERING_ALL =
  'Hi Dana,\n\nThanks for writing in. I have refunded the duplicate March charge to your card, and you will see it within five business days. The app works offline on Android tablets too: open it once while connected and it keeps your notes on the device.\n\nCheers,\nMo\n';

const INCONVENIENCE_MESSAGE = '"inconvenience" is an empty word: name the actual trouble (a late parcel, a double charge).';
const HEDGE_MESSAGE = '"It looks like" hedges about something you did or checked: say it with certainty.';
const EMPTY_MESSAGE = 'The draft is empty: there is nothing to lint.';

// ---- helpers ----------------------------------------------------------------------------------

const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'replylint-'));
  tempDirs.push(dir);
  return dir;
}

/** Writes files (path relative to dir → contents) and returns the absolute path of each. */
function writeFiles(dir: string, files: Record<string, string | Buffer>): Record<string, string> {
  const paths: Record<string, string> = {};
  for (const [name, contents] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, contents);
    paths[name] = path;
  }
  return paths;
}

/** One draft in a fresh temp folder. */
function draft(contents: string | Buffer, name = 'draft.txt'): string {
  return writeFiles(tempDir(), { [name]: contents })[name];
}

interface JsonFix {
  range: [number, number];
  text: string;
}
interface JsonMessage {
  ruleId: string | null;
  severity: 0 | 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  suggestions: Array<{ desc: string; text: string; fix?: JsonFix }>;
  fix?: JsonFix;
}
interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableCount: number;
}

function json(run: CliRun): JsonResult[] {
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as JsonResult[];
}

/** Runs --format json on one file and returns its single result. */
function lintJson(path: string, extra: string[] = []): { run: CliRun; result: JsonResult } {
  const run = runCli(['--format', 'json', ...extra, path]);
  const results = json(run);
  expect(results).toHaveLength(1);
  return { run, result: results[0] };
}

/** 0-based UTF-16 offset → 1-based line/column, counting \r\n, \n and \r as line breaks. */
function positionOf(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const breaks = /\r\n|\r|\n/g;
  for (let m = breaks.exec(source); m && m.index + m[0].length <= offset; m = breaks.exec(source)) {
    line++;
    lineStart = m.index + m[0].length;
  }
  return { line, column: offset - lineStart + 1 };
}

/** 1-based line/column → 0-based UTF-16 offset. */
function offsetOf(source: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const m = /\r\n|\r|\n/.exec(source.slice(offset));
    if (!m) throw new Error(`line ${line} is past the end of the source`);
    offset += m.index + m[0].length;
  }
  return offset + column - 1;
}

/** Every message's line/column agrees with its fix ranges, and all point inside the source. */
function expectConsistentPositions(source: string, message: JsonMessage): void {
  const start = offsetOf(source, message.line, message.column);
  const end = offsetOf(source, message.endLine, message.endColumn);
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThanOrEqual(start);
  expect(end).toBeLessThanOrEqual(source.length);
  expect(positionOf(source, start)).toEqual({ line: message.line, column: message.column });
  expect(positionOf(source, end)).toEqual({ line: message.endLine, column: message.endColumn });
  for (const fix of [message.fix, ...message.suggestions.map((s) => s.fix)]) {
    if (!fix) continue;
    expect(fix.range[0]).toBeGreaterThanOrEqual(0);
    expect(fix.range[1]).toBeGreaterThanOrEqual(fix.range[0]);
    expect(fix.range[1]).toBeLessThanOrEqual(source.length);
  }
}

/** The text a message points at, through its line/column. */
function flagged(source: string, message: JsonMessage): string {
  return source.slice(offsetOf(source, message.line, message.column), offsetOf(source, message.endLine, message.endColumn));
}

/** A failed run: exit 2, nothing on stdout, one "replylint: " line on stderr, no stack trace. */
function expectOneLineFailure(run: CliRun, mentions: string): void {
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.endsWith('\n')).toBe(true);
  expect(run.stderr.slice(0, -1).split('\n')).toHaveLength(1);
  expect(run.stderr.startsWith('replylint: ')).toBe(true);
  expect(run.stderr).toContain(mentions);
  expect(run.stderr).not.toContain('    at ');
}

// ---- 1. exit codes ----------------------------------------------------------------------------

describe('exit codes', () => {
  it('exits 0 and prints nothing on a clean draft', () => {
    const run = runCli([draft(CLEAN)]);
    expect(run).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('the clean draft really has no findings', () => {
    const { run, result } = lintJson(draft(CLEAN));
    expect(run.status).toBe(0);
    expect(result.messages).toEqual([]);
    expect(result).toMatchObject({ errorCount: 0, warningCount: 0, infoCount: 0, fixableCount: 0 });
  });

  it('exits 1 when an error-severity finding exists', () => {
    const { run, result } = lintJson(draft(ERROR));
    expect(run.status).toBe(1);
    expect(result.messages.map((m) => [m.ruleId, m.severity])).toEqual([['empty-words', 2]]);
    expect(result.errorCount).toBe(1);
  });

  it('exits 0 on a warnings-only draft', () => {
    const { run, result } = lintJson(draft(WARNING));
    expect(run.status).toBe(0);
    expect(result.messages.map((m) => [m.ruleId, m.severity])).toEqual([['hedging', 1]]);
    expect(result).toMatchObject({ errorCount: 0, warningCount: 1 });
  });

  it('--max-warnings 0 turns a warnings-only draft into exit 1 with one line on stderr', () => {
    const run = runCli(['--format', 'json', '--max-warnings', '0', draft(WARNING)]);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)[0].warningCount).toBe(1);
    expect(run.stderr.endsWith('\n')).toBe(true);
    expect(run.stderr.slice(0, -1).split('\n')).toHaveLength(1);
    expect(run.stderr.startsWith('replylint: ')).toBe(true);
    expect(run.stderr).toContain('--max-warnings 0');
  });

  it('--max-warnings at the number of warnings still exits 0', () => {
    const run = runCli(['--format', 'json', '--max-warnings', '1', draft(WARNING)]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('--quiet drops warnings: a warnings-only draft exits 0 with warningCount 0', () => {
    const { run, result } = lintJson(draft(WARNING), ['--quiet']);
    expect(run.status).toBe(0);
    expect(result.messages).toEqual([]);
    expect(result).toMatchObject({ errorCount: 0, warningCount: 0, infoCount: 0, fixableCount: 0 });
  });

  it('--quiet keeps errors: exit code follows errors only', () => {
    const { run, result } = lintJson(draft(BOTH), ['--quiet']);
    expect(run.status).toBe(1);
    expect(result.messages.map((m) => m.ruleId)).toEqual(['empty-words']);
    expect(result).toMatchObject({ errorCount: 1, warningCount: 0, infoCount: 0, fixableCount: 1 });
  });

  it('--rule hedging:off turns the rule off', () => {
    const path = draft(WARNING);
    expect(lintJson(path).result.messages.map((m) => m.ruleId)).toEqual(['hedging']);
    const { run, result } = lintJson(path, ['--rule', 'hedging:off']);
    expect(run.status).toBe(0);
    expect(result.messages).toEqual([]);
    expect(result.warningCount).toBe(0);
  });

  it('--rule empty-words:warning lowers the severity and the exit code', () => {
    const { run, result } = lintJson(draft(ERROR), ['--rule', 'empty-words:warning']);
    expect(run.status).toBe(0);
    expect(result.messages.map((m) => [m.ruleId, m.severity])).toEqual([['empty-words', 1]]);
    expect(result).toMatchObject({ errorCount: 0, warningCount: 1, infoCount: 0, fixableCount: 1 });
  });

  it('--rule hedging:error raises the severity and the exit code', () => {
    const { run, result } = lintJson(draft(WARNING), ['--rule', 'hedging:error']);
    expect(run.status).toBe(1);
    expect(result.messages.map((m) => [m.ruleId, m.severity])).toEqual([['hedging', 2]]);
    expect(result).toMatchObject({ errorCount: 1, warningCount: 0 });
  });

  it('--rule hedging:info reports severity 0 in infoCount', () => {
    const { run, result } = lintJson(draft(WARNING), ['--rule', 'hedging:info']);
    expect(run.status).toBe(0);
    expect(result.messages.map((m) => [m.ruleId, m.severity])).toEqual([['hedging', 0]]);
    expect(result).toMatchObject({ errorCount: 0, warningCount: 0, infoCount: 1 });
  });

  it('repeated --rule flags: the last one wins', () => {
    const { run, result } = lintJson(draft(ERROR), ['--rule', 'empty-words:warning', '--rule', 'empty-words:off']);
    expect(run.status).toBe(0);
    expect(result.messages).toEqual([]);
  });
});

// ---- 2. JSON shape and positions --------------------------------------------------------------

describe('--format json', () => {
  it('prints an array of results with the ESLint-compatible shape', () => {
    const path = draft(BOTH);
    const run = runCli(['--format', 'json', path]);
    expect(run.status).toBe(1);
    expect(run.stdout.endsWith('\n')).toBe(true);
    const results = json(run);
    expect(Array.isArray(results)).toBe(true);
    expect(results).toHaveLength(1);
    const [result] = results;
    expect(Object.keys(result).sort()).toEqual(['errorCount', 'filePath', 'fixableCount', 'infoCount', 'messages', 'warningCount']);
    expect(result.filePath).toBe(path);
    expect(result).toMatchObject({ errorCount: 1, warningCount: 1, infoCount: 0, fixableCount: 1 });
    expect(result.messages).toHaveLength(2);

    const [error, warning] = result.messages;
    expect(Object.keys(error).sort()).toEqual(
      ['column', 'endColumn', 'endLine', 'fix', 'line', 'message', 'ruleId', 'severity', 'suggestions'].sort(),
    );
    expect(error).toMatchObject({
      ruleId: 'empty-words',
      severity: 2,
      message: INCONVENIENCE_MESSAGE,
      line: 3,
      column: 15,
      endLine: 3,
      endColumn: 28,
    });
    // Not fixable: no `fix` key at all.
    expect('fix' in warning).toBe(false);
    expect(warning).toMatchObject({ ruleId: 'hedging', severity: 1, message: HEDGE_MESSAGE, line: 4, column: 1, endLine: 4, endColumn: 14 });
    for (const message of result.messages) {
      expect(message.suggestions.length).toBeGreaterThan(0);
      for (const s of message.suggestions) {
        expect(typeof s.desc).toBe('string');
        expect(typeof s.text).toBe('string');
        expect(Object.keys(s).sort()).toEqual(s.fix ? ['desc', 'fix', 'text'] : ['desc', 'text']);
        if (s.fix) {
          expect(Object.keys(s.fix).sort()).toEqual(['range', 'text']);
          expect(s.fix.range).toHaveLength(2);
        }
      }
    }
  });

  it('fix and suggestions: 0-based UTF-16 ranges of the flagged word, agreeing with line/column', () => {
    const source = ERROR;
    const { result } = lintJson(draft(source));
    const [message] = result.messages;
    const start = source.indexOf('inconvenience');
    const range: [number, number] = [start, start + 'inconvenience'.length];
    expect(message.fix).toEqual({ range, text: 'trouble' });
    expect(source.slice(...message.fix!.range)).toBe('inconvenience');
    expect(message.suggestions.map((s) => s.text)).toEqual(['trouble', 'hassle', 'frustration']);
    expect(message.suggestions[0]).toEqual({
      desc: 'Replace "inconvenience" with "trouble": Sorry for the trouble with your order.',
      text: 'trouble',
      fix: { range, text: 'trouble' },
    });
    for (const s of message.suggestions) expect(s.fix).toEqual({ range, text: s.text });
    expect(message).toMatchObject({ line: 3, column: 38, endLine: 3, endColumn: 51 });
    expect(positionOf(source, range[0])).toEqual({ line: message.line, column: message.column });
    expect(positionOf(source, range[1])).toEqual({ line: message.endLine, column: message.endColumn });
    expect(flagged(source, message)).toBe('inconvenience');
    expectConsistentPositions(source, message);
  });

  it('applying the fix gives the rewritten sentence', () => {
    const source = ERROR;
    const { result } = lintJson(draft(source));
    const { range, text } = result.messages[0].fix!;
    const fixed = source.slice(0, range[0]) + text + source.slice(range[1]);
    expect(fixed).toContain('Sorry for the trouble with your order.');
    expect(fixed).not.toContain('inconvenience');
  });

  it('the hedging span and its suggestion point into the source', () => {
    const source = WARNING;
    const { result } = lintJson(draft(source));
    const [message] = result.messages;
    expect(flagged(source, message)).toBe('It looks like');
    expectConsistentPositions(source, message);
    const [suggestion] = message.suggestions;
    const { range, text } = suggestion.fix!;
    expect(source.slice(0, range[0]) + text + source.slice(range[1])).toContain('Thanks for writing in. The export failed overnight.');
  });

  it('offsets are into the file as read: a leading BOM and CRLF line endings count', () => {
    const plain = lintJson(draft(ERROR)).result.messages[0];
    const source = `\uFEFF${ERROR.replace(/\n/g, '\r\n')}`;
    const path = draft(source);
    expect(readFileSync(path).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const { run, result } = lintJson(path);
    expect(run.status).toBe(1);
    const [message] = result.messages;
    const start = source.indexOf('inconvenience');
    // One BOM code unit and two "\r" before line 3.
    expect(start).toBe(plain.fix!.range[0] + 3);
    expect(message.fix).toEqual({ range: [start, start + 13], text: 'trouble' });
    expect(source.slice(...message.fix!.range)).toBe('inconvenience');
    expect(message).toMatchObject({ line: 3, column: 38, endLine: 3, endColumn: 51 });
    expect(flagged(source, message)).toBe('inconvenience');
    expectConsistentPositions(source, message);
  });

  it('offsets and columns count UTF-16 code units (an emoji before the word counts 2)', () => {
    const source = 'Hi Dana 👋,\n\nThanks for writing in 🙂. Sorry for the inconvenience with your order.\n\nCheers,\nMo\n';
    const { result } = lintJson(draft(source));
    const [message] = result.messages;
    const start = source.indexOf('inconvenience');
    expect(message.fix!.range).toEqual([start, start + 13]);
    expect(source.slice(...message.fix!.range)).toBe('inconvenience');
    expect(message).toMatchObject({ line: 3, column: 41, endLine: 3, endColumn: 54 });
    expectConsistentPositions(source, message);
  });

  it('several files give one result each, in the order given', () => {
    const dir = tempDir();
    const paths = writeFiles(dir, { 'one.txt': ERROR, 'two.txt': CLEAN, 'three.txt': WARNING });
    const run = runCli(['--format', 'json', paths['one.txt'], paths['two.txt'], paths['three.txt']]);
    expect(run.status).toBe(1);
    const results = json(run);
    expect(results.map((r) => [r.filePath, r.errorCount, r.warningCount])).toEqual([
      [paths['one.txt'], 1, 0],
      [paths['two.txt'], 0, 0],
      [paths['three.txt'], 0, 1],
    ]);
  });
});

// ---- 3. stdin ---------------------------------------------------------------------------------

describe('stdin', () => {
  it('"-" reads the draft from stdin', () => {
    const run = runCli(['--format', 'json', '-'], { input: ERROR });
    expect(run.status).toBe(1);
    const [result] = json(run);
    expect(result.filePath).toBe('<stdin>');
    expect(result.messages.map((m) => m.ruleId)).toEqual(['empty-words']);
    expect(ERROR.slice(...result.messages[0].fix!.range)).toBe('inconvenience');
  });

  it('no file argument with piped input reads stdin', () => {
    const run = runCli(['--format', 'json'], { input: WARNING });
    expect(run.status).toBe(0);
    const results = json(run);
    expect(results).toHaveLength(1);
    expect(results[0].filePath).toBe('<stdin>');
    expect(results[0].messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['hedging', 3, 24]]);
  });

  it('a clean draft on stdin exits 0', () => {
    const run = runCli(['-'], { input: CLEAN });
    expect(run).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('--stdin-filename sets filePath in JSON', () => {
    const run = runCli(['--format', 'json', '--stdin-filename', 'drafts/x.txt', '-'], { input: ERROR });
    expect(run.status).toBe(1);
    const [result] = json(run);
    expect(result.filePath).toBe('drafts/x.txt');
  });

  it('--stdin-filename names the stdin draft in stylish output', () => {
    const run = runCli(['--stdin-filename', 'drafts/x.txt'], { input: ERROR });
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n')).toContain('drafts/x.txt');
  });

  it('invalid UTF-8 on stdin is a one-line failure', () => {
    const run = runCli(['-'], { input: Buffer.from([0x48, 0xff, 0xfe, 0x0a]) as unknown as string });
    expectOneLineFailure(run, '<stdin>');
  });
});

// ---- 4. inputs: folders and globs -------------------------------------------------------------

describe('inputs', () => {
  it('a folder expands to its .txt/.md/.markdown/.html/.eml files, sorted, skipping node_modules and other files', () => {
    const dir = tempDir();
    // Written out of order on purpose.
    writeFiles(dir, {
      'zeta.txt': CLEAN,
      'mid/beta.markdown': WARNING,
      'alpha.md': ERROR,
      'notes.html': `<p>${ERROR}</p>`,
      'export.json': '{"title": "Refund", "body": "Sorry for the inconvenience."}',
      'data.csv': ERROR,
      'node_modules/pkg/readme.md': ERROR,
      'mid/node_modules/deep.txt': ERROR,
    });
    const run = runCli(['--format', 'json', dir]);
    expect(run.status).toBe(1);
    const results = json(run);
    expect(results.map((r) => resolve(ROOT, r.filePath))).toEqual([
      join(dir, 'alpha.md'),
      join(dir, 'mid/beta.markdown'),
      join(dir, 'notes.html'),
      join(dir, 'zeta.txt'),
    ]);
    expect(results.map((r) => [r.errorCount, r.warningCount])).toEqual([
      [1, 0],
      [0, 1],
      [1, 0],
      [0, 0],
    ]);
  });

  it('the same folder gives the same output every time', () => {
    const dir = tempDir();
    writeFiles(dir, { 'c.txt': WARNING, 'a.txt': ERROR, 'b/b.md': CLEAN });
    const first = runCli(['--format', 'json', dir]);
    const second = runCli(['--format', 'json', dir]);
    expect(second.stdout).toBe(first.stdout);
    expect(json(first).map((r) => resolve(ROOT, r.filePath))).toEqual([join(dir, 'a.txt'), join(dir, 'b/b.md'), join(dir, 'c.txt')]);
  });

  it('a quoted relative glob expands (sorted) and skips node_modules', () => {
    const dir = tempDir();
    writeFiles(dir, {
      'z.md': WARNING,
      'sub/a.md': ERROR,
      'b.txt': CLEAN,
      'node_modules/pkg/n.md': ERROR,
    });
    const run = runCli(['--format', 'json', '**/*.md'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(json(run).map((r) => r.filePath)).toEqual(['sub/a.md', 'z.md']);
  });

  it('a quoted absolute glob "<tmp>/**/*.md" expands (sorted) and skips node_modules', () => {
    const dir = tempDir();
    writeFiles(dir, {
      'z.md': WARNING,
      'sub/a.md': ERROR,
      'b.txt': CLEAN,
      'node_modules/pkg/n.md': ERROR,
    });
    const run = runCli(['--format', 'json', `${dir}/**/*.md`]);
    expect(run.status).toBe(1);
    const results = json(run);
    expect(results.map((r) => resolve(ROOT, r.filePath))).toEqual([join(dir, 'sub/a.md'), join(dir, 'z.md')]);
    expect(results.map((r) => [r.errorCount, r.warningCount])).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });

  it('a glob that matches nothing is a one-line failure', () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.txt': CLEAN });
    const run = runCli(['--format', 'json', `${dir}/**/*.md`]);
    expectOneLineFailure(run, `${dir}/**/*.md`);
  });

  it('a file named twice (directly and through its folder) is linted once', () => {
    const dir = tempDir();
    const paths = writeFiles(dir, { 'a.txt': ERROR });
    const run = runCli(['--format', 'json', paths['a.txt'], dir]);
    expect(json(run).map((r) => r.filePath)).toEqual([paths['a.txt']]);
  });
});

// ---- 5. bad input: exit 2, one line on stderr -------------------------------------------------

describe('a failed run: exit 2, one "replylint: " line on stderr naming the file or flag', () => {
  it('missing file', () => {
    const path = join(tempDir(), 'no-such-draft.txt');
    expectOneLineFailure(runCli([path]), path);
  });

  it('missing file among good ones: nothing is printed on stdout', () => {
    const good = draft(ERROR);
    const path = join(tempDir(), 'gone.txt');
    expectOneLineFailure(runCli(['--format', 'json', good, path]), path);
  });

  it('folder with no drafts', () => {
    const dir = tempDir();
    writeFiles(dir, { 'data.csv': 'a,b', 'data.json': '{}', 'node_modules/pkg/readme.md': CLEAN });
    expectOneLineFailure(runCli([dir]), dir);
  });

  it('binary file (NUL bytes)', () => {
    const path = draft(Buffer.from([0x48, 0x69, 0x00, 0x01, 0x02, 0x00, 0x0a]), 'image.txt');
    expectOneLineFailure(runCli([path]), path);
  });

  it('invalid UTF-8', () => {
    const path = draft(Buffer.from([0x48, 0xff, 0xfe, 0x0a]), 'latin.txt');
    expectOneLineFailure(runCli([path]), path);
  });

  it('a bad file after a good one: nothing is printed on stdout', () => {
    const good = draft(ERROR);
    const bad = draft(Buffer.from([0x48, 0xff, 0xfe, 0x0a]), 'latin.txt');
    expectOneLineFailure(runCli(['--format', 'json', good, bad]), bad);
  });

  // A bad flag: the line names the flag and, where there is one, the value it could not use.
  it.each([
    ['unknown flag', ['--frobnicate'], ['--frobnicate']],
    ['misspelled flag (with a "did you mean" hint)', ['--quite'], ['--quite']],
    ['unknown rule', ['--rule', 'nope:error'], ['--rule', 'nope']],
    ['bad severity', ['--rule', 'hedging:loud'], ['--rule', 'loud']],
    ['malformed --rule', ['--rule', 'hedging'], ['--rule "hedging"']],
  ])('%s: %j', (_what, flags, mentions) => {
    const run = runCli([...flags, draft(CLEAN)]);
    for (const mention of mentions) expectOneLineFailure(run, mention);
  });

  it('missing --original file', () => {
    const path = join(tempDir(), 'customer-message.txt');
    expectOneLineFailure(runCli(['--original', path, draft(CLEAN)]), path);
  });

  it('--original without a value', () => {
    expectOneLineFailure(runCli(['--original']), '--original');
  });

  it.each([
    [['--format', 'xml'], ['--format', 'xml']],
    [['--max-warnings', 'lots'], ['--max-warnings', 'lots']],
  ])('bad value %j', (flags, mentions) => {
    const run = runCli([...flags, draft(CLEAN)]);
    for (const mention of mentions) expectOneLineFailure(run, mention);
  });
});

// ---- 6. empty drafts --------------------------------------------------------------------------

describe('empty drafts', () => {
  const emptyMessage = {
    ruleId: null,
    severity: 1,
    message: EMPTY_MESSAGE,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    suggestions: [],
  };

  it.each([
    ['an empty file', ''],
    ['a whitespace-only file', '  \n\n\t \r\n'],
  ])('%s is one message, exit 0', (_, contents) => {
    const { run, result } = lintJson(draft(contents));
    expect(run.status).toBe(0);
    expect(result.messages).toEqual([emptyMessage]);
    expect(result).toMatchObject({ errorCount: 0, warningCount: 1, infoCount: 0, fixableCount: 0 });
  });

  it('empty stdin is one message, exit 0', () => {
    const run = runCli(['--format', 'json', '-'], { input: '' });
    expect(run.status).toBe(0);
    expect(json(run)[0].messages).toEqual([emptyMessage]);
  });

  it('an empty draft in stylish output does not crash', () => {
    const path = draft('');
    const run = runCli([path]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines).toContain(path);
    expect(lines.some((l) => l.startsWith('  1:1 ') && l.includes('warning') && l.includes(EMPTY_MESSAGE))).toBe(true);
    expect(lines).toContain('✖ 1 problem (0 errors, 1 warning, 0 info)');
  });
});

// ---- 7. --original ----------------------------------------------------------------------------

describe('--original', () => {
  it('a reply that ignores a question in the original gets unanswered-points', () => {
    const original = draft(ORIGINAL, 'customer.txt');
    const { run, result } = lintJson(draft(REPLY_IGNORING_QUESTION), ['--original', original]);
    expect(run.status).toBe(1);
    expect(result.messages).toHaveLength(1);
    const [message] = result.messages;
    expect(message).toMatchObject({
      ruleId: 'unanswered-points',
      severity: 2,
      message: 'The customer asked "Also, does your app work offline on Android tablets?" and the reply does not answer it.',
    });
    expect('fix' in message).toBe(false);
    expectConsistentPositions(REPLY_IGNORING_QUESTION, message);
    // The suggestion inserts a stub at the end of the reply's last sentence.
    const insert = message.suggestions[0].fix!;
    expect(insert.range[0]).toBe(insert.range[1]);
    expect(REPLY_IGNORING_QUESTION.slice(0, insert.range[0]).endsWith('within five business days.')).toBe(true);
  });

  it('without --original (and no quote) there is no unanswered-points message', () => {
    const { run, result } = lintJson(draft(REPLY_IGNORING_QUESTION));
    expect(run.status).toBe(0);
    expect(result.messages).toEqual([]);
  });

  it('a reply that answers every point is clean with --original', () => {
    const original = draft(ORIGINAL, 'customer.txt');
    const { run, result } = lintJson(draft(REPLY_ANSWERING_ALL), ['--original', original]);
    expect(run.status).toBe(0);
    expect(result.messages).toEqual([]);
  });
});

// ---- 8. --version, --help ---------------------------------------------------------------------

describe('--version and --help', () => {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

  it('--version prints the package.json version', () => {
    expect(runCli(['--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('-v prints the package.json version', () => {
    expect(runCli(['-v'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('--help exits 0 and mentions --original', () => {
    const run = runCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('--original');
    expect(run.stdout).toContain('Usage: replylint');
  });
});

// ---- 9. stylish -------------------------------------------------------------------------------

describe('stylish output (default, NO_COLOR)', () => {
  it('prints header, finding lines, source with carets, suggestions and a summary', () => {
    const path = draft(BOTH, 'parcel.txt');
    const run = runCli([path]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toMatch(/\x1b\[/);
    const lines = run.stdout.split('\n');
    expect(lines).toContain(path);
    const header = lines.indexOf(path);

    const error = lines.indexOf(`  3:15    error    ${INCONVENIENCE_MESSAGE}  empty-words`);
    expect(error).toBeGreaterThan(header);
    expect(lines[error + 1]).toBe('      │ Sorry for the inconvenience with your order.');
    expect(lines[error + 2]).toBe(`      │ ${' '.repeat(14)}${'^'.repeat(13)}`);
    expect(lines[error + 3]).toBe('      ↳ Replace "inconvenience" with "trouble": Sorry for the trouble with your order.');
    expect(lines[error + 4]).toBe('      ↳ Replace "inconvenience" with "hassle": Sorry for the hassle with your order.');
    expect(lines[error + 5]).toBe('      ↳ Replace "inconvenience" with "frustration": Sorry for the frustration with your order.');

    const warning = lines.indexOf(`  4:1     warning  ${HEDGE_MESSAGE}  hedging`);
    expect(warning).toBe(error + 6);
    expect(lines[warning + 1]).toBe('      │ It looks like the parcel went to your old address.');
    expect(lines[warning + 2]).toBe(`      │ ${'^'.repeat(13)}`);
    expect(lines[warning + 3]).toBe('      ↳ Remove "It looks like": The parcel went to your old address.');

    expect(lines).toContain('✖ 2 problems (1 error, 1 warning, 0 info)');
    expect(lines.indexOf('✖ 2 problems (1 error, 1 warning, 0 info)')).toBeGreaterThan(warning);
    expect(lines.every((l) => !l.includes('    at '))).toBe(true);
  });

  it('the caret sits under the flagged word in the source line', () => {
    const run = runCli([draft(ERROR)]);
    const lines = run.stdout.split('\n');
    const source = lines.find((l) => l.startsWith('      │ Thanks for writing in.'))!;
    const carets = lines[lines.indexOf(source) + 1];
    const at = carets.indexOf('^');
    expect(source.slice(at, at + 13)).toBe('inconvenience');
    expect(carets.slice(at)).toBe('^'.repeat(13));
  });

  it('a clean draft prints nothing', () => {
    expect(runCli([draft(CLEAN)]).stdout).toBe('');
  });

  it('shows the right source line for CRLF files', () => {
    const run = runCli([draft(ERROR.replace(/\n/g, '\r\n'))]);
    expect(run.stdout.split('\n')).toContain('      │ Thanks for writing in. Sorry for the inconvenience with your order. I have sent a replacement today.');
  });

  it('shows the right source line for files with CR-only line endings (positions count "\\r" as a line break)', () => {
    const source = 'Hi Dana,\r\rThanks for writing in. Sorry for the inconvenience with your order.\rI have sent a replacement today.\r\rCheers,\rMo\r';
    const path = draft(source);
    const { result } = lintJson(path);
    const message = result.messages.find((m) => m.ruleId === 'empty-words')!;
    expect(message).toMatchObject({ line: 3, column: 38 });
    const lines = runCli([path]).stdout.split('\n');
    const index = lines.indexOf(`  3:38    error    ${INCONVENIENCE_MESSAGE}  empty-words`);
    expect(index).toBeGreaterThan(-1);
    expect(lines[index + 1]).toBe('      │ Thanks for writing in. Sorry for the inconvenience with your order.');
  });
});

describe('a reader that stops early', () => {
  it('closes the pipe without a stack trace (replylint … | head)', async () => {
    const { spawnSync } = await import('node:child_process');
    const { BIN } = await import('./helpers.js');
    const folder = tempDir();
    writeFiles(folder, Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`${i}.txt`, ERROR])));
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" --format json "${folder}" | head -c 1`], { encoding: 'utf8' });
    expect([run.stdout, run.stderr]).toEqual(['[', '']);
  });
});
