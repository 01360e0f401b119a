// The library API (the CLI is a thin layer over it) and `replylint init`.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { lint, lintFiles, loadConfig, getFormatter, defineRule, builtinRules } from '../src/index.js';
import { runCli } from './helpers.js';

const DRAFT = 'Hi Sam,\n\nThanks for writing in. It looks like the sync failed.\n\nCheers,\nMo\n';

describe('library API', () => {
  it('lint() lints a text with the recommended rules', () => {
    expect(lint(DRAFT).findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([['hedging', 3, 24]]);
  });

  it('lintFiles() reads configuration, overrides and every input format, like the CLI', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-api-'));
    mkdirSync(join(dir, 'macros'));
    writeFileSync(join(dir, 'macros', 'a.txt'), DRAFT);
    writeFileSync(join(dir, 'macros', 'export.json'), JSON.stringify([{ title: 'Hedge', body: DRAFT }]));
    writeFileSync(join(dir, '.replylintrc.json'), JSON.stringify({ rules: { hedging: 'error' } }));
    const results = await lintFiles(['macros/a.txt', 'macros/export.json'], { cwd: dir });
    expect(results.map((r) => [r.filePath.replace(dir, ''), r.findings.map((f) => [f.ruleId, f.severity])])).toEqual([
      ['/macros/a.txt', [['hedging', 'error']]],
      ['/macros/export.json#Hedge', [['hedging', 'error']]],
    ]);
    expect((await loadConfig(dir)).rules).toEqual({ hedging: 'error' });
  });

  it('getFormatter() and defineRule() are the ones the CLI uses', () => {
    expect(JSON.parse(getFormatter('json')([lint(DRAFT, { filePath: 'x.txt' })], undefined as never))[0].warningCount).toBe(1);
    const rule = defineRule({ meta: { id: 'demo', severity: 'info', summary: 'Demo.', seed: 'none' }, check: () => [] });
    expect(rule.meta.id).toBe('demo');
    expect(builtinRules.length).toBe(24);
  });
});

describe('replylint init', () => {
  it('writes a commented starter that replylint reads, and refuses to overwrite', () => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-init-'));
    writeFileSync(join(dir, 'draft.txt'), DRAFT);
    expect(runCli(['init'], { cwd: dir }).status).toBe(0);
    expect(existsSync(join(dir, '.replylintrc.yml'))).toBe(true);
    expect(readFileSync(join(dir, '.replylintrc.yml'), 'utf8')).toContain('extends: recommended');
    expect(runCli(['draft.txt'], { cwd: dir }).status).toBe(0);
    const again = runCli(['init'], { cwd: dir });
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('already exists');
  });
});
