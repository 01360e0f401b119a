// sign-off: a weak, anonymous or missing closing. A stock "Regards" is fine after a warm closing
// line; a team name is fine under a person's name; a one-paragraph chat message needs neither.
import { defineRule } from '../src/engine/rule.js';
import { isForumPost, looksLikeEmail } from '../src/document/shape.js';
import { PhraseSet } from '../src/engine/phrases.js';
import { isTeamLine } from '../src/document/envelope.js';
import type { Paragraph, Region, Report, ReplyDocument } from '../src/types.js';

const WEAK = new Set([
  'regards', 'best regards', 'kind regards', 'kindest regards', 'warm regards', 'warmest regards', 'many regards',
  'with regards', 'with kind regards', 'with best regards', 'sincerely', 'yours sincerely', 'sincerely yours',
  'yours faithfully', 'faithfully', 'yours truly', 'respectfully', 'cordially', 'best',
]);

/** Lines that close a reply warmly: an offer of more help, a good wish. */
const WARM = PhraseSet.of([
  'let me know', 'let us know', 'feel free', 'do not hesitate', 'reach out', 'happy to help', 'glad to help',
  'any (other|more|further) questions', 'anything else', 'hope (this|that) helps', 'hope you', 'have a (great|good|nice|lovely|wonderful|fantastic) *',
  'enjoy', 'talk soon', 'speak soon', 'take care', 'here (if|whenever|for) you', 'just reply', 'reply to this',
  'i am here', 'we are here', 'stay (safe|well)', 'all the best', 'good luck', 'best of luck', 'cheers',
  '(ask|create|open|post|start) a new (question|thread|topic)', 'if (that|this|it) (does not|did not) (help|work)', 'please let (us|me) know',
]);

const SUGGESTED_CLOSING = "Let me know if you need help with anything else. Have a great day!";
const NAME = '<your name>';

export default defineRule({
  meta: {
    id: 'sign-off',
    severity: 'warning',
    summary: 'A weak, anonymous or missing closing: end warmly and sign with your own name.',
    description:
      'How a reply ends is the last thing the customer reads. A stock "Regards" says nothing, a team name makes the reply anonymous, and a reply that just stops feels cut off. The rule flags a bare "Regards"/"Best regards"/"Sincerely"/"Yours faithfully" closing with no warm line before it, a signature that names only a team ("Support Team", "The Acme Team", "Customer Service"), a closing with no name under it, and an e-mail that ends with no closing and no name. A warm closing sentence ("Let me know if…", "Have a great day!") before "Best," is fine, and so is a team under a person\'s name. One-paragraph chat messages, social replies (starting with an @handle) and forum posts are not expected to sign off: a forum shows who wrote a post, so an answer that greets a poster by handle ("Hi dwalton28:") or the whole thread ("Hi all:"), or follows others in the thread, needs no closing or name; nor do the first posts of a reply numbered "1/2", "2/3", whose last post carries it.',
    seed: '003 §10 "Better goodbyes", §12 "Don\'t be anonymous"',
  },
  check(doc) {
    const reports: Report[] = [];
    const { closing, signature } = doc;
    // Read only when it decides something: most replies close with a phrase that is not weak.
    let warmth: boolean | undefined;
    const warm = (): boolean => (warmth ??= endsWarmly(doc));
    const weak = closing !== undefined && WEAK.has(closing.phrase) && !warm();
    if (closing && weak) {
      const phrase = closing.text;
      const text = signature ? SUGGESTED_CLOSING : `${SUGGESTED_CLOSING}\n${NAME}`;
      reports.push({
        span: closing,
        message: signature
          ? `"${phrase}" on its own is a stock sign-off: end with a line that offers more help.`
          : `"${phrase}" on its own is a stock sign-off with no name under it: offer more help and sign with your name.`,
        suggestions: [{ desc: `Close with: ${oneLine(text)}`, text, fix: { range: [closing.start, closing.end], text } }],
      });
    }
    if (signature && isAnonymous(signature.lines)) {
      const team = signature.lines.map((l) => l.text).join(', ');
      const signed = `${NAME}, ${team.replace(/^[-–—~^]+\s*/, '')}`;
      reports.push({
        span: signature,
        message: `The reply is signed "${oneLine(signature.text)}", a team, not a person: sign with your own name.`,
        suggestions: [{ desc: `Sign as a person: ${signed}`, text: signed, fix: { range: [signature.start, signature.end], text: signed } }],
      });
    }
    // A forum shows who wrote a post: an answer there owes no signature. The first posts of a reply
    // split over several ("1/2") leave the closing to the last one.
    const closesLater = doc.part !== undefined && doc.part.index < doc.part.of;
    if (!closing && !signature && !closesLater && !warm() && looksLikeEmail(doc) && !isForumPost(doc)) {
      const last = lastSentence(doc.paragraphs);
      if (last) {
        const text = `\n\n${SUGGESTED_CLOSING}\n${NAME}`;
        reports.push({
          span: last,
          message: 'The reply stops without a closing or a name: end with an offer of more help and sign it.',
          suggestions: [{ desc: `Add: ${SUGGESTED_CLOSING} ${NAME}`, text, fix: { range: [last.end, last.end], text } }],
        });
      }
    }
    return reports;
  },
});

/** A signature of team lines only: "Support Team", "The Acme Team", "Customer Service". */
function isAnonymous(lines: readonly Region[]): boolean {
  return lines.length > 0 && lines.every((line) => isTeamLine(line.text));
}

/** The last paragraph wishes the customer well or offers more help: a closing in all but name. */
function endsWarmly(doc: ReplyDocument): boolean {
  const last = doc.paragraphs.at(-1);
  if (last && last.sentences.some((s) => WARM.test(s.terms))) return true;
  return false;
}

function lastSentence(paragraphs: readonly Paragraph[]): Region | undefined {
  const sentence = paragraphs.at(-1)?.sentences.at(-1);
  return sentence ? { start: sentence.start, end: sentence.end, text: sentence.text } : undefined;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' / ');
}
