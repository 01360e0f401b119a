// hedging: uncertain language about what the agent did or checked ("should now work", "it looks
// like"). Advice, obligation and conditional uses of "should" are left alone.
import { definePhraseRule } from '../src/engine/rule.js';
import { agree } from '../src/engine/grammar.js';
import type { PhraseMatch, PhraseSkip } from '../src/engine/phrases.js';

const STATES =
  'fixed|resolved|working|sorted|back|live|visible|available|gone|updated|active|enabled|disabled|restored|corrected|processed|showing|up|running|ok|okay|good|fine|ready|reflected|applied|cleared|removed|deleted|cancelled|canceled|refunded|credited|unlocked|reset|complete|completed|done|there|under|in|on|set|connected|synced|verified|approved|accessible|open|unblocked|reactivated|merged|transferred|moved|added';

const VERBS_AFTER_NOW =
  'work|load|sync|appear|show|display|update|open|start|run|connect|arrive|reach|go|print|download|upload|send|receive|import|export|save|function';

const skip: PhraseSkip = { questions: true, conditionals: true };
const hedge = (match: PhraseMatch): string => `"${match.text}" hedges about something you did or checked: say it with certainty.`;

/** "should now work" → "now works"; keeps "now" where the agent put it. */
function certainVerb(match: PhraseMatch): string {
  const words = match.norms.filter((w) => w !== 'should');
  return words.map((w) => (w === 'now' ? w : agree(w, match))).join(' ');
}

/** "should now be fixed" → "is now fixed". */
function certainBe(match: PhraseMatch): string {
  const rest = match.norms.slice(1).filter((w) => w !== 'be');
  const text = match.text.split(/\s+/).slice(1).filter((w) => w.toLowerCase() !== 'be');
  return [agree('be', match), ...text.slice(0, rest.length)].join(' ');
}

export default definePhraseRule(
  {
    id: 'hedging',
    severity: 'warning',
    summary: 'Uncertain language about what you did or checked, like "should now work" or "it looks like".',
    description:
      '"Should now work" tells the customer you are not sure your fix worked, and invites the reply "well, does it?". Check, then say it with certainty: "That blog is now under your other account." The rule flags hedges about what the agent did or checked ("should now work", "should be fixed", "it looks like", "it seems", "I think", "I believe", "probably", "hopefully", "might have") and suggests the certain form. It leaves alone "should" as advice or obligation ("you should update the app", "this should not happen", "should you need anything", "a bug that should be fixed"), hedges after "if"/"unless"/"whether", hedges inside questions, and words inside quotation marks.',
    seed: '004 "On certainty in support"',
  },
  [
    {
      patterns: ['should (now)? be able to', 'should be (now)? able to'],
      message: hedge,
      rewrites: [(m) => (m.norms.includes('now') ? 'can now' : 'can')],
      skip,
    },
    {
      patterns: [`should (now)? be (now)? (${STATES})`],
      message: hedge,
      rewrites: [certainBe],
      // "a bug that should be fixed" is an obligation, not a hedge.
      skip: { ...skip, after: ['that', 'which', 'who'] },
    },
    {
      patterns: ['should (now)? work (now|again)?', `should now (${VERBS_AFTER_NOW})`],
      message: hedge,
      rewrites: [certainVerb],
      skip,
    },
    {
      patterns: ['it (looks|seems|appears) (like|as if|as though) (that)?', 'it (seems|appears) (that)?'],
      message: hedge,
      rewrites: [''],
      skip,
    },
    {
      patterns: ['(looks|seems) like'],
      message: hedge,
      rewrites: [''],
      skip: { ...skip, midSentence: true },
    },
    {
      patterns: ['(seems|appears) to be', '(seems|appears) to have'],
      message: hedge,
      rewrites: [(m) => (m.norms[2] === 'have' ? 'has' : 'is')],
      skip,
    },
    {
      patterns: ['(seem|appear) to be', '(seem|appear) to have'],
      message: hedge,
      rewrites: [(m) => (m.norms[2] === 'have' ? 'have' : 'are')],
      skip,
    },
    {
      patterns: [
        'i (think|believe|guess|suppose|assume|reckon) (that)?',
        'i am (pretty|fairly|quite|almost) (sure|certain|confident) (that)?',
        'as far as i (know|can tell)',
        'if i am not mistaken',
        'probably',
        'hopefully',
      ],
      message: hedge,
      rewrites: [''],
      skip,
    },
    {
      patterns: ['hopefully (this|that|it|these) (helps|works|fixes|solves|does the trick|sorts)'],
      message: hedge,
      rewrites: ["Let me know if anything still isn't right", "This sorts it out, and I'm here if anything is still off"],
      skip,
    },
    {
      patterns: ['(might|may|could) have been'],
      message: hedge,
      rewrites: ['was', 'is'],
      skip,
    },
    {
      patterns: ['might have'],
      message: hedge,
      rewrites: [''],
      // "why it might have happened" explains in general; "might have a" is possession.
      skip: { ...skip, before: ['to', 'a', 'an', 'the', 'some', 'any', 'more', 'been'], sentence: ['(why|how|what|where|when) * might have'] },
    },
  ],
);
