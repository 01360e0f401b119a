// ESLint-compatible JSON, plus suggestions (spec/cli.md "JSON output").
import type { FileResult, Finding } from '../types.js';
import { counts } from './counts.js';

const SEVERITY_NUMBER = { error: 2, warning: 1, info: 0 } as const;

function message(finding: Finding) {
  return {
    ruleId: finding.ruleId,
    severity: SEVERITY_NUMBER[finding.severity],
    message: finding.message,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    suggestions: finding.suggestions.map((s) => (s.fix ? { desc: s.desc, text: s.text, fix: s.fix } : { desc: s.desc, text: s.text })),
    ...(finding.fix ? { fix: finding.fix } : {}),
  };
}

export function formatJson(results: readonly FileResult[]): string {
  return JSON.stringify(
    results.map((result) => ({
      filePath: result.filePath,
      messages: result.findings.map(message),
      ...counts(result.findings),
      ...(result.output !== undefined ? { output: result.output } : {}),
    })),
  );
}
