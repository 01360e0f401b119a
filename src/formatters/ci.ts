// Formats for CI: compact (one line per finding), GitHub workflow commands (annotations on the
// pull request), and JUnit XML (test reports). Each carries the rule's docs link where it fits.
import type { FileResult, Finding } from '../types.js';

const LABEL = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

export function formatCompact(results: readonly FileResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    for (const f of r.findings) lines.push(`${r.filePath}: line ${f.line}, col ${f.column}, ${LABEL[f.severity]} - ${f.message}${f.ruleId ? ` (${f.ruleId})` : ''}`);
  }
  const n = lines.length;
  return n === 0 ? '' : `${lines.join('\n')}\n\n${n} problem${n === 1 ? '' : 's'}\n`;
}

/** GitHub's escaping: data escapes %, CR, LF; properties also ":" and ",". */
const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const property = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

export function formatGithub(results: readonly FileResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    // A macro inside an export is annotated on the export file itself.
    const file = r.filePath.split('#')[0];
    for (const f of r.findings) {
      const props = [`file=${property(file)}`, `line=${f.line}`, `col=${f.column}`, `endLine=${f.endLine}`, `endColumn=${f.endColumn}`, `title=${property(f.ruleId ?? 'replylint')}`];
      const docs = f.docs ? ` (${f.docs})` : '';
      lines.push(`::${COMMAND[f.severity]} ${props.join(',')}::${data(`${f.message}${docs}`)}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function testcase(r: FileResult, f: Finding): string {
  const name = `${f.line}:${f.column} ${f.ruleId ?? 'replylint'}`;
  const body = [f.message, ...f.suggestions.map((s) => `suggestion: ${s.desc}`), f.docs ? `docs: ${f.docs}` : ''].filter(Boolean).join('\n');
  return `    <testcase classname="${xml(r.filePath)}" name="${xml(name)}"><failure message="${xml(f.message)}" type="${f.severity}">${xml(body)}</failure></testcase>`;
}

export function formatJunit(results: readonly FileResult[]): string {
  const suites = results.map((r) => {
    const cases = r.findings.length > 0 ? r.findings.map((f) => testcase(r, f)) : [`    <testcase classname="${xml(r.filePath)}" name="replylint"/>`];
    return `  <testsuite name="${xml(r.filePath)}" tests="${Math.max(1, r.findings.length)}" failures="${r.findings.length}" errors="0">\n${cases.join('\n')}\n  </testsuite>`;
  });
  const failures = results.reduce((n, r) => n + r.findings.length, 0);
  return `<?xml version="1.0" encoding="utf-8"?>\n<testsuites name="replylint" failures="${failures}">\n${suites.join('\n')}\n</testsuites>\n`;
}
