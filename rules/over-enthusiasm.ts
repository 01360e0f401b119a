// over-enthusiasm: gushing ("!!", every sentence ending in "!", "OMG", "you made my day",
// shouting in capitals). One "Have a great day!" is fine.
import { defineRule } from '../src/engine/rule.js';
import { bodySentences, compileEntries, findPhrases, insideQuotes } from '../src/engine/phrases.js';
import type { PhraseMatch } from '../src/engine/phrases.js';
import type { Report, ReplyDocument, Sentence } from '../src/types.js';

const gushing = (match: PhraseMatch) => `"${match.text}" gushes: a calm, warm tone reads as more sincere.`;

const PHRASES = compileEntries([
  {
    patterns: [
      'omg', 'omfg', 'oh my god', 'woohoo', 'woo-hoo', 'yippee', 'squee', 'amazeballs',
      'so so (happy|glad|excited|thrilled|sorry|pleased)', 'so (very)? (very|super) (happy|glad|excited|thrilled)',
      'you (have)? (just|really)? made my (day|week|month|year)', '(super|sooo|soooo|sooooo) (duper)? (excited|happy|thrilled|pumped|stoked)',
      'so , so (happy|glad|excited|thrilled|sorry|pleased)',
      'best (customer|day|news) ever', 'i am (literally)? (dying|screaming|squealing)', 'over the moon', 'beyond (thrilled|excited)',
    ],
    message: gushing,
    rewrites: [''],
  },
]);

const SHOUTED_WORDS = new Set(['THIS', 'IS', 'THE', 'YOU', 'YOUR', 'WE', 'ARE', 'NOT', 'AND', 'FOR', 'IT', 'ITS', 'TO', 'OF', 'SO', 'BE', 'WILL', 'HAVE', 'NOW', 'ALL', 'GREAT', 'NEWS', 'FIXED', 'DONE', 'THANK', 'THANKS', 'SORRY', 'VERY', 'REALLY', 'BACK', 'WORKING', 'LOVE', 'HAPPY', 'GOOD', 'AGAIN', 'CAN', 'DO', 'DONT', 'NEVER', 'ALWAYS', 'IM', 'YOURE', 'WERE', 'THAT', 'WHAT', 'JUST', 'MY', 'OUR']);
const EMPHATIC = new Set(['AMAZING', 'AWESOME', 'URGENT', 'NEVER', 'ALWAYS', 'IMMEDIATELY', 'EVERYTHING', 'DEFINITELY', 'ABSOLUTELY', 'HUGE', 'FANTASTIC', 'INCREDIBLE', 'PERFECT', 'WONDERFUL', 'EXCITED', 'THRILLED', 'CONGRATULATIONS', 'CONGRATS']);

/** Capitalised abbreviations that are not shouting: short ones, and common longer ones. */
const KNOWN = new Set(['HTTP', 'HTTPS', 'HTML', 'JSON', 'SMTP', 'IMAP', 'GDPR', 'HIPAA', 'USPS', 'NASA', 'OAUTH', 'ASCII', 'UTF', 'CSV', 'PDF', 'SAML', 'CORS', 'DKIM', 'DMARC', 'IBAN', 'SWIFT', 'BACS', 'SEPA', 'CVV', 'IOS', 'MACOS', 'WIFI', 'NFC', 'ATM', 'PIN', 'VAT', 'EU', 'UK', 'USA', 'LTE', 'DNS', 'SSL', 'TLS', 'API', 'SDK', 'URL']);
const ACRONYM = { test: (word: string): boolean => /^[A-Z]{1,3}s?$|^[A-Z]\d+$|^\d+[A-Z]+$/.test(word) || KNOWN.has(word.replace(/s$/, '')) };

function exclamationRuns(doc: ReplyDocument): Report[] {
  const reports: Report[] = [];
  for (let p = 0; p < doc.paragraphs.length; p++) {
    const sentences = doc.paragraphs[p]!.sentences;
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i]!;
      if (!s.text.includes('!!')) continue;
      for (const m of s.text.matchAll(/!{2,}/g)) {
        let start = s.start + (m.index ?? 0);
        let end = start + m[0].length;
        // "Hey Jordan!!!": the greeting took the first "!"; the fix must cover the whole run.
        while (start > 0 && /[!?]/.test(doc.text[start - 1])) start--;
        while (end < doc.text.length && /[!?]/.test(doc.text[end])) end++;
        const run = doc.text.slice(start, end);
        const calm = run.includes('?') ? '?' : '!';
        reports.push({
          span: { start, end },
          message: run.includes('?') ? `"${run}" is more punctuation than the question needs: one "?" is plenty.` : `"${run}" is one exclamation mark too many: one is plenty.`,
          suggestions: [{ desc: `Replace "${run}" with "${calm}"`, text: calm, fix: { range: [start, end], text: calm } }],
          fix: { range: [start, end], text: calm },
        });
      }
    }
  }
  return reports;
}

function mostlyExclaimed(doc: ReplyDocument): Report[] {
  // Three loud sentences need three "!".
  const first = doc.text.indexOf('!');
  const next = first === -1 ? -1 : doc.text.indexOf('!', first + 1);
  if (next === -1 || doc.text.indexOf('!', next + 1) === -1) return [];
  const sentences = bodySentences(doc);
  const loud = sentences.filter((s) => /!\s*["'\]]*$/.test(s.text) && s.tokens.filter((t) => t.kind === 'word').length >= 3);
  if (sentences.length < 4 || loud.length < 3 || loud.length * 2 <= sentences.length) return [];
  const second = loud[1];
  return [
    {
      span: second,
      message: `${loud.length} of ${sentences.length} sentences end with "!": keep one for the sign-off and let the rest end calmly.`,
      suggestions: [{ desc: `End it with a full stop: ${second.text.replace(/!+(\s*["')\]]*)$/, '.$1')}`, text: second.text.replace(/!+(\s*["')\]]*)$/, '.$1') }],
    },
  ];
}

/** Two or more capitalised words in a row ("THIS IS FIXED"), or one long one ("AMAZING"); not a quoted label. */
function shouting(text: string, sentence: Sentence): Report[] {
  // Most sentences have no word of two capitals or more: nothing to walk.
  if (!/[A-Z][A-Z'’-]*[A-Z]/.test(sentence.text)) return [];
  const reports: Report[] = [];
  const words = sentence.tokens.filter((t) => t.kind === 'word');
  let run: typeof words = [];
  const flush = (): void => {
    if (run.length === 0) return;
    const letters = run.reduce((n, t) => n + t.text.replace(/[^A-Z]/g, '').length, 0);
    const acronyms = run.every((t) => ACRONYM.test(t.text));
    if (insideQuotes(text, sentence, run[0].start)) {
      run = [];
      return;
    }
    // Shouting is words, not codes or labels: a run with an everyday word ("THIS IS FIXED"), or one
    // emphatic word ("AMAZING"). Booking codes, brand names and button labels ("Tap UNINSTALL") stay.
    const everyday = run.some((t) => SHOUTED_WORDS.has(t.text.replace(/['’]/g, '')));
    if ((run.length >= 2 && letters >= 6 && !acronyms && everyday) || (run.length === 1 && EMPHATIC.has(run[0].text))) {
      const start = run[0].start;
      const end = run.at(-1)!.end;
      const text = sentence.text.slice(start - sentence.start, end - sentence.start);
      const calm = text.toLowerCase();
      reports.push({
        span: { start, end },
        message: `"${text}" in capitals reads as shouting: write it in lower case.`,
        suggestions: [{ desc: `Write "${calm}"`, text: calm, fix: { range: [start, end], text: calm } }],
      });
    }
    run = [];
  };
  for (const word of words) {
    if (/^[A-Z][A-Z'’-]*[A-Z]$/.test(word.text) && word.text !== 'I') run.push(word);
    else flush();
  }
  flush();
  return reports;
}

export default defineRule({
  meta: {
    id: 'over-enthusiasm',
    severity: 'warning',
    summary: 'Gushing: "!!", most sentences ending in "!", "OMG", "you made my day", shouting in capitals.',
    description:
      'A reply that gushes sounds fake, and capitals sound like shouting. Warmth is in what you do for the customer, not in punctuation. The rule flags runs of "!!" or "?!" (a safe fix keeps one mark), replies where most sentences end in "!", gushing phrases ("OMG", "so so happy", "you made my day", "super excited") and words in capitals ("THIS IS FIXED", "AMAZING"). It leaves alone one or two exclamation marks (a "Have a great weekend!" sign-off) and capitalised abbreviations (API, PDF, VAT, 2FA).',
    seed: '003 §14 "Overly enthusiastic customer happiness champions"',
    fixable: true,
  },
  check(doc) {
    const reports = [...exclamationRuns(doc), ...mostlyExclaimed(doc), ...findPhrases(doc, PHRASES)];
    for (let p = 0; p < doc.paragraphs.length; p++) {
      const sentences = doc.paragraphs[p]!.sentences;
      for (let s = 0; s < sentences.length; s++) reports.push(...shouting(doc.text, sentences[s]!));
    }
    return reports;
  },
});
