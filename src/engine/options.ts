// Rule options: defaults from the rule's meta, user values checked against it.
import type { RuleMeta, RuleOptions } from '../types.js';
import { UsageError } from './errors.js';

export function resolveOptions(meta: RuleMeta, given: Record<string, unknown> = {}, where = `rule "${meta.id}"`): RuleOptions {
  const specs = meta.options ?? {};
  const options: RuleOptions = {};
  for (const [name, spec] of Object.entries(specs)) options[name] = spec.default;
  for (const [name, value] of Object.entries(given)) {
    const spec = Object.hasOwn(specs, name) ? specs[name] : undefined;
    if (!spec) {
      const known = Object.keys(specs);
      throw new UsageError(`${where}: unknown option "${name}" (${known.length ? `expected one of: ${known.join(', ')}` : 'this rule takes no options'})`);
    }
    const problem = checkValue(spec.type, value, spec.enum, spec.min);
    if (problem) throw new UsageError(`${where}: option "${name}" ${problem}, found ${JSON.stringify(value)}`);
    options[name] = value;
  }
  return options;
}

function checkValue(type: string, value: unknown, allowed?: readonly string[], min?: number): string | undefined {
  switch (type) {
    case 'string':
      if (typeof value !== 'string') return 'must be a string';
      if (allowed && !allowed.includes(value)) return `must be one of ${allowed.map((a) => `"${a}"`).join(', ')}`;
      return undefined;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a number';
      if (min !== undefined && value < min) return `must be at least ${min}`;
      return undefined;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'must be true or false';
    case 'string[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string') ? undefined : 'must be a list of strings';
    default:
      return undefined;
  }
}
