// leftover-fill-in: manual blanks left in the text ("[NAME]", "<Fill in order ID>", "XXX",
// "TODO", "INSERT …"), which no helpdesk fills in.
import { defineRule } from '../src/engine/rule.js';
import type { Report } from '../src/types.js';

/** A blank's pattern, and what every match of it contains (in any case), for the one pre-test. */
interface Blank {
  pattern: RegExp;
  needs: readonly string[];
}

const BLANKS: readonly Blank[] = [
  // [NAME], [ORDER ID], [Order number], [amount], [Customer Name] — not a Markdown link, a
  // checkbox or a reference label like "[A]" or "[Device]"
  {
    pattern: /\[(?:[A-Z][A-Z0-9 _#.-]{2,40}|(?:[A-Za-z][A-Za-z ]{0,24}?)?(?:name|Name|number|Number|id|ID|date|Date|amount|Amount|email|Email|link|Link|here|address|Address|time|code|Code|product|order|Order|price|total|customer|Customer|agent|Agent))\](?![(:[])/g,
    needs: ['['],
  },
  // <Fill in order ID>, <insert date>, <ISSUE_NUMBER>
  { pattern: /<(?:fill in|insert|add|enter|put|your|customer|agent|name|date|link)[^<>\n]{0,40}>/gi, needs: ['<'] },
  { pattern: /<[A-Z][A-Z0-9_]{2,40}>/g, needs: ['<'] },
  // <order number>, <tracking link>, <amount>: words in angle brackets (HTML tags are opaque spans)
  { pattern: /<(?:[a-z]+ ){1,4}[a-z]+>|<(?:number|id|amount|email|product|order|price|total|reason|item|date|name)>/g, needs: ['<'] },
  { pattern: /\b(?:TODO|TBD|FIXME)\b:?/g, needs: ['todo', 'tbd', 'fixme'] },
  { pattern: /\bX{3,}\b|\bx{4,}\b/g, needs: ['xxx'] },
  { pattern: /\bINSERT\b[^.,;\n]{0,40}/g, needs: ['insert'] },
  { pattern: /_{3,}/g, needs: ['___'] },
  { pattern: /\blorem ipsum\b/gi, needs: ['lorem ipsum'] },
];

/** Whether a text may hold a blank, in one test built from every blank's needs: most drafts hold none. */
const MAY_HAVE_BLANK = new RegExp(BLANKS.flatMap((blank) => blank.needs.map((part) => part.replace(/[[\]\\^$.|?*+(){}]/g, '\\$&'))).join('|'), 'i');

const HTML_TAGS = new Set(
  'a abbr address area article aside audio b blockquote body br button caption center code col data dd del details div dl dt em embed figure font footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input ins kbd label li link main mark meta nav ol option p pre q s script section select small source span strong style sub summary sup table tbody td template textarea th thead time title tr u ul var video wbr'.split(' '),
);

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
    if (!MAY_HAVE_BLANK.test(text)) return [];
    const skip = doc.opaque.filter((o) => o.kind === 'code' || o.kind === 'url' || o.kind === 'email' || o.kind === 'html');
    // "<order number>" parses as an HTML tag, but no such element exists: in a draft it is a blank.
    const blankTag = (blank: string) => blank.startsWith('<') && !HTML_TAGS.has(/^<\/?([a-z0-9]+)/i.exec(blank)?.[1].toLowerCase() ?? '');
    const inside = (start: number, end: number, blank: string) =>
      skip.some((o) => o.start < end && start < o.end && !(o.kind === 'html' && blankTag(blank))) || doc.quoted.some((q) => q.start < end && start < q.end);
    const reports: Report[] = [];
    // "Card XXXX XXXX XXXX 4242": a masked number, not a blank.
    for (const m of text.matchAll(/(?:\b[Xx*]{3,4}[ -]){1,3}[Xx*]{0,4}\d{2,4}\b/g)) skip.push({ kind: 'code', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: '' });
    const taken: Array<[number, number]> = [];
    for (const { pattern } of BLANKS) {
      pattern.lastIndex = 0;
      for (const m of text.matchAll(pattern)) {
        const start = m.index ?? 0;
        const end = start + m[0].trimEnd().length;
        // One finding per blank: "[INSERT NAME]" is not also "INSERT NAME]".
        if (taken.some(([a, b]) => a < end && start < b) || inside(start, end, text.slice(start, end))) continue;
        // {{…}} and {%…%} are the platform's placeholders, not blanks.
        if (/\{\{|\{%/.test(text.slice(Math.max(0, start - 2), start))) continue;
        taken.push([start, end]);
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
