// SARIF 2.1.0, for code scanning: one run, the rules that fired with their docs links, and one
// result per finding at its region in the file (a macro's findings land on its export file).
import { builtinRules } from '../../rules/index.js';
import { docsUrl } from '../engine/lint.js';
import type { FileResult, Finding } from '../types.js';

declare const REPLYLINT_VERSION: string;
const VERSION = typeof REPLYLINT_VERSION === 'string' ? REPLYLINT_VERSION : '0.0.0-dev';
const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

export function formatSarif(results: readonly FileResult[]): string {
  const ids = [...new Set(results.flatMap((r) => r.findings.map((f) => f.ruleId ?? 'replylint')))].sort();
  const meta = new Map(builtinRules.map((rule) => [rule.meta.id, rule.meta]));
  const rules = ids.map((id) => {
    const m = meta.get(id);
    return {
      id,
      shortDescription: { text: m?.summary ?? (id === 'replylint' ? 'A problem with the draft itself.' : `Team rule ${id}`) },
      ...(m ? { helpUri: docsUrl(id), defaultConfiguration: { level: m.severity === 'off' ? 'none' : LEVEL[m.severity] } } : {}),
    };
  });
  const result = (r: FileResult, f: Finding) => {
    const [uri, macro] = r.filePath.split('#');
    return {
      ruleId: f.ruleId ?? 'replylint',
      ruleIndex: ids.indexOf(f.ruleId ?? 'replylint'),
      level: LEVEL[f.severity],
      message: { text: macro ? `${f.message} (macro: ${macro})` : f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: uri.split('\\').join('/') },
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: Math.max(f.endColumn, f.line === f.endLine ? f.column + 1 : 1) },
          },
        },
      ],
    };
  };
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'replylint', version: VERSION, informationUri: 'https://github.com/replylint/replylint', rules } },
        results: results.flatMap((r) => r.findings.map((f) => result(r, f))),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
