// unknown-placeholder: a variable the platform does not have (a typo) or another platform's
// syntax. Either reaches the customer literally.
import { defineRule } from '../src/engine/rule.js';
import { EXAMPLES, isKnownVariable, OPENER, readPlaceholder } from '../src/engine/placeholders.js';
import type { Report } from '../src/types.js';

const NAMES: Record<string, string> = { zendesk: 'Zendesk', helpscout: 'Help Scout', freshdesk: 'Freshdesk', intercom: 'Intercom', front: 'Front', gorgias: 'Gorgias' };

/** Edit distance for "did you mean" (short strings only). */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

export default defineRule({
  meta: {
    id: 'unknown-placeholder',
    severity: 'error',
    summary: "A placeholder the platform does not have (a typo) or another platform's syntax: it reaches the customer as typed.",
    description:
      'A helpdesk fills in only the variables it knows; anything else is sent as typed, so the customer reads "Hi {{ticket.requester.frist_name}},". The rule knows the documented variables of Zendesk (and its Liquid tags and `{{dc.…}}` dynamic content), Help Scout, Freshdesk, Intercom, Front and Gorgias, and flags a variable the platform does not have, suggesting the closest one it does, and another platform\'s syntax (Help Scout\'s `{%…%}` in a Zendesk macro, `{{…}}` in a Help Scout one). The platform comes from the export the macro is in, a Markdown macro\'s `platform:` front matter, or, for a plain draft, its own placeholders; with no platform known the rule is silent.',
    seed: 'spec "Macro hygiene"',
  },
  check(doc) {
    const platform = doc.platform;
    const opener = platform ? OPENER[platform] : undefined;
    if (!platform || !opener) return [];
    const reports: Report[] = [];
    for (const span of doc.opaque) {
      if (span.kind !== 'placeholder') continue;
      const text = doc.text.slice(span.start, span.end);
      const placeholder = readPlaceholder(text);
      if (!placeholder) continue;
      if (placeholder.tag) {
        if (platform !== 'zendesk') reports.push({ span, message: `"${text}" is a Liquid tag, which ${NAMES[platform]} does not run: the customer will see it as typed.`, suggestions: [] });
        continue;
      }
      if (placeholder.open !== opener) {
        reports.push({
          span,
          message: `"${text}" is another platform's placeholder syntax: ${NAMES[platform]} writes variables as ${opener === '{{' ? '{{…}}' : '{%…%}'} and will send this as typed.`,
          suggestions: suggestions(platform, placeholder.variable, span),
        });
        continue;
      }
      if (isKnownVariable(platform, placeholder.variable) === false) {
        reports.push({
          span,
          message: `"${text}" is not ${/^[AEIOU]/.test(NAMES[platform]) ? 'an' : 'a'} ${NAMES[platform]} variable: the customer will see it as typed.`,
          suggestions: renamed(suggestions(platform, placeholder.variable, span), text, placeholder.variable, span.start),
        });
      }
    }
    return reports;
  },
});

/**
 * A misspelt variable keeps the rest of its placeholder: only the name is replaced, so a fallback
 * ("{{firstname | fallback: "there"}}") survives the fix.
 */
function renamed(found: ReturnType<typeof suggestions>, text: string, variable: string, start: number): ReturnType<typeof suggestions> {
  const at = text.indexOf(variable);
  if (at === -1) return found;
  return found.map((s) => {
    const name = s.text.replace(/^\{\{|^\{%|\}\}$|%\}$/g, '');
    const whole = `${text.slice(0, at)}${name}${text.slice(at + variable.length)}`;
    return { desc: `Write ${whole}`, text: whole, fix: { range: [start, start + text.length] as [number, number], text: whole } };
  });
}

function suggestions(platform: keyof typeof EXAMPLES, variable: string, span: { start: number; end: number }) {
  const open = OPENER[platform] ?? '{{';
  const close = open === '{{' ? '}}' : '%}';
  const close2 = (v: string) => `${open}${v}${close}`;
  const ranked = (EXAMPLES[platform] ?? [])
    .map((v) => [v, distance(v.toLowerCase(), variable.toLowerCase().replace(/_/g, '').length ? variable.toLowerCase() : variable)] as const)
    .sort((a, b) => a[1] - b[1])
    .filter(([, d]) => d <= Math.max(3, Math.floor(variable.length / 3)));
  return ranked.slice(0, 2).map(([v]) => ({ desc: `Write ${close2(v)}`, text: close2(v), fix: { range: [span.start, span.end] as [number, number], text: close2(v) } }));
}
