// leftover-fill-in: manual blanks left in the text ("[NAME]", "<Fill in order ID>", "XXX",
// "TODO", "INSERT …"), which no helpdesk fills in.
import { defineRule } from '../src/engine/rule.js';
import type { Report } from '../src/types.js';

const BLANKS: RegExp[] = [
  // [NAME], [ORDER ID], [Order number], [amount], [Customer Name] — not a Markdown link, a
  // checkbox or a reference label like "[A]" or "[Device]"
  /\[(?:[A-Z][A-Z0-9 _#.-]{2,40}|(?:[A-Za-z][A-Za-z ]{0,24}?)?(?:name|Name|number|Number|id|ID|date|Date|amount|Amount|email|Email|link|Link|here|address|Address|time|code|Code|product|order|Order|price|total|customer|Customer|agent|Agent))\](?![(:[])/g,
  // <Fill in order ID>, <insert date>, <ISSUE_NUMBER>
  /<(?:fill in|insert|add|enter|put|your|customer|agent|name|date|link)[^<>\n]{0,40}>/gi,
  /<[A-Z][A-Z0-9_]{2,40}>/g,
  /\b(?:TODO|TBD|FIXME)\b:?/g,
  /\bX{3,}\b|\bx{4,}\b/g,
  /\bINSERT\b[^.,;\n]{0,40}/g,
  /_{3,}/g,
  /\blorem ipsum\b/gi,
];

export default defineRule({
  meta: {
    id: 'leftover-fill-in',
    severity: 'error',
    summary: 'A manual blank left in the text: "[NAME]", "<Fill in order ID>", "XXX", "TODO", "INSERT …".',
    description:
      'Canned responses often carry blanks for the agent to fill in by hand, and sooner or later one goes out unfilled: "Hi [NAME], your order XXX has shipped." No helpdesk fills these in. The rule flags bracketed blanks ("[NAME]", "[Order number]", "[Customer Name]"), angle-bracket blanks ("<Fill in order ID>", "<ISSUE_NUMBER>"), "XXX", "TODO", "TBD", "INSERT …", "___" and "lorem ipsum" in the agent\'s text, outside code, links and the quoted thread. It leaves alone the platform\'s own placeholders ({{…}}, {%…%}), Markdown links and checkboxes, and masked card numbers written with digits.',
    seed: 'spec "Macro hygiene"; 000 "Be correct … Proofread"',
  },
  check(doc) {
    const text = doc.text.slice(0, doc.agentEnd);
    const skip = doc.opaque.filter((o) => o.kind === 'code' || o.kind === 'url' || o.kind === 'email' || o.kind === 'html');
    const inside = (start: number, end: number) =>
      skip.some((o) => o.start < end && start < o.end) || doc.quoted.some((q) => q.start < end && start < q.end);
    const reports: Report[] = [];
    const seen = new Set<number>();
    for (const pattern of BLANKS) {
      pattern.lastIndex = 0;
      for (const m of text.matchAll(pattern)) {
        const start = m.index ?? 0;
        const end = start + m[0].trimEnd().length;
        if (seen.has(start) || inside(start, end)) continue;
        // {{…}} and {%…%} are the platform's placeholders, not blanks.
        if (/\{\{|\{%/.test(text.slice(Math.max(0, start - 2), start))) continue;
        seen.add(start);
        const blank = text.slice(start, end);
        reports.push({
          span: { start, end },
          message: `"${blank}" is a blank left to fill in: put the real value here, or a placeholder your helpdesk fills.`,
          suggestions: [{ desc: `Replace "${blank}" with the real value before sending`, text: '…' }],
        });
      }
    }
    return reports.sort((a, b) => a.span.start - b.span.start);
  },
});
