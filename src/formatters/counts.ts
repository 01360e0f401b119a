import type { Finding } from '../types.js';

export interface Counts {
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableCount: number;
}

export function counts(findings: readonly Finding[]): Counts {
  const c: Counts = { errorCount: 0, warningCount: 0, infoCount: 0, fixableCount: 0 };
  for (const f of findings) {
    if (f.severity === 'error') c.errorCount++;
    else if (f.severity === 'warning') c.warningCount++;
    else c.infoCount++;
    if (f.fix) c.fixableCount++;
  }
  return c;
}

export function total(results: ReadonlyArray<{ findings: readonly Finding[] }>): Counts {
  const sum: Counts = { errorCount: 0, warningCount: 0, infoCount: 0, fixableCount: 0 };
  for (const r of results) {
    const c = counts(r.findings);
    sum.errorCount += c.errorCount;
    sum.warningCount += c.warningCount;
    sum.infoCount += c.infoCount;
    sum.fixableCount += c.fixableCount;
  }
  return sum;
}
