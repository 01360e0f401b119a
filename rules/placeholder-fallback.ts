// placeholder-fallback: a first-name placeholder with no fallback where the platform has one;
// a customer with no name on file would read "Hi ,".
import { defineRule } from '../src/engine/rule.js';
import { FIRST_NAME, readPlaceholder } from '../src/engine/placeholders.js';
import type { Report } from '../src/types.js';

export default defineRule({
  meta: {
    id: 'placeholder-fallback',
    severity: 'warning',
    summary: 'A first-name placeholder with no fallback on a platform that has one: "Hi ," for customers with no name on file.',
    description:
      'Not every customer has a name on file. On platforms that let a placeholder fall back to a default (Intercom\'s `{{first_name | fallback: "there"}}`, Help Scout\'s `{%customer.firstName,fallback=there%}`), a first-name placeholder without one sends "Hi ," to those customers. The rule flags such placeholders (an empty fallback counts as none) and offers the safe fix of adding the fallback "there". The platform comes from the export the macro is in, the `platform:` key of a Markdown macro\'s front matter, or the placeholder syntax itself. Other placeholders (an order number, the agent\'s name) and platforms without fallback syntax are left alone.',
    seed: 'spec "Macro hygiene"; 003 §13 "Start with a Hi, John!"',
    fixable: true,
  },
  check(doc) {
    const form = doc.platform ? FIRST_NAME[doc.platform] : undefined;
    if (!form) return [];
    const reports: Report[] = [];
    for (const span of doc.opaque) {
      if (span.kind !== 'placeholder') continue;
      const text = doc.text.slice(span.start, span.end);
      const placeholder = readPlaceholder(text);
      if (!placeholder || placeholder.tag || placeholder.variable !== form.variable) continue;
      if (placeholder.fallback !== undefined && placeholder.fallback.trim() !== '') continue;
      const fixed = form.withFallback('there');
      const fix = { range: [span.start, span.end] as [number, number], text: fixed };
      reports.push({
        span,
        message: `"${text}" has no fallback: a customer with no first name on file reads "Hi ,". Add one.`,
        suggestions: [{ desc: `Write ${fixed}`, text: fixed, fix }],
        fix,
      });
    }
    return reports;
  },
});
