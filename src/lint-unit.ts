// Lints the replies read from one file and puts every finding on the file's own lines: spans,
// line and column, and fixes are mapped from the reply back into the file.
import { location } from 'vfile-location';
import { position, type EnabledRule } from './engine/lint.js';
import { lintText } from './lint-text.js';
import type { LintUnit } from './inputs/unit.js';
import { applyDirectives, readDirectives } from './directives.js';
import type { FileResult, Finding, Fix } from './types.js';

export interface UnitOptions {
  enabled: readonly EnabledRule[];
  /** Report replylint-disable directives that switched nothing off. */
  reportUnusedDirectives?: boolean;
  original?: string;
  customerName?: string;
}

export function lintUnits(source: string, units: readonly LintUnit[], options: UnitOptions): FileResult[] {
  let place: ReturnType<typeof location> | undefined;
  return units.map((unit) => {
    // Directive lines are blanked (same length) so no rule reads them; offsets stay put.
    const { text, directives } = readDirectives(unit.text);
    const reduced = text === unit.text ? unit : { ...unit, text };
    const linted = lintText(reduced.text, {
      filePath: unit.name,
      original: options.original ?? unit.original,
      customerName: options.customerName ?? unit.customerName,
      platform: unit.platform,
      enabled: options.enabled,
    });
    const unitPlace = directives.length > 0 ? location(reduced.text) : undefined;
    const result = unitPlace
      ? { ...linted, findings: applyDirectives(linted.findings, directives, options.reportUnusedDirectives === true, (o) => position(unitPlace, o)) }
      : linted;
    if (isIdentity(unit, source)) return { filePath: result.filePath, source, findings: result.findings };
    place ??= location(source);
    const findings = result.findings.map((f) => relocate(f, reduced, source, place!));
    return { filePath: unit.name, source, findings };
  });
}

function isIdentity(unit: LintUnit, source: string): boolean {
  return unit.text === source && unit.map.toFile(0) === 0 && unit.map.toFile(source.length) === source.length;
}

function relocate(finding: Finding, unit: LintUnit, source: string, place: ReturnType<typeof location>): Finding {
  const start = unit.map.toFile(finding.span.start);
  const end = finding.span.end > finding.span.start ? unit.map.toFile(finding.span.end - 1) + 1 : start;
  const from = position(place, start);
  const to = position(place, Math.max(start, end));
  const move = (fix: Fix | undefined): Fix | undefined => (fix ? mapFix(fix, unit, source) : undefined);
  return {
    ...finding,
    span: { start, end: Math.max(start, end) },
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    fix: move(finding.fix),
    suggestions: finding.suggestions.map((s) => ({ ...s, fix: move(s.fix) })),
  };
}

/**
 * A fix is carried into the file only where the replaced text stands there verbatim (once
 * encoded for its container), so applying it can never corrupt a JSON string or a YAML block.
 */
function mapFix(fix: Fix, unit: LintUnit, source: string): Fix | undefined {
  if (!unit.encode) return undefined;
  const [a, b] = fix.range;
  const start = unit.map.toFile(a);
  const end = b > a ? unit.map.toFile(b - 1) + 1 : start;
  const original = unit.text.slice(a, b);
  const encoded = unit.encode(original);
  if (source.slice(start, end) !== encoded) return undefined;
  return { range: [start, end], text: unit.encode(fix.text) };
}
