// Real inputs: helpdesk exports, HTML and e-mail. Every finding must land on the right line and
// column of the file it came from, and fixes inside an export must keep it valid.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { location } from 'vfile-location';
import { resolveRules } from '../src/config.js';
import { readUnits } from '../src/inputs/read.js';
import { lintUnits } from '../src/lint-unit.js';
import type { FileResult } from '../src/types.js';
import { ROOT, runCli } from './helpers.js';

const INPUTS = join(ROOT, 'fixtures', 'inputs');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

async function lint(path: string): Promise<{ source: string; results: FileResult[] }> {
  const bytes = readFileSync(path);
  const source = /\.eml$/.test(path) ? bytes.toString('latin1') : bytes.toString('utf8');
  const name = relative(INPUTS, path);
  const { units } = await readUnits(name, bytes, source);
  return { source, results: lintUnits(source, units, { enabled: resolveRules({ preset: 'strict' }) }) };
}

const samples = files(INPUTS).filter((p) => !p.includes(`${join('inputs', 'bad')}`) && !p.endsWith('README.md'));

describe('macro exports', () => {
  it('name each macro path#title, in the order of the export', async () => {
    const zendesk = await lint(join(INPUTS, 'zendesk', 'macros-export.json'));
    expect(zendesk.results.map((r) => r.filePath)).toEqual([
      'zendesk/macros-export.json#Billing::Refund processed',
      'zendesk/macros-export.json#Login::Password reset fixed',
      'zendesk/macros-export.json#Billing::Invoice question - redirect',
      'zendesk/macros-export.json#Shipping::Delayed order',
      'zendesk/macros-export.json#Product::Feature request received',
    ]);
    const github = await lint(join(INPUTS, 'github', '.github', 'replies.yml'));
    expect(github.results.map((r) => r.filePath.split('#')[1])).toEqual(['Needs reproduction', 'Duplicate', 'Fixed in release', 'Out of scope']);
  });

  it('read every platform shape in the samples', async () => {
    const counts: Record<string, number> = {};
    for (const path of samples.filter((p) => /\.(json|ya?ml)$/.test(p))) counts[relative(INPUTS, path)] = (await lint(path)).results.length;
    expect(counts).toEqual({
      'freshdesk/canned-responses.json': 4,
      'front/templates.json': 3,
      'generic/macros.json': 3,
      'generic/macros.yaml': 3,
      'github/.github/replies.yml': 4,
      'gorgias/macros.json': 3,
      'helpscout/saved-replies.json': 4,
      'intercom/saved-replies.json': 4,
      'zendesk/macros-export.json': 5,
      'zendesk/single-macro.json': 1,
    });
  });

  it('keep the export valid JSON when every safe fix is applied', async () => {
    for (const path of samples.filter((p) => p.endsWith('.json'))) {
      const { source, results } = await lint(path);
      const fixes = results.flatMap((r) => r.findings.flatMap((f) => (f.fix ? [f.fix] : []))).sort((a, b) => b.range[0] - a.range[0]);
      let fixed = source;
      let last = Number.POSITIVE_INFINITY;
      for (const fix of fixes) {
        if (fix.range[1] > last) continue;
        fixed = fixed.slice(0, fix.range[0]) + fix.text + fixed.slice(fix.range[1]);
        last = fix.range[0];
      }
      expect(() => JSON.parse(fixed), path).not.toThrow();
    }
  });
});

describe('positions in the containing file', () => {
  for (const path of samples) {
    it(`are exact in ${relative(INPUTS, path)}`, async () => {
      const { source, results } = await lint(path);
      const place = location(source);
      for (const finding of results.flatMap((r) => r.findings)) {
        expect(place.toPoint(finding.span.start), finding.message).toMatchObject({ line: finding.line, column: finding.column });
        // A finding that quotes a word or phrase sits on that phrase in the file.
        // (A base64 part has no such correspondence: its findings point at the body's first line.)
        const quoted = /^"([\w ,'-]{3,60})"/.exec(finding.message)?.[1];
        const raw = source.slice(finding.span.start, finding.span.end);
        if (quoted && !/[&=\\<]/.test(raw) && !path.includes('base64')) expect(raw.replace(/\s+/g, ' '), finding.message).toBe(quoted);
      }
    });
  }
});

describe('HTML and e-mail', () => {
  it('treats a Gmail quote container as the customer, never as the agent', async () => {
    const { source, results } = await lint(join(INPUTS, 'html', 'gmail-reply.html'));
    const quote = source.indexOf('gmail_quote');
    const agentRules = results[0].findings.filter((f) => f.ruleId !== 'unanswered-points' && f.ruleId !== 'missing-empathy');
    expect(quote).toBeGreaterThan(0);
    expect(agentRules.length).toBeGreaterThan(0);
    expect(agentRules.every((f) => f.span.start < quote)).toBe(true);
  });

  it('skips <code> and <pre> in HTML', async () => {
    const { source, results } = await lint(join(INPUTS, 'html', 'code-blocks-reply.html'));
    for (const f of results[0].findings) {
      const before = source.slice(0, f.span.start);
      expect((before.match(/<pre|<code/g) ?? []).length, f.message).toBe((before.match(/<\/pre>|<\/code>/g) ?? []).length);
    }
  });

  it('reads an 8-bit e-mail from its own bytes, in its declared charset, whichever way it is linted', () => {
    // Not valid UTF-8: the CLI decodes the file leniently (latin1) for line counting, but the
    // message's parts must be read from the file's bytes, not from a re-encoding of that text.
    const dir = mkdtempSync(join(tmpdir(), 'replylint-eml8-'));
    const head = 'From: Dana Ruiz <dana@example.com>\r\nSubject: Opening hours\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: 8bit\r\n\r\n';
    const body = 'Hi Dana,\r\n\r\nPlease see our caf\u00e9 guide for the opening hours.\r\n\r\nCheers,\r\nMo\r\n';
    writeFileSync(join(dir, 'reply.eml'), Buffer.from(head + body, 'latin1'));
    for (const workers of ['0', '2']) {
      const run = runCli(['--format', 'json', dir], { env: { REPLYLINT_WORKERS: workers } });
      const messages = (JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; message: string }> }>)[0].messages;
      expect(messages.find((m) => m.ruleId === 'link-only')?.message).toMatch(/^"Please see our café guide for the opening hours\." sends the customer off to read/);
    }
  });

  it('takes the customer name for greeting from an --original .eml From header', () => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-eml-'));
    const draft = join(dir, 'reply.txt');
    writeFileSync(draft, 'Hello,\n\nThanks for writing in. Your refund went out today and reaches your card by Friday.\n\nCheers,\nMo\n');
    const run = runCli(['--format', 'json', '--original', join(INPUTS, 'eml', 'customer-original.eml'), draft]);
    const greeting = JSON.parse(run.stdout)[0].messages.find((m: { ruleId: string }) => m.ruleId === 'greeting');
    expect(greeting).toMatchObject({ severity: 0, message: '"Hello," leaves out the customer\'s name: "Hi Priya," reads warmer.' });
  });
});

describe('bad exports', () => {
  const bad = (name: string) => runCli([join(INPUTS, 'bad', name)]);

  it('malformed JSON names the file, line and column', () => {
    const run = bad('malformed.json');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/malformed\.json: invalid JSON at line 7, column \d+/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('malformed YAML names the file, line and column', () => {
    const run = bad('malformed.yaml');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/malformed\.yaml: invalid YAML at line \d+, column \d+/);
  });

  it('an export with no replies says which formats are read and how to force one', () => {
    for (const name of ['empty-export.json', 'unknown-structure.json']) {
      const run = bad(name);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/no reply text|no replies found/);
    }
    expect(bad('empty-export.json').stderr).toContain('--input-format');
  });
});
