// link-only: sending the customer to the docs (a FAQ, a help-centre article, a manual section,
// or a bare link) instead of answering. A link that comes with the answer or the steps is good
// practice (seed 003 §4), and so is a link that is itself the answer (tracking, download).
// A plain "section" is an app's own screen ("the Artists section of Your Library"), so only a
// help, FAQ or support section counts as something to read.
import { defineRule } from '../src/engine/rule.js';
import { isModerationNote } from '../src/document/shape.js';
import { bodySentences, isWordTerm, PhraseSet, oneLine } from '../src/engine/phrases.js';
import type { Paragraph, Report, ReplyDocument, Sentence } from '../src/types.js';
import { LETTER_OR_DIGIT_FIRST } from '../src/engine/letters.js';

const RESOURCE =
  '(faq|faqs|documentation|docs|knowledge base|knowledgebase|kb|help center|help centre|help article|support article|article|articles|guide|guides|help page|help pages|support page|support site|manual|user guide|help docs|tutorial|tutorials|video|videos|wiki|help section|faq section|support section|troubleshooting section|handbook)';

/** A sentence that points at a resource instead of answering. */
const POINTER = PhraseSet.of([
  `(refer to|see|check|visit|read|consult|take a look at|have a look at|have a read of|head to|head over to|check out|go to|look at|review|search for|search) (our|the|this|that|a|an) (*|* *)? ${RESOURCE}`,
  `(you will|you can|you should|you'll) find (it|everything|all|the|more|details|information|info|instructions|steps)? (*|* *|* * *|* * * *|* * * * *)? (in|on) (our|the) (*|* *)? ${RESOURCE}`,
  `(steps|instructions|details|answers|answer|information|info|everything) (*|* *|* * *|* * * *|* * * * *|* * * * * *)? (are|is) (all)? (in|on) (our|the|section|chapter|page)`,
  `search (for)? (the)? (article|kb|faq|help article)`,
  `(in|on) (our|the) (*|* *)? ${RESOURCE} , which (covers|explains|has|answers|describes)`,
  `(our|the|this|that) (*|* *)? ${RESOURCE} (explains|covers|describes|has|walks|shows|lists|answers|contains|goes through)`,
  `(is|are) (covered|explained|described|listed|detailed|answered) (in detail)? (in|on) (our|the) (*|* *)? ${RESOURCE}`,
  `(are|is) (all)? (listed|explained|covered|detailed) (on|in) our (*|* *)? (${RESOURCE.slice(1, -1)}|website|site|page)`,
  'here you go', '(here is|here are) the (link|links|article|page)',
]);

/** A link to reach the team (a DM, a contact or ticket form, a call) is a channel, not reading. */
const CHANNEL = PhraseSet.of([
  'dm', 'dms', 'direct message', 'private message', 'message us', 'contact (us|form|page|our)', '(ticket|request|web|contact|feedback|report) form', 'chat (with|to) us', 'call us',
  'email us', 'reach us', 'tell us more', 'let us know', 'report', 'file', 'submit', 'feedback', 'bug', 'pre-order', 'preorder', 'reprint', 'click here to', 'sign up', 'register',
]);
/** A bare link that is an action or a thing (a form, a download, tracking, a shop page), not reading. */
const CONTACT = PhraseSet.of([
  'dm', 'dms', 'direct message', 'private message', 'message us', 'contact', 'form', 'ticket', 'chat', 'call', 'phone', 'reach (us|out)', 'email us', 'request',
  '(send|drop|shoot) us (an|a) (email|e-mail|message|note|line)',
  'sign up', 'register', 'vote', 'help you', 'one-on-one', 'get started', 'connect with us', 'apply', 'provide (more|further|some)? (details|information|info)', 'so (that)? we (can|may|could) (help|assist|resolve|look|check|get|follow)', 'so (that)? we can', 'download', 'install', 'update', 'track', 'tracking', 'order', 'book', 'buy', 'shop',
]);
// "Here's the list of winners: <link>" hands over the thing itself; "here is an article" points at reading.
const POINTING = PhraseSet.of([
  'here you go', 'here is (how|why|what|where)', `here (is|are) (a|an|the|our|this|some|more) (*|* *)? (${RESOURCE.slice(1, -1)}|link|links|page|pages|info|information|details|tips|steps|instructions)`,
  'see (this|here|the link|our)', 'check (out)? (this|the link|here|our)', '(this|the|our) (article|link|page|guide|faq|doc|docs)', 'read (this|the|our|more)',
  'take a look', 'have a look', 'more (info|information|details) (here|at|in)',
]);

/** The pointer adds detail to an answer given here: "There's more detail in our guide". */
const COMPLEMENT = PhraseSet.of([
  'more (detail|details|information|info|depth|background|screenshots|options)', 'further reading', 'in more depth', 'the full (guide|details|list|walkthrough)',
  'for (live|the latest|real-time) (updates|status)', 'if you (want|would like|need) (more|to learn)', 'also (covers|explains)', 'covers both', 'for reference',
  'steps below', 'instructions below',
]);

const IMPERATIVES = new Set([
  'go', 'open', 'tap', 'click', 'select', 'choose', 'enter', 'sign', 'log', 'head', 'press', 'turn', 'pick', 'scroll', 'navigate', 'type',
  'paste', 'copy', 'restart', 'reboot', 'download', 'install', 'reinstall', 'update', 'add', 'remove', 'change', 'set', 'switch', 'drag',
  'print', 'pack', 'drop', 'attach', 'fill', 'hold', 'plug', 'unplug', 'swipe', 'enable', 'disable', 'save', 'reset', 'clear', 'find',
  'use', 'make', 'bring', 'take', 'put', 'write', 'reply', 'return', 'send', 'connect', 'run', 'wait', 'confirm', 'visit',
]);
const LEAD_INS = new Set(['then', 'first', 'next', 'now', 'please', 'finally', 'after', 'simply', 'just', 'also']);

/** "Go to Settings", "Then tap Export", "To rotate a key, open…": the steps are written out. */
function isInstruction(sentence: Sentence): boolean {
  const words = sentence.terms.filter(isWordTerm).map((t) => t.norm);
  let i = 0;
  while (i < words.length && LEAD_INS.has(words[i])) i++;
  if (IMPERATIVES.has(words[i] ?? '')) return true;
  if (words[0] === 'to') {
    const comma = sentence.terms.findIndex((t) => t.norm === ',');
    const after = sentence.terms.slice(comma + 1).find(isWordTerm)?.norm;
    return comma !== -1 && IMPERATIVES.has(after ?? '');
  }
  return false;
}

/** Opening courtesies that come before a pointer without answering anything. */
const COURTESY = PhraseSet.of([
  'thank', 'thanks', 'sorry', '~apolog', 'glad', 'happy to', 'here to help', 'help you', 'we can help', 'want to help',
  'reaching out', 'reach out', 'writing in', 'getting in touch', 'get in touch', 'look into', 'looking into', 'welcome', 'congratulations', 'oh no',
  // Lead-ins to the link rather than answers: "there are some steps you need to take", "we have a great resource".
  'steps', 'resource', 'resources', 'explains', 'here for you', 'the following',
  // Platitudes: "Keeping your account safe is important to us", "Let us know if you have any questions".
  'let us know', 'let me know', 'any questions', 'important to (us|me)', 'we value', '~understand', 'appreciate',
]);

/**
 * A short answer right before the pointer, in the same paragraph: "You can edit an order until it
 * ships. Our help page has the steps: <link>". Seed 003 §4 calls that good practice. Greetings,
 * thanks and "we want to help" are not answers, nor is a question.
 */
function answeredBefore(paragraph: Paragraph, pointer: Sentence): boolean {
  const at = paragraph.sentences.indexOf(pointer);
  return paragraph.sentences.slice(0, at).some((s) => {
    if (s.isQuestion || POINTER.test(s.terms) || s.tokens.some((t) => t.opaque === 'url')) return false;
    // "I'm sorry, but we don't store world data" answers after the courtesy: read what follows "but" or a dash.
    const turn = s.terms.findIndex((t) => t.norm === 'but' || t.norm === '–' || t.norm === '—' || t.norm === ';');
    const terms = turn === -1 ? s.terms : s.terms.slice(turn + 1);
    if (COURTESY.test(terms)) return false;
    return terms.filter((t) => LETTER_OR_DIGIT_FIRST.test(t.norm)).length >= 7;
  });
}

/**
 * The steps are here: a list before the pointer or right after it, an instruction in the
 * pointer's own paragraph, or a short answer just before it (an answer to another question in
 * another paragraph does not count).
 */
function answersHere(doc: ReplyDocument, pointer: Sentence): boolean {
  if (COMPLEMENT.test(pointer.terms)) return true;
  const at = doc.paragraphs.findIndex((p) => p.sentences.includes(pointer));
  if (doc.paragraphs.slice(0, at + 2).some((p) => p.kind === 'list-item')) return true;
  const paragraph = doc.paragraphs[at];
  return paragraph.sentences.some((s) => s !== pointer && isInstruction(s)) || answeredBefore(paragraph, pointer);
}

const message = (text: string) =>
  `"${text}" sends the customer off to read: give the answer or the steps here, and keep the link for more detail.`;

const PLEASANTRY = PhraseSet.of([
  'thanks', 'thank you', 'hope (this|that|it) helps', 'let (me|us) know', 'have a (great|good|nice|lovely)', '(happy|glad) to help', 'you are welcome', 'cheers',
]);
/** A contact form or a new request on a help centre: a way to reach people, not something to read. */
const FORM_PAGE = /\/(?:requests?\/new|contact|tickets?|submit|forms?|chat|questions|threads?|topics?|community|forums?)(?:[/.?#-]|$)/i;
/** A help-centre, FAQ or documentation address: something to read. */
const HELP_PAGE = /\/(?:help|support|docs?|faq|kb|knowledge|articles?|guides?|manual|hc)(?:[/.?#-]|$)|^https?:\/\/(?:help|support|docs|kb|faq)\./i;

function barelyALink(doc: ReplyDocument): Report[] {
  // Without a link among the opaque spans no token is one.
  if (!doc.opaque.some((span) => span.kind === 'url')) return [];
  let words = 0;
  let links = 0;
  // Indexed loops: every token of every reply with a link, mostly before V8 optimises this.
  for (let p = 0; p < doc.paragraphs.length; p++) {
    const sentences = doc.paragraphs[p]!.sentences;
    for (let s = 0; s < sentences.length; s++) {
      const tokens = sentences[s]!.tokens;
      for (let t = 0; t < tokens.length; t++) {
        if (tokens[t]!.opaque === 'url') links++;
        else if (tokens[t]!.kind === 'word') words++;
      }
    }
  }
  const first = doc.paragraphs[0]?.sentences[0];
  const last = doc.paragraphs.at(-1)?.sentences.at(-1);
  if (links === 0 || words > 12 || !first || !last) return [];
  // An answer beside the link ("We sure do! Details: <link>") is good practice, not link-only.
  // Thanks and "hope this helps" around the link are not an answer.
  const answered = doc.paragraphs.some((p) =>
    p.sentences.some((s) => !s.tokens.some((t) => t.opaque === 'url') && s.tokens.filter((t) => t.kind === 'word').length >= 3 && !PLEASANTRY.test(s.terms)),
  );
  if (answered) return [];
  // Only a pointer to something to read ("see this article", a help-centre address), not a DM
  // link, a form or a photo.
  const sentences = bodySentences(doc);
  const readable = sentences.some((s) => POINTING.test(s.terms) || s.tokens.some((t) => t.opaque === 'url' && HELP_PAGE.test(t.text) && !FORM_PAGE.test(t.text)));
  // A moderator's "closing as duplicate of <link>" is housekeeping, not an answer to judge.
  if (!readable || isModerationNote(doc) || sentences.some((s) => CONTACT.test(s.terms))) return [];
  return [
    {
      span: { start: first.start, end: last.end },
      message: 'The reply is little more than a link: give the answer or the steps here, and keep the link for detail.',
      suggestions: [{ desc: 'Answer first: "Here\'s how: 1. … 2. … There\'s more detail here: <link>"', text: "Here's how: 1. … 2. … There's more detail here: " }],
    },
  ];
}

export default defineRule({
  meta: {
    id: 'link-only',
    severity: 'info',
    summary: 'Sending the customer to the docs ("please refer to our FAQ", a bare link) instead of answering.',
    description:
      'A link to the docs makes the customer find the answer themselves in a page written for everyone. Give the answer or the steps in the reply, then link the article for detail: seed 003 §4 recommends exactly that, so a link that comes with an answer is not flagged. The rule flags sentences that point at a FAQ, help-centre article, knowledge base, guide, manual section, video or web page ("please refer to our FAQ", "you\'ll find everything in our help center", "the steps are in section 6 of the user guide", "here you go: <link>") when the reply has no steps of its own (no numbered or bulleted list, no instruction such as "Go to Settings > Billing", no short answer just before the pointer in the same paragraph), and replies that are little more than a link. It leaves alone pointers that add detail to an answer ("there\'s more detail in our guide"), "refer to the steps below", and links that are the answer themselves, such as a tracking or download link.',
    seed: '003 §15.6 (and §4, which recommends linking the knowledge base alongside an answer)',
    wholeReply: true,
  },
  check(doc) {
    const pointers: Sentence[] = [];
    for (let p = 0; p < doc.paragraphs.length; p++) {
      const sentences = doc.paragraphs[p]!.sentences;
      for (let i = 0; i < sentences.length; i++) {
        const s = sentences[i]!;
        if (POINTER.test(s.terms) && !s.isQuestion && !CHANNEL.test(s.terms)) pointers.push(s);
      }
    }
    const open = pointers.filter((s) => !answersHere(doc, s));
    if (pointers.length > 0) {
      return open.map((s) => ({
        span: s,
        message: message(oneLine(s.text)),
        suggestions: [{ desc: `Answer first, then link: Here's how: 1. … 2. … ${oneLine(s.text)}`, text: `Here's how: 1. … 2. … ${oneLine(s.text)}` }],
      }));
    }
    return barelyALink(doc);
  },
});
