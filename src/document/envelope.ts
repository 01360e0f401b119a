// The envelope of a reply: the greeting at the top, the closing and signature at the bottom.
// Found on lines before the language parser runs, because "Hi Sam,\nThanks for…" would
// otherwise read as one sentence.
import type { Closing, Greeting, Region, Signature } from '../types.js';
import { isBlank, type Line } from './lines.js';
import { CAPITALISED, letters } from '../engine/letters.js';

/** A closing ("Thanks,", "Best wishes") and the name signed on its line, if any. */
const CLOSING_LINE = letters`/^\s*(?:[-–—]\s*)?([A-Za-z][A-Za-z ']{1,40}?)\s*[,!.…]*\s*(?:[,\s]\s*(?:[-–—~^]|\.{1,3})?\s*([\p{Lu}][\p{L}'-]{0,30}(?:\s[\p{Lu}][\p{L}'.-]{0,30}){0,2})\.?)?\s*$/u`;
const NAME_WITH_STOP = letters`/^\p{Lu}[\p{Ll}'-]*\.$/u`;
const CAPITAL_OR_DIGIT_FIRST = letters`/^[\p{Lu}\d]/u`;
/** Where a team line's name ends: "Acme Support (EU)", "Support at Acme", "Support-Team". */
const TEAM_LINE_BREAK = letters`/\s*[(,|–—]\s*|\s+(?:from|at|of|with)\s+|\s+-\s+|-(?=\p{Lu})/iu`;
const SIGNED_HANDLE = letters`/^[\p{L}\d_.-]{2,30}$/u`;

export interface Envelope {
  greeting?: Greeting;
  closing?: Closing;
  signature?: Signature;
  /** The body lies in [bodyStart, bodyEnd). */
  bodyStart: number;
  bodyEnd: number;
}

const SALUTATION =
  /^(?:to whom it may concern|good (?:morning|afternoon|evening|day)|happy (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|holidays|new year)|dear|hi|hel+o|hey|hiya|howdy|greetings|morning|afternoon|evening|hallo|bonjour|hola)\b/i;
/** Leading @handles of a social reply come before the greeting. */
const LEADING_HANDLES = /^(?:\s*@\w{1,30}|\s*\{%[^%\n]{0,200}%\})*\s*/;
/** Words that may stand where a name goes without being capitalised. */
const NAME_STANDINS = /^(?:there|all|everyone|folks|friend|team|again|you|both|y'all|sir|madam|sir\/madam|sir or madam|customer|valued customer|member|user|client)$/i;
const PLACEHOLDER_NAME = /^(?:\{\{[^}]{1,200}\}\}|\{%[^%]{1,200}%\}|\[[^\]]{1,40}\])/;

export const CLOSING_PHRASES = [
  'best', 'best regards', 'kind regards', 'kindest regards', 'warm regards', 'warmest regards', 'regards',
  'many regards', 'with regards', 'with kind regards', 'with best regards', 'best wishes', 'warm wishes',
  'warmly', 'sincerely', 'yours sincerely', 'sincerely yours', 'yours faithfully', 'faithfully',
  'yours truly', 'respectfully', 'cordially', 'cheers', 'cheers again', 'thanks', 'thanks again',
  'thanks so much', 'thanks a lot', 'many thanks', 'with thanks', 'thanks and regards', 'thank you',
  'thank you again', 'thank you so much', 'all the best', 'all best', 'take care', 'talk soon',
  'speak soon', 'stay safe', 'with gratitude', 'gratefully', 'enjoy', 'bye', 'bye for now', 'ciao',
  'have a great day', 'have a good day', 'have a nice day', 'have a lovely day', 'have a wonderful day',
  'have a great week', 'have a good week', 'have a lovely week', 'have a great weekend',
  'have a good weekend', 'have a lovely weekend', 'have a nice weekend', 'have a great one',
  'have a good one', 'have a great evening', 'have a nice evening', 'happy holidays', 'happy friday',
];
const CLOSING_SET = new Set(CLOSING_PHRASES);

/** What opens an aside or a quotation. */
const ASIDE_MARK = /[("“]/;

/** Asides people add to their names: "Roland (developer since 1977)", 'Roland "wish I had better news" Tanglao'. */
function withoutAsides(text: string): string {
  // Run on the last lines of every reply, mostly sentences: most have no aside to cut.
  if (!ASIDE_MARK.test(text)) return text.trim();
  return text.replace(/\s*\([^()]{0,120}\)\s*/g, ' ').replace(/\s*["“][^"”]{0,80}["”]\s*/g, ' ').trim();
}

/** The first words of the closing phrases: a line that starts with none of them closes nothing. */
const CLOSING_FIRST_WORDS = new Set(CLOSING_PHRASES.map((phrase) => phrase.split(' ')[0]));
const FIRST_WORD = /^\s*(?:[-–—]\s*)?([A-Za-z']+)/;

/** "Best regards," / "Cheers!" / "Thanks again, Marta" → the phrase and an inline name. */
export function matchClosing(line: string): { phrase: string; name?: string } | undefined {
  // Most lines are sentences: their first word says so before the asides are cut and the full
  // pattern runs. Lines with an aside or a quotation are left to the full test.
  if (!ASIDE_MARK.test(line) && !CLOSING_FIRST_WORDS.has(FIRST_WORD.exec(line)?.[1].toLowerCase() ?? '')) return undefined;
  const text = withoutAsides(line);
  const m = CLOSING_LINE.exec(text);
  if (!m) return undefined;
  const phrase = m[1].toLowerCase().replace(/\s+/g, ' ').trim();
  if (!CLOSING_SET.has(phrase)) return undefined;
  return { phrase, name: m[2] };
}

const CONTACT = /@|https?:\/\/|www\.|\+?\d[\d ()./-]{6,}\d/;
const CONNECTOR = /^(?:of|at|from|the|and|for|de|von|van|der|la|le|in|on|&|\||-|–|—|\/)$/i;
const TEAM_WORD = /\b(?:team|support|service|services|care|help ?desk|department|desk|success|crew|inc\.?|ltd\.?|llc|gmbh|customer|customers|staff)\b/i;

/** A short line that reads like a name, a title, a team or contact details, not a sentence. */
export function isSignatureLike(text: string): boolean {
  const t = withoutAsides(text).replace(/^(?:[-–—~^]+|[.,]+)\s*/, '');
  if (t === '' || t.length > 70 || /[?]\s*$/.test(t)) return false;
  if (PLACEHOLDER_NAME.test(t)) return true;
  if (CONTACT.test(t) && t.split(/\s+/).length <= 8) return true;
  const words = t.split(/\s+/);
  if (words.length > 7) return false;
  // A full stop ends sentences, not names: "Richard." and "Acme Inc." are the exceptions.
  const nameWithStop = words.length <= 3 && NAME_WITH_STOP.test(words.at(-1)!);
  if (/[.!]\s*$/.test(t) && !nameWithStop && !/\b(?:Inc|Ltd|Co|Corp|Jr|Sr)\.$/.test(t)) return false;
  let capitalised = 0;
  for (const word of words) {
    const w = word.replace(/^[("'[]+|[)"',:\]]+$/g, '');
    // "Priya from the Mobile team": team words may be lower case under a capitalised name.
    if (w === '' || CONNECTOR.test(w) || /^(?:team|support|crew|desk|care)$/.test(w)) continue;
    if (CAPITAL_OR_DIGIT_FIRST.test(w) || PLACEHOLDER_NAME.test(w)) capitalised++;
    else return false;
  }
  return capitalised > 0;
}

/**
 * A line that names a team and no person: "Support Team", "The Acme Team", "Acme Customer Care".
 * Only the head counts, so "Dev (Acme Support)" and "Ben from the Acme team" are people.
 */
export function isTeamLine(text: string): boolean {
  if (/https?:\/\/|www\.|@/.test(text)) return false;
  const line = text.replace(/^[-–—~^.\s]+/, '');
  const head = line.split(TEAM_LINE_BREAK.for(line))[0];
  return TEAM_WORD.test(head) || /^(?:the\s+)?\S+\s+(?:team|crew)$/i.test(head);
}

export function findEnvelope(lines: Line[], agentEnd: number, delimiter?: Line): Envelope {
  const agent = lines.filter((line) => line.start < agentEnd && !isBlank(line));
  // The greeting may sit under a pasted link or a quote header: look at the first three lines.
  const greeting = agent.slice(0, 3).reduce<Greeting | undefined>((found, line) => found ?? findGreeting(line), undefined);
  const bottom = delimiter ? agent.filter((l) => l.start < delimiter.start) : agent;
  const delimited = delimiter ? agent.filter((l) => l.start > delimiter.start) : [];
  const tail = findClosing(bottom, greeting);
  let signature = tail.signature;
  if (delimited.length > 0) {
    signature = makeSignature(delimited, 'delimited');
  }
  const bodyStart = greeting ? Math.max(greeting.end, agent[0]?.start ?? 0) : agent[0]?.start ?? 0;
  const ends = [agentEnd, tail.closing?.start, tail.signature?.start, delimiter?.start].filter(
    (n): n is number => n !== undefined,
  );
  return { greeting, closing: tail.closing, signature, bodyStart, bodyEnd: Math.max(bodyStart, Math.min(...ends)) };
}

function findGreeting(first: Line | undefined): Greeting | undefined {
  if (!first) return undefined;
  const handles = LEADING_HANDLES.exec(first.text)?.[0].length ?? 0;
  const rest = first.text.slice(handles);
  const m = SALUTATION.exec(rest);
  if (!m) return undefined;
  const salutation = m[0];
  const after = rest.slice(salutation.length);
  const placeholder = /^[ \t]+(\{\{[^}\n]{1,200}\}\}|\{%[^%\n]{1,200}%\}|\[[^\]\n]{1,40}\])[ \t]*[,!:;.]?/.exec(after);
  if (placeholder) {
    const start = first.start + handles;
    const length = salutation.length + placeholder[0].length;
    return { start, end: start + length, text: rest.slice(0, length), salutation, name: placeholder[1] };
  }
  // The name runs to the first comma, "!" or line end: "Hi Maria," "Dear Sir/Madam:" "Hi {{name}}!"
  const n = /^(?:[ \t]+([^,!:;.?\n]{1,80}?))?[ \t]*([,!:;.—–-]|$)/.exec(after);
  let length = salutation.length;
  let name: string | undefined;
  if (n) {
    const candidate = n[1]?.trim();
    // Forum handles are often lower case: "Hi mfcord:" / "Hi serega386" on a line of their own.
    const handle = candidate !== undefined && SIGNED_HANDLE.test(candidate) && (n[2] !== '' || after.trim() === candidate);
    if (candidate === undefined || isName(candidate) || handle) {
      name = candidate;
      length += n[0].length;
    } else if (/^[,!:;.]/.test(after)) {
      length += 1;
    }
  }
  const start = first.start + handles;
  const end = start + length;
  return { start, end, text: first.text.slice(handles, handles + length), salutation, name };
}

function isName(candidate: string): boolean {
  if (NAME_STANDINS.test(candidate) || PLACEHOLDER_NAME.test(candidate)) return true;
  const words = candidate.split(/\s+/);
  if (words.length > 4) return false;
  return words.every((w) => CAPITALISED.test(w) || /^(?:de|van|von|der|la|le|da|di|bin|al)$/.test(w) || PLACEHOLDER_NAME.test(w));
}

interface Tail {
  closing?: Closing;
  signature?: Signature;
}

const POSTSCRIPT = /^\s*P\.?\s?S\.?(?:\s|:|$)/i;

function findClosing(all: Line[], greeting: Greeting | undefined): Tail {
  // A P.S. after the signature belongs to neither, so the closing is then looked for above it;
  // a P.S. in the body, above the closing, changes nothing.
  const ps = all.findIndex((line, i) => i > 0 && POSTSCRIPT.test(line.text));
  const whole = closingAbove(all, greeting);
  if (whole.closing || whole.signature) return whole;
  if (ps !== -1) return closingAbove(all.slice(0, ps), greeting);
  return signedAbove(all, greeting) ?? whole;
}

/** "..Ingrid", "-- Ingrid": a name marked as a signature. */
const SIGNED_NAME = letters`/^\s*(?:\.{2,3}|…|-{1,2}|–|—|~)\s?\p{Lu}/u`;

/** How far above the last line a signed closing may sit under a later addition. */
const APPENDIX_LINES = 12;

/**
 * "Thanks!\n..Roland\nSo it could be a chipset bug…": a closing and a name (or a name marked
 * with dots or a dash), followed by a note added afterwards, still close the reply; the note is
 * neither body nor signature. A bare capitalised line ("Next steps") is not enough.
 */
function signedAbove(all: Line[], greeting: Greeting | undefined): Tail | undefined {
  // Most replies without a closing at the bottom have none anywhere: one pass over the lines tells.
  const near = all.slice(-APPENDIX_LINES);
  if (!near.some((line) => SIGNED_NAME.test(line.text) || matchClosing(line.text))) return undefined;
  for (let end = all.length - 1; end >= Math.max(2, all.length - APPENDIX_LINES); end--) {
    const tail = closingAbove(all.slice(0, end), greeting);
    if (tail.closing && tail.signature) return tail;
    // "..Ingrid" / "-- Ingrid" on a line of its own: a name marked as a signature.
    if (tail.signature?.lines.length === 1 && SIGNED_NAME.test(tail.signature.text)) return tail;
  }
  return undefined;
}

function closingAbove(lines: Line[], greeting: Greeting | undefined): Tail {
  const run: Line[] = [];
  for (let i = lines.length - 1; i >= 0 && run.length < 6; i--) {
    const line = lines[i];
    if (greeting && line.start <= greeting.start) break;
    const closing = matchClosing(line.text);
    if (closing) {
      const { start, end, text } = trimmed(line);
      const region: Closing = { start, end, text, phrase: closing.phrase };
      const signature = closing.name
        ? inlineName(line, closing.name, run)
        : run.length > 0
          ? makeSignature(run, 'after-closing')
          : undefined;
      return { closing: region, signature };
    }
    if (!isSignatureLike(line.text)) break;
    run.unshift(line);
  }
  // No closing phrase: a short run of name-like lines under the body is still a signature
  // (a bare link or address under the body is not).
  if (run.length > 0 && run.length <= 4 && run.length < lines.length && run.some((l) => !CONTACT.test(l.text))) {
    return { signature: makeSignature(run, 'trailing-name') };
  }
  const last = lines.at(-1);
  const tag = last ? inlineTag(last) : undefined;
  return tag && (!greeting || tag.start >= greeting.end) ? { signature: tag } : {};
}

/** "…look into this for you. -KC" / "^JK" / "— Sam" / "...Roland" at the end of the last line. */
function inlineTag(line: Line): Signature | undefined {
  const from = tagSearchStart(line.text);
  if (from < 0) return undefined;
  // Social replies sign with initials: "-KC", "^JK", "/CB", "- Matt", sometimes before a link.
  // Forum regulars sign with dots: "happy rest of weekend! ...Roland".
  const tag = INLINE_TAG.for(line.text);
  tag.lastIndex = from;
  const m = tag.exec(line.text);
  // "Let me know if that helps...Thanks": a closing word after dots is not a name.
  if (!m || CLOSING_SET.has(m[1].replace(LEADING_NON_LETTERS.for(m[1]), '').toLowerCase())) return undefined;
  const start = line.start + m.index + (m[0].length - m[0].trimStart().length);
  const end = start + m[1].length;
  const region = { start, end, text: line.text.slice(start - line.start, end - line.start) };
  // No spread: V8's unoptimised object spread cost more than the rest of this function.
  return { start, end, text: region.text, lines: [region], kind: 'inline' };
}

/** A signature tag at the end of a line (global: searched from where tagSearchStart says). */
const INLINE_TAG = letters`/(?:^|\s)((?:[-–—~^/]\s?|\.{2,3}|…)(?:\p{Lu}{1,3}|\p{Lu}\p{Ll}{1,15}))(?:\s+https?:\/\/\S{1,200})?\s*$/gu`;
const LEADING_NON_LETTERS = letters`/^[^\p{L}]+/u`;

/**
 * Where inlineTag's pattern need be tried on a reply's last line, or -1 when it cannot match. A
 * tag's mark (a dash, caret, slash, dots) must start within the last 19 characters of the line, a
 * trailing link set aside (the pre-test: a name is at most 16 letters, or more code units when
 * they are astral, and then the mark is further back and the pattern was never worth trying), so
 * the white space before the tag is within the last 21. The pattern, with its Unicode letter
 * classes, then runs on the few lines that pass, over their end only.
 */
function tagSearchStart(text: string): number {
  const core = text.trimEnd().replace(TRAILING_LINK, '');
  if (!TAG_MARK.test(core.slice(-19))) return -1;
  return Math.max(0, core.length - 22);
}
const TRAILING_LINK = /\s+https?:\/\/\S+$/;
const TAG_MARK = /[-\u2013\u2014~^/\u2026]|\.\./;

function inlineName(line: Line, name: string, after: Line[]): Signature {
  const offset = line.text.lastIndexOf(name);
  const first: Region = { start: line.start + offset, end: line.start + offset + name.length, text: name };
  const rest = after.map(trimmed);
  const all = [first, ...rest];
  return { start: first.start, end: all.at(-1)!.end, text: all.map((r) => r.text).join('\n'), lines: all, kind: 'after-closing' };
}

function makeSignature(lines: Line[], kind: Signature['kind']): Signature {
  const regions = lines.map(trimmed);
  return {
    start: regions[0].start,
    end: regions.at(-1)!.end,
    text: regions.map((r) => r.text).join('\n'),
    lines: regions,
    kind,
  };
}

function trimmed(line: Line): Region {
  const lead = line.text.length - line.text.trimStart().length;
  const text = line.text.trim();
  return { start: line.start + lead, end: line.start + lead + text.length, text };
}
