// future-promise: pointing at a future fix with nothing for now.
import { definePhraseRule } from '../src/engine/rule.js';
import { oneLine } from '../src/engine/phrases.js';
import type { PhraseMatch } from '../src/engine/phrases.js';

const message = (match: PhraseMatch) =>
  `"${match.text}" points at a future fix and leaves the customer with nothing for now: add a workaround.`;

const ACT = '(you|i|we|here|try|use|please|open|go|switch|turn|save|take|keep|tap|click|set)';
const WORKAROUND = [
  `in the meantime ,? ${ACT}`, `meanwhile ,? ${ACT}`, 'for now', `until (then|that|it|the fix|the update|the release|the patch|this) ,? ${ACT}`, 'workaround', 'work around',
  'today', 'right now', 'i have (also)? (run|sent|attached|applied|fixed|made|created|set up|done|saved|restored|moved)', 'attached', 'to get (your|the|it) * (today|now)',
  'temporary', 'temporarily', 'in the interim', 'here is how (to|you)', 'you (can|could) (still|use|switch|try|export|download|keep|turn|open|disable|enable|roll back|install|go back)',
];

export default definePhraseRule(
  {
    id: 'future-promise',
    severity: 'info',
    summary: 'A fix that is "coming soon" or "in the next release" with no workaround for now.',
    description:
      'Customers cannot use a future release today. When a fix is coming, say so, and give them something for now: "In the meantime, here\'s a workaround: …". The rule flags "a patch is coming soon", "this will be fixed in the next release", "the team is working on a fix" and similar when the reply offers no workaround, temporary step or "for now" anywhere. It leaves alone future dates that are themselves the answer ("your refund arrives on Friday").',
    seed: '003 §15.5',
  },
  [
    {
      patterns: [
        '(a|the|our) (permanent|proper|full|real|new|longer-term)? (fix|patch|update|release|solution|hotfix|correction) (is|should be|will be)? (coming|on its way|on the way|in the works|planned|scheduled|being worked on|in progress)',
        '(a|the|an|our) (app|firmware|software|driver)? (update|release|patch|version) (later|next|due|coming) (this|that)? (week|month|year|quarter|sprint)',
        '(will|would) (fix|resolve|address|patch|sort) (it|this|that|the issue|the bug|the problem) (in|with|by) (the|a|our) (next|upcoming|future|coming) (release|update|version|patch|build|sprint)',
        '(is|are|will be|gets|get) (fixed|resolved|addressed|patched|sorted) in (the|our)? (*|* *)? (version|release|update|build)',
        '(we|i) (will|would) have (this|it|that) (fixed|resolved|sorted|patched)',
        '(will|should) be (fixed|resolved|addressed|available|released|added|included|patched|solved|sorted) (in|with|by) (a|the|our) (next|upcoming|future|coming|new|later) (release|update|version|patch|build|sprint|app update)',
        '(will|would) be (in|part of|included in) (a|the|an) (future|upcoming|next|later) (release|update|version|patch|build)',
        '(is|are|will be) (coming|available|out) (very)? soon',
        '(we are|the team is|our team is|our engineers are|our developers are|engineering is|the developers are|our devs are) (working on|looking into) (a fix|a patch|fixing)',
        '(is|are) on (our|the) roadmap',
      ],
      message,
      rewrites: [(m) => `${oneLine(m.sentence.text)} In the meantime, here's a workaround: …`],
      rewriteSentence: true,
      skip: {
        reply: WORKAROUND,
        questions: true,
        conditionals: true,
        sentence: ['went live', '(is|are) (now)? (live|out|available)', 'was released', 'already', 'pushed', 'has been (released|rolled out|deployed)', 'last night', 'yesterday', 'earlier today'],
      },
    },
  ],
);
