// The terminal format: a header per file, one line per finding, the source line with the span
// underlined, each suggested rewrite on its own line, and a summary.
import type { ChalkInstance } from 'chalk';
import type { FileResult, Finding } from '../types.js';
import { total } from './counts.js';

const MAX_SOURCE = 100;

function sourceLines(source: string): (line: number) => string {
  let lines: string[] | undefined;
  return (line) => {
    lines ??= source.split(/\r\n|\r|\n/);
    return lines[line - 1] ?? '';
  };
}

/** The source line (cut around the span when long) with a caret underline. */
function excerpt(lineText: string, finding: Finding): [string, string] {
  const text = lineText.replace(/\t/g, ' ');
  const from = finding.column - 1;
  const to = finding.endLine === finding.line ? Math.max(from + 1, finding.endColumn - 1) : Math.max(from + 1, text.length);
  let left = 0;
  if (text.length > MAX_SOURCE && from > MAX_SOURCE / 2) left = Math.min(from - 20, text.length - MAX_SOURCE);
  left = Math.max(0, left);
  const shown = text.slice(left, left + MAX_SOURCE);
  const prefix = left > 0 ? '…' : '';
  const suffix = left + MAX_SOURCE < text.length ? '…' : '';
  const caretStart = from - left + prefix.length;
  const caretLength = Math.max(1, Math.min(to, left + MAX_SOURCE) - from);
  return [`${prefix}${shown}${suffix}`, `${' '.repeat(caretStart)}${'^'.repeat(caretLength)}`];
}

export function formatStylish(results: readonly FileResult[], color: ChalkInstance): string {
  const out: string[] = [];
  for (const result of results) {
    if (result.findings.length === 0) continue;
    const line = sourceLines(result.source);
    out.push('', color.underline(result.filePath));
    for (const f of result.findings) {
      const severity = f.severity === 'error' ? color.red('error  ') : f.severity === 'warning' ? color.yellow('warning') : color.blue('info   ');
      out.push(`  ${`${f.line}:${f.column}`.padEnd(7)} ${severity}  ${f.message}  ${color.dim(f.ruleId ?? '')}`);
      if (f.ruleId !== null) {
        const [src, carets] = excerpt(line(f.line), f);
        out.push(color.dim(`      │ `) + src, color.dim(`      │ `) + color.red(carets));
      }
      for (const s of f.suggestions) out.push(color.green(`      ↳ ${s.desc}`));
    }
  }
  const sum = total(results);
  const problems = sum.errorCount + sum.warningCount + sum.infoCount;
  if (problems === 0) return '';
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const summary = `✖ ${plural(problems, 'problem')} (${plural(sum.errorCount, 'error')}, ${plural(sum.warningCount, 'warning')}, ${sum.infoCount} info)`;
  out.push('', (sum.errorCount ? color.red : color.yellow).bold(summary));
  if (sum.fixableCount > 0) out.push(color.dim(`  ${sum.fixableCount} fixable with --fix`));
  return `${out.join('\n')}\n`;
}
