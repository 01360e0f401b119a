// The CI formats and --output-file, through the CLI.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { runCli } from './helpers.js';

function draft(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'replylint-fmt-')), 'draft.txt');
  writeFileSync(path, text);
  return path;
}

const TEXT = 'Hi Jo,\n\nThanks for writing in. Sorry for the inconvenience, 50% off: next time.\n\nCheers,\nMo\n';

describe('output formats', () => {
  it('compact: one line per finding and a count', () => {
    const path = draft(TEXT);
    const out = runCli(['-f', 'compact', path]).stdout.split('\n');
    expect(out[0]).toBe(`${path}: line 3, col 24, Error - "Sorry for the inconvenience" apologises for nothing in particular: name what went wrong and own it. (non-apology)`);
    expect(out.at(-2)).toBe('2 problems');
  });

  it('github: workflow commands with file, line, col, endLine, endColumn, title and escaped data', () => {
    const path = draft(TEXT);
    const lines = runCli(['-f', 'github', path]).stdout.trim().split('\n');
    expect(lines[1]).toBe(
      `::error file=${path},line=3,col=38,endLine=3,endColumn=51,title=empty-words::"inconvenience" is an empty word: name the actual trouble (a late parcel, a double charge). (https://github.com/replylint/replylint/blob/main/docs/rules/empty-words.md)`,
    );
  });

  it('github: a macro in an export is annotated on the export file', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'replylint-fmt-')), 'macros.json');
    writeFileSync(path, JSON.stringify({ macros: [{ title: 'Refund', actions: [{ field: 'comment_value', value: 'Hi {{ticket.requester.first_name}},\n\nSorry for any inconvenience.\n\nCheers,\nMo' }] }] }, null, 2));
    const out = runCli(['-f', 'github', path]).stdout;
    expect(out).toContain(`file=${path},line=8,col=60,`);
    expect(out).not.toContain('#Refund');
  });

  it('junit: a testsuite per file and a failure per finding', () => {
    const out = runCli(['-f', 'junit', draft(TEXT)]).stdout;
    expect(out).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<testsuites name="replylint" failures="2">/);
    expect(out).toContain('<failure message="&quot;inconvenience&quot; is an empty word: name the actual trouble (a late parcel, a double charge)." type="error">');
  });

  it('--output-file writes the report there and nothing on stdout', () => {
    const path = draft(TEXT);
    const report = join(mkdtempSync(join(tmpdir(), 'replylint-fmt-')), 'report.json');
    const run = runCli(['-f', 'json', '-o', report, path]);
    expect(run.stdout).toBe('');
    expect(run.status).toBe(1);
    expect(JSON.parse(readFileSync(report, 'utf8'))[0].errorCount).toBe(2);
  });
});

describe('sarif', () => {
  it('validates against the official SARIF 2.1.0 schema, with rule docs and regions', async () => {
    // ajv-draft-04 is CommonJS; the schema is draft-04 and has one pattern that is not valid with the "u" flag.
    const loaded = (await import('ajv-draft-04')) as unknown as { default: { default?: unknown } };
    const Ajv = (loaded.default.default ?? loaded.default) as new (options: object) => { compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown[] | null } };
    const schema = JSON.parse(readFileSync(join(__dirname, 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8'));
    const validate = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false }).compile(schema);
    const path = draft(TEXT);
    const log = JSON.parse(runCli(['-f', 'sarif', path, join(__dirname, '..', 'fixtures', 'inputs', 'zendesk', 'single-macro.json')]).stdout);
    expect(validate({ version: '2.1.0', runs: 'none' })).toBe(false);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const run = log.runs[0];
    expect(run.tool.driver.rules.find((r: { id: string }) => r.id === 'empty-words')).toMatchObject({
      helpUri: 'https://github.com/replylint/replylint/blob/main/docs/rules/empty-words.md',
      defaultConfiguration: { level: 'error' },
    });
    expect(run.results[1]).toMatchObject({
      ruleId: 'empty-words',
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: path }, region: { startLine: 3, startColumn: 38, endLine: 3, endColumn: 51 } } }],
    });
  });
});
