// Team configuration through cosmiconfig: found in the working folder or given with --config;
// every mistake is one line naming the file and the key path, exit 2.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { runCli } from './helpers.js';

const DRAFT = 'Hi Sam,\n\nThanks for your ticket about Tuneloop. It looks like the sync failed.\n\nCheers,\nMo\n';

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'replylint-cfg-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  writeFileSync(join(dir, 'draft.txt'), DRAFT);
  return dir;
}

const messages = (dir: string, args: string[] = []) =>
  JSON.parse(runCli(['--format', 'json', ...args, 'draft.txt'], { cwd: dir }).stdout)[0].messages as Array<{ ruleId: string; severity: number; message: string }>;

describe('configuration', () => {
  it('is found as .replylintrc.json: rule severities, team phrases', () => {
    const dir = project({
      '.replylintrc.json': JSON.stringify({ rules: { hedging: 'error' }, phrases: [{ find: 'ticket', replace: ['request'], message: 'Say "request", not "{match}".', severity: 'error' }] }),
    });
    expect(messages(dir).map((m) => [m.ruleId, m.severity, m.message])).toEqual([
      ['phrases/1', 2, 'Say "request", not "ticket".'],
      ['hedging', 2, '"It looks like" hedges about something you did or checked: say it with certainty.'],
    ]);
  });

  it('is read from YAML in .replylintrc and from package.json#replylint', () => {
    expect(messages(project({ '.replylintrc': 'rules:\n  hedging: "off"\n' })).map((m) => m.ruleId)).not.toContain('hedging');
    expect(messages(project({ 'package.json': JSON.stringify({ name: 'x', replylint: { rules: { hedging: 'off' } } }) })).map((m) => m.ruleId)).not.toContain('hedging');
  });

  it('--rule on the command line wins over the file', () => {
    const dir = project({ '.replylintrc.json': JSON.stringify({ rules: { hedging: 'off' } }) });
    expect(messages(dir, ['--rule', 'hedging:info']).map((m) => [m.ruleId, m.severity])).toEqual([['hedging', 0]]);
  });

  it('--print-config shows the preset, every rule and the file it came from', () => {
    const dir = project({ 'team.json': JSON.stringify({ extends: 'strict', dictionary: ['Tuneloop'] }) });
    const printed = JSON.parse(runCli(['--config', 'team.json', '--print-config', 'draft.txt'], { cwd: dir }).stdout);
    expect(printed.configFile).toBe(join(dir, 'team.json'));
    expect(printed.preset).toBe('strict');
    expect(printed.rules['false-hope']).toBe('info');
    expect(printed.rules.spelling).toEqual(['warning', { words: ['Tuneloop'] }]);
  });

  const failures: Array<[string, string, RegExp]> = [
    ['unknown rule', JSON.stringify({ rules: { hedgin: 'error' } }), /bad\.json: rules\.hedgin: expected a rule id .*found "hedgin"/],
    ['bad severity', JSON.stringify({ rules: { hedging: 'loud' } }), /bad\.json: rules\.hedging: expected a severity .*found "loud"/],
    ['bad options', JSON.stringify({ rules: { readability: ['info', 3] } }), /bad\.json: rules\.readability\[1\]: expected an object of options, found 3/],
    ['unknown option', JSON.stringify({ rules: { readability: ['info', { maxWords: 3 }] } }), /rules\.readability: unknown option "maxWords"/],
    ['unknown key', JSON.stringify({ rulez: {} }), /bad\.json: rulez: expected one of the keys/],
    ['bad extends', JSON.stringify({ extends: 'lax' }), /bad\.json: extends: expected a preset: recommended, strict, macros, chat, a file path starting with \.\/ or an installed package, found "lax"/],
    ['bad phrase', JSON.stringify({ phrases: [{ find: '(a b' }] }), /bad\.json: phrases\[0\]\.find: expected a valid pattern, found "\(a b"/],
    ['bad dictionary', JSON.stringify({ dictionary: 'Acme' }), /bad\.json: dictionary: expected a list of words, found "Acme"/],
    ['invalid JSON', '{ "rules": ', /bad\.json: cannot read the configuration/],
  ];
  for (const [what, text, pattern] of failures) {
    it(`${what}: one line, exit 2`, () => {
      const dir = project({ 'bad.json': text });
      const run = runCli(['--config', 'bad.json', 'draft.txt'], { cwd: dir });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(pattern);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).not.toContain('    at ');
    });
  }
});

describe('.replylintignore', () => {
  function tree(): string {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-ign-'));
    const text = 'Hi Sam,\n\nSorry for the inconvenience.\n\nCheers,\nMo\n';
    for (const name of ['macros/drafts/a.md', 'macros/archive/b.md', 'macros/drafts/c.draft.md']) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    writeFileSync(join(dir, '.replylintignore'), 'macros/archive/\n*.draft.md\n');
    return dir;
  }
  const files = (dir: string, args: string[]) => JSON.parse(runCli(['--format', 'json', ...args], { cwd: dir }).stdout).map((r: { filePath: string }) => r.filePath);

  it('skips what it names (gitignore syntax); --no-ignore lints everything', () => {
    const dir = tree();
    expect(files(dir, ['macros'])).toEqual(['macros/drafts/a.md']);
    expect(files(dir, ['--no-ignore', 'macros'])).toEqual(['macros/archive/b.md', 'macros/drafts/a.md', 'macros/drafts/c.draft.md']);
  });

  it('--ignore-path reads another file; a missing one is a one-line failure', () => {
    const dir = tree();
    writeFileSync(join(dir, 'other-ignore'), 'macros/drafts/\n');
    expect(files(dir, ['--ignore-path', 'other-ignore', 'macros'])).toEqual(['macros/archive/b.md']);
    const run = runCli(['--ignore-path', 'nope', 'macros'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('replylint: --ignore-path nope: no such file; check the path\n');
  });
});

describe('overrides and ignore in the configuration', () => {
  it('apply rule settings per glob and skip ignored globs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-ovr-'));
    for (const sub of ['macros/billing', 'macros/old']) mkdirSync(join(dir, sub), { recursive: true });
    for (const name of ['macros/a.txt', 'macros/billing/b.txt', 'macros/old/c.txt']) writeFileSync(join(dir, name), DRAFT);
    writeFileSync(
      join(dir, '.replylintrc.json'),
      JSON.stringify({ rules: { hedging: 'error' }, overrides: [{ files: 'macros/billing/**', rules: { hedging: 'off' } }], ignore: ['macros/old/**'] }),
    );
    const results = JSON.parse(runCli(['--format', 'json', 'macros'], { cwd: dir }).stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; severity: number }> }>;
    expect(results.map((r) => [r.filePath, r.messages.filter((m) => m.ruleId === 'hedging').map((m) => m.severity)])).toEqual([
      ['macros/a.txt', [2]],
      ['macros/billing/b.txt', []],
    ]);
  });

  it('names what ignored every file given: the ignore file, or the configuration too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-all-ignored-'));
    mkdirSync(join(dir, 'macros'));
    writeFileSync(join(dir, 'macros', 'a.txt'), DRAFT);
    writeFileSync(join(dir, '.replylintrc.json'), JSON.stringify({ ignore: ['macros/**'] }));
    const byConfig = runCli(['macros/a.txt'], { cwd: dir });
    expect([byConfig.status, byConfig.stderr]).toEqual([2, 'replylint: every file given is ignored by .replylintignore or the configuration\'s "ignore"; use --no-ignore to lint them\n']);
    rmSync(join(dir, '.replylintrc.json'));
    writeFileSync(join(dir, '.replylintignore'), 'macros/\n');
    const byFile = runCli(['macros/a.txt'], { cwd: dir });
    expect([byFile.status, byFile.stderr]).toEqual([2, 'replylint: every file given is ignored by .replylintignore; use --no-ignore to lint them\n']);
  });

  it('a bad override names its key path', () => {
    const dir = project({ 'bad.json': JSON.stringify({ overrides: [{ files: 3, rules: {} }] }) });
    expect(runCli(['--config', 'bad.json', 'draft.txt'], { cwd: dir }).stderr).toMatch(/bad\.json: overrides\[0\]\.files: expected a glob or a list of globs, found 3/);
  });
});

describe('plugins, extends and placeholders', () => {
  it('loads plugin rules, merges a base configuration and treats team placeholders as opaque', () => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-plg-'));
    writeFileSync(
      join(dir, 'team-rules.mjs'),
      `export const rules = [{
        meta: { id: 'team/no-lol', severity: 'warning', summary: 'No "lol".', seed: 'team' },
        check(doc) {
          const out = [];
          for (const p of doc.paragraphs) for (const s of p.sentences) for (const t of s.tokens) if (t.norm === 'lol') out.push({ span: { start: t.start, end: t.end }, message: 'Leave "lol" out.' });
          return out;
        },
      }];\n`,
    );
    writeFileSync(join(dir, 'base.json'), JSON.stringify({ rules: { hedging: 'error' } }));
    writeFileSync(join(dir, '.replylintrc.json'), JSON.stringify({ extends: './base.json', plugins: ['./team-rules.mjs'], rules: { 'team/no-lol': 'error' }, placeholders: ['%%[A-Z_]+%%'] }));
    writeFileSync(join(dir, 'draft.txt'), 'Hi Sam,\n\nThanks for writing in, lol. It looks like the %%FEEDBACK%% sync failed.\n\nCheers,\nMo\n');
    const found = JSON.parse(runCli(['--format', 'json', 'draft.txt'], { cwd: dir }).stdout)[0].messages.map((m: { ruleId: string; severity: number }) => [m.ruleId, m.severity]);
    expect(found).toEqual([
      ['team/no-lol', 2],
      ['hedging', 2],
    ]);
  });

  it('a plugin that exports no rules is a one-line failure', () => {
    const dir = project({ 'empty.mjs': 'export const nothing = 1;\n', '.replylintrc.json': JSON.stringify({ plugins: ['./empty.mjs'] }) });
    const run = runCli(['draft.txt'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/\.replylintrc\.json: plugins\[0\]: "\.\/empty\.mjs" exports no rules/);
  });
});

describe('replylint.config.ts', () => {
  it('is read through cosmiconfig (TypeScript must be installed in the project)', () => {
    const dir = project({ 'replylint.config.ts': "const config: { rules: Record<string, string> } = { rules: { hedging: 'off' } };\nexport default config;\n" });
    expect(messages(dir).map((m) => m.ruleId)).not.toContain('hedging');
  });
});
