// Which rules run, at what severity, with which options. The recommended preset is each rule's
// meta severity; --rule flags and config entries override it.
import { builtinRules } from '../rules/index.js';
import { resolveOptions } from './engine/options.js';
import { UsageError } from './engine/errors.js';
import type { EnabledRule } from './engine/lint.js';
import { SEVERITIES, type Rule, type Severity } from './types.js';
import { PRESETS, presetSetting, type PresetName } from './presets.js';

export type RuleSetting = Severity | [Severity] | [Severity, Record<string, unknown>];

export interface LintConfig {
  /** The starting point; `rules` entries override it. Default "recommended". */
  preset?: PresetName;
  rules?: Record<string, RuleSetting>;
  /** Rules from plugins, run like the built-in ones. */
  extraRules?: readonly Rule[];
}

export function checkPreset(name: string, where: string): PresetName {
  if ((PRESETS as readonly string[]).includes(name)) return name as PresetName;
  throw new UsageError(`${where}: unknown preset "${name}" (presets: ${PRESETS.join(', ')})`);
}

export const rulesById: ReadonlyMap<string, Rule> = new Map(builtinRules.map((rule) => [rule.meta.id, rule]));

export function knownRule(id: string, where: string): Rule {
  const rule = rulesById.get(id);
  if (!rule) throw new UsageError(`${where}: unknown rule "${id}" (known rules: ${[...rulesById.keys()].join(', ')})`);
  return rule;
}

function checkSeverity(value: unknown, where: string): Severity {
  if (typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value)) return value as Severity;
  throw new UsageError(`${where}: severity must be one of ${SEVERITIES.join(', ')}, found ${JSON.stringify(value)}`);
}

/** "hedging:error" → ["hedging", "error"]; repeated flags, last one wins. */
export function parseRuleFlags(flags: readonly string[]): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  for (const flag of flags) {
    const where = `--rule "${flag}"`;
    const m = /^([a-z][a-z0-9-]*):(\w+)$/.exec(flag.trim());
    if (!m) throw new UsageError(`${where}: expected <rule-id>:<off|info|warning|error>, e.g. --rule hedging:error`);
    knownRule(m[1], where);
    rules[m[1]] = checkSeverity(m[2], where);
  }
  return rules;
}

export function resolveRules(config: LintConfig = {}): EnabledRule[] {
  const settings = config.rules ?? {};
  const extra = config.extraRules ?? [];
  for (const id of Object.keys(settings)) if (!extra.some((r) => r.meta.id === id)) knownRule(id, 'rules');
  const preset = config.preset ?? 'recommended';
  const enabled: EnabledRule[] = [];
  for (const rule of [...builtinRules, ...extra]) {
    const base = presetSetting(preset, rule);
    const setting = settings[rule.meta.id];
    // A bare severity keeps the preset's options; [severity, options] replaces them.
    const [severity, given] = Array.isArray(setting)
      ? [setting[0], setting[1]]
      : setting !== undefined
        ? [setting, Array.isArray(base) ? base[1] : undefined]
        : Array.isArray(base)
          ? [base[0], base[1]]
          : [base, undefined];
    const checked = checkSeverity(severity, `rules.${rule.meta.id}`);
    if (checked === 'off') continue;
    enabled.push({ rule, severity: checked, options: resolveOptions(rule.meta, given, `rules.${rule.meta.id}`) });
  }
  return enabled;
}
