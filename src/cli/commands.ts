// The `rules` and `explain` commands: what each rule catches, at what severity in each preset.
import { existsSync, readFileSync } from 'node:fs';
import { builtinRules } from '../../rules/index.js';
import { knownRule } from '../config.js';
import { PRESETS, presetSetting } from '../presets.js';
import type { Rule, Severity } from '../types.js';

function severityIn(preset: (typeof PRESETS)[number], rule: Rule): Severity {
  const setting = presetSetting(preset, rule);
  return Array.isArray(setting) ? setting[0] : setting;
}

export function rulesJson(): string {
  const rows = builtinRules.map((rule) => ({
    id: rule.meta.id,
    severity: Object.fromEntries(PRESETS.map((p) => [p, severityIn(p, rule)])),
    summary: rule.meta.summary,
    fixable: rule.meta.fixable === true,
    needsOriginal: rule.meta.needsOriginal === true,
    seed: rule.meta.seed,
  }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}

export function rulesTable(): string {
  const header = ['rule', ...PRESETS, 'fix', 'summary'];
  const rows = builtinRules.map((rule) => [
    rule.meta.id,
    ...PRESETS.map((p) => severityIn(p, rule)),
    rule.meta.fixable ? 'yes' : '',
    rule.meta.summary,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.slice().map((r) => (i === header.length - 1 ? 0 : r[i].length))));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  return `${[line(header), ...rows.map(line)].join('\n')}\n\nreplylint explain <rule> tells why a rule exists, with a bad and a good example.\n`;
}

/** The rule's generated docs page, which ships with the package; meta alone if it is missing. */
export function explain(id: string): string {
  const rule = knownRule(id, 'explain');
  const page = new URL(`../docs/rules/${rule.meta.id}.md`, import.meta.url);
  if (existsSync(page)) return readFileSync(page, 'utf8').replace(/^<!--.*-->\n/, '');
  const { summary, description, seed, severity } = rule.meta;
  return `${id} (${severity})\n\n${summary}\n\n${description ?? ''}\n\nSeed: ${seed}\n`;
}
