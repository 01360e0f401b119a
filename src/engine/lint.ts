// Runs the enabled rules over one reply document and turns their reports into findings: the
// engine, not the rule, stamps the rule id, severity, docs link and line/column.
import { location } from 'vfile-location';
import type { Finding, ReplyDocument, Report, Rule, RuleOptions, Severity } from '../types.js';
import { RuleContractError } from './errors.js';

export interface EnabledRule {
  rule: Rule;
  severity: Exclude<Severity, 'off'>;
  options: RuleOptions;
}

import { builtinRules } from '../../rules/index.js';

const BUILTIN = new Set(builtinRules.map((rule) => rule.meta.id));

export const DOCS_BASE = 'https://github.com/replylint/replylint/blob/main/docs/rules/';

export function docsUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`;
}

export function runRules(doc: ReplyDocument, rules: readonly EnabledRule[]): Finding[] {
  // Lines are indexed only for a reply with findings; indexed loops, as this runs once per rule
  // per reply, mostly before V8 optimises it.
  let place: Place | undefined;
  const findings: Finding[] = [];
  for (let r = 0; r < rules.length; r++) {
    const { rule, severity, options } = rules[r];
    if ((rule.meta.needsOriginal && !doc.customer) || (rule.meta.wholeReply && doc.part)) continue;
    const returned = rule.check(doc, { options });
    // A plugin written in JavaScript may hand back any iterable.
    const reports = Array.isArray(returned) ? returned : Array.from(returned as Iterable<Report>);
    for (let i = 0; i < reports.length; i++) findings.push(toFinding(reports[i], rule, severity, doc.text, (place ??= location(doc.text))));
  }
  return sortFindings(findings);
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) => a.span.start - b.span.start || a.span.end - b.span.end || String(a.ruleId).localeCompare(String(b.ruleId)),
  );
}

type Place = ReturnType<typeof location>;

export function toFinding(report: Report, rule: Rule, severity: Finding['severity'], text: string, place: Place): Finding {
  const { id, fixable } = rule.meta;
  if (report.fix && !fixable) {
    throw new RuleContractError(`rule "${id}" returned a fix, but its meta does not say fixable: true`);
  }
  const { start, end } = report.span;
  if (!(start >= 0 && end >= start && end <= text.length)) {
    throw new RuleContractError(`rule "${id}" reported span [${start}, ${end}) outside the file (length ${text.length})`);
  }
  const from = position(place, start);
  const to = position(place, end);
  return {
    ruleId: id,
    severity: report.nudge ? 'info' : severity,
    message: report.message,
    span: { start, end },
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    suggestions: report.suggestions ?? [],
    fix: report.fix,
    // Built-in rules link to their docs page; team phrases and plugin rules have none here.
    docs: BUILTIN.has(id) ? docsUrl(id) : undefined,
  };
}

/** vfile-location answers for offsets inside the text; the end of file is the last line's end. */
export function position(place: Place, offset: number): { line: number; column: number } {
  const point = place.toPoint(offset);
  if (point) return { line: point.line, column: point.column };
  const previous = offset > 0 ? place.toPoint(offset - 1) : undefined;
  return previous ? { line: previous.line, column: previous.column + 1 } : { line: 1, column: 1 };
}
