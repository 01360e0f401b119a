// The integration files parse and point at what the package ships.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './helpers.js';

describe('integrations', () => {
  it('.pre-commit-hooks.yaml defines the replylint hook on the package binary', () => {
    const [hook] = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8'));
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(hook).toMatchObject({ id: 'replylint', entry: 'replylint', language: 'node' });
    expect(pkg.bin.replylint).toBe('bin/replylint.js');
    expect(new RegExp(hook.files).test('macros/refund.md')).toBe(true);
  });

  it('action.yml sets up Node and runs the CLI with --format github', () => {
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
    const steps = action.runs.steps as Array<{ uses?: string; run?: string }>;
    expect(steps[0].uses).toMatch(/^actions\/setup-node@/);
    expect(steps.find((s) => s.run?.includes('--format github'))?.run).toContain('bin/replylint.js" --format github');
    expect(steps.at(-1)?.uses).toMatch(/^github\/codeql-action\/upload-sarif@/);
    expect(existsSync(join(ROOT, 'bin', 'replylint.js'))).toBe(true);
  });
});

describe('examples/macro-repo', () => {
  it('behaves as its README says: config, team phrase, platform placeholders, ignore file', async () => {
    const { runCli } = await import('./helpers.js');
    const run = runCli(['--format', 'json', 'macros'], { cwd: join(ROOT, 'examples', 'macro-repo') });
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
    expect(results.map((r) => r.filePath)).toEqual(['macros/billing/refund-issued.md', 'macros/shipping/delayed-parcel.md']);
    expect(results[0].messages).toEqual([]);
    expect(results[1].messages.map((m) => m.ruleId)).toEqual(['unknown-placeholder', 'non-apology', 'missing-thanks', 'empty-words', 'phrases/1', 'sign-off', 'sign-off']);
    expect(run.status).toBe(1);
  });
});
