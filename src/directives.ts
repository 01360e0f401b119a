// Inline control: "replylint-disable [ids]", "replylint-enable [ids]" and
// "replylint-disable-next-line [ids]", in an HTML/Markdown comment or on a line of their own.
import { rulesById } from './config.js';
import { blankOut, splitLines } from './document/lines.js';
import type { Finding, Span } from './types.js';

type Kind = 'disable' | 'enable' | 'disable-next-line';

interface Directive extends Span {
  kind: Kind;
  /** Rule ids; empty means every rule. */
  ids: string[];
  used: boolean;
}

const LINE = /^\s*(?:<!--\s*)?replylint-(disable-next-line|disable|enable)\b([^>\n]*?)\s*(?:-->)?\s*$/;

export interface Directives {
  /** The text with directive lines blanked, so no rule reads them as the agent's words. */
  text: string;
  directives: Directive[];
}

export function readDirectives(text: string): Directives {
  if (!text.includes('replylint-')) return { text, directives: [] };
  const lines = splitLines(text);
  const directives: Directive[] = [];
  lines.forEach((line, i) => {
    const m = LINE.exec(line.text);
    if (!m) return;
    const ids = m[2].split(/[\s,]+/).filter(Boolean);
    const kind = m[1] as Kind;
    if (kind === 'disable-next-line') {
      const next = lines.slice(i + 1).find((l) => l.text.trim() !== '');
      directives.push({ kind, ids, start: next?.start ?? line.end, end: next?.end ?? line.end, used: false });
    } else {
      directives.push({ kind, ids, start: line.start, end: line.end, used: false });
    }
  });
  const blanks = lines.filter((l) => LINE.test(l.text));
  return { text: blankOut(text, blanks), directives };
}

/** Whether the finding at `offset` for `ruleId` is switched off by the directives before it. */
function disabledBy(directives: Directive[], ruleId: string, offset: number): Directive | undefined {
  let active: Directive | undefined;
  const off = new Map<string, Directive>();
  let all: Directive | undefined;
  for (const d of directives) {
    if (d.kind === 'disable-next-line') {
      if (offset >= d.start && offset < Math.max(d.end, d.start + 1) && (d.ids.length === 0 || d.ids.includes(ruleId))) active = d;
      continue;
    }
    if (d.start > offset) break;
    if (d.kind === 'disable') {
      if (d.ids.length === 0) all = d;
      else for (const id of d.ids) off.set(id, d);
    } else if (d.ids.length === 0) {
      all = undefined;
      off.clear();
    } else {
      for (const id of d.ids) off.delete(id);
    }
  }
  return active ?? off.get(ruleId) ?? all;
}

/** Drops findings switched off by directives; reports unknown ids and, when asked, unused directives. */
export function applyDirectives(findings: Finding[], directives: Directive[], reportUnused: boolean, place: (offset: number) => { line: number; column: number }): Finding[] {
  if (directives.length === 0) return findings;
  const kept = findings.filter((f) => {
    if (f.ruleId === null) return true;
    const by = disabledBy(directives, f.ruleId, f.span.start);
    if (by) by.used = true;
    return !by;
  });
  const extra: Finding[] = [];
  const note = (d: Directive, message: string): void => {
    const from = place(d.start);
    const to = place(d.end);
    extra.push({ ruleId: null, severity: 'warning', message, span: { start: d.start, end: d.end }, line: from.line, column: from.column, endLine: to.line, endColumn: to.column, suggestions: [] });
  };
  for (const d of directives) {
    for (const id of d.ids) if (!rulesById.has(id)) note(d, `Unknown rule "${id}" in replylint-${d.kind}; run replylint rules for the list.`);
    if (reportUnused && d.kind !== 'enable' && !d.used) note(d, `Unused replylint-${d.kind} directive: no finding it would switch off.`);
  }
  return [...kept, ...extra].sort((a, b) => a.span.start - b.span.start);
}
