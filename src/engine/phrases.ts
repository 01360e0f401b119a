// The declarative phrase engine: every phrase rule (and every team phrase from config) is a table
// of entries, pattern → message → rewrites. Patterns match the terms of the reply document's
// sentences, so case, curly apostrophes, contractions and word boundaries are handled once, here.
//
// Pattern language (one pattern = one string):
//   word            a word, lower case ("feedback"); contractions are written long ("we are")
//   a|b|c           one of several words
//   (a b|c d)       one of several word sequences
//   x?  (a b)?      optional word or group
//   ~word           any inflection of the word (same Porter stem: ~refund = refunds, refunded…)
//   *               any one word
//   <opaque>        a placeholder, link, address or code span
//   , ? !           punctuation, literally
import { existsSync, readFileSync } from 'node:fs';
import { stemmer } from 'stemmer';
import type { Report, ReplyDocument, Sentence, SuggestionReport, Term } from '../types.js';
import { perReply } from '../document/per-reply.js';
import { readLines, sortedLines, valueOf, writeLines } from './sorted-lines.js';
import { CAPITALISED, LETTER_FIRST, LETTER_OR_DIGIT_FIRST, letters, LOWER_CASE_FIRST } from './letters.js';

/** A word's first character: a letter, a digit or an apostrophe ("'s", "'ll"). */
const WORD_FIRST = letters`/^[\p{L}\d']/u`;

/**
 * One word slot, as a string: the word itself, "~" + a Porter stem, "*" for any word or
 * "<opaque>". Strings rather than {kind, word} objects: the build's table of ~800 parsed patterns
 * (dist/patterns.txt) is half the size, and it is read at every start.
 */
type Atom = string;
const ANY = '*';
const OPAQUE = '<opaque>';
const isWord = (atom: Atom): boolean => atom !== ANY && atom !== OPAQUE && atom.charCodeAt(0) !== 126; // "~"

export interface PhraseMatch {
  sentence: Sentence;
  /** Index of the first matched term in `sentence.terms`. */
  first: number;
  /** Index just past the last matched term. */
  last: number;
  start: number;
  end: number;
  /** The matched text as written in the file. */
  text: string;
  /** The matched terms' normal forms. */
  norms: string[];
}

type Template = string | ((match: PhraseMatch) => string);

export interface PhraseSkip {
  /** Leave the phrase alone in a sentence that asks a question. */
  questions?: boolean;
  /** Leave it alone after "if", "unless", "whether" earlier in the sentence. */
  conditionals?: boolean;
  /** Leave it alone when written with a capital mid-sentence: a product or UI name ("the Feedback tab"). */
  capitalizedMidSentence?: boolean;
  /** Leave it alone unless it opens the sentence ("Looks like…", not "looks like a calendar"). */
  midSentence?: boolean;
  /** Leave it alone when the next word is one of these. */
  before?: readonly string[];
  /** Leave it alone unless the next word is one of these (context that is not part of the match). */
  onlyBefore?: readonly string[];
  /** Leave it alone unless the previous word is one of these. */
  onlyAfter?: readonly string[];
  /** Leave it alone when the previous word is one of these. */
  after?: readonly string[];
  /** Leave it alone when the sentence also contains one of these patterns (e.g. ownership). */
  sentence?: readonly string[];
  /** Leave it alone when the sentence, the one before or the two after contain one of these. */
  nearby?: readonly string[];
  /** Leave it alone when the reply's body contains one of these anywhere (e.g. a workaround). */
  reply?: readonly string[];
  /** Leave it alone unless the reply's body contains one of these somewhere (e.g. a settled "no"). */
  onlyReply?: readonly string[];
}

export interface PhraseEntry {
  patterns: readonly string[];
  /** "{match}" stands for the matched text. */
  message: Template;
  /** Replacements for the matched text, best first; "" deletes it. */
  rewrites: readonly Template[];
  /** The rewrites replace the whole sentence, not just the matched words. */
  rewriteSentence?: boolean;
  /** Whether the first rewrite is safe to apply with --fix. */
  fix?: boolean | ((match: PhraseMatch) => boolean);
  skip?: PhraseSkip;
}

export interface CompiledEntry {
  entry: PhraseEntry;
  skipSentence?: PhraseSet;
  skipNearby?: PhraseSet;
  skipReply?: PhraseSet;
  needReply?: PhraseSet;
}

const MAX_PER_SENTENCE = 8;
const CONDITIONALS = new Set(['if', 'unless', 'whether', 'provided', 'assuming', 'once']);

/** Index of the first "if", "unless", "as long as" in each sentence, found once per sentence. */
const firstConditional = new WeakMap<readonly Term[], number>();

/** "if", "unless", "as long as" earlier in the sentence make what follows a condition. */
function isConditional(terms: readonly Term[], before: number): boolean {
  let first = firstConditional.get(terms);
  if (first === undefined) {
    first = terms.findIndex(
      (t, i) => CONDITIONALS.has(t.norm) || (t.norm === 'long' && terms[i - 1]?.norm === 'as' && terms[i + 1]?.norm === 'as'),
    );
    if (first === -1) first = Number.POSITIVE_INFINITY;
    firstConditional.set(terms, first);
  }
  return first < before;
}

// ---- compiling ---------------------------------------------------------------

// "optional" is only present when true: the build's pattern table (dist/patterns.txt) is a
// quarter smaller without thousands of "optional": false, and is read at every start.
type Node = Group | { atom: Atom; optional?: true };
/** A group of alternatives; once a match reaches it (filed), its one-word alternatives are in `words`, the others in `rest`. */
type Group = { alternatives: Node[][]; optional?: true; words?: ReadonlySet<string>; rest?: Node[][] };
const optionalIf = (optional: boolean): { optional?: true } => (optional ? { optional: true } : {});

export class PatternError extends Error {}

/**
 * Recursive descent over the pattern: inside parentheses "|" separates word sequences; outside,
 * "a|b" (no spaces) is one slot with alternative words.
 */
export function parsePattern(pattern: string): Node[] {
  let at = 0;
  const fail = (what: string): never => {
    throw new PatternError(`${what} in pattern "${pattern}"`);
  };
  const sequence = (inGroup: boolean): Node[] => {
    const nodes: Node[] = [];
    for (;;) {
      while (pattern[at] === ' ') at++;
      const c = pattern[at];
      if (c === undefined || c === ')' || (inGroup && c === '|')) return nodes;
      if (c === '(') {
        at++;
        const alternatives: Node[][] = [sequence(true)];
        while (pattern[at] === '|') {
          at++;
          alternatives.push(sequence(true));
        }
        if (pattern[at] !== ')') fail('unclosed "("');
        at++;
        const optional = pattern[at] === '?';
        if (optional) at++;
        if (alternatives.some((a) => a.length === 0)) fail('empty alternative');
        nodes.push({ alternatives, ...optionalIf(optional) });
        continue;
      }
      const from = at;
      while (at < pattern.length && !endsWord(pattern.charCodeAt(at), inGroup)) at++;
      nodes.push(wordSlot(pattern.slice(from, at), pattern));
    }
  };
  const nodes = sequence(false);
  if (at < pattern.length) fail('unbalanced ")"');
  return nodes;
}

/** Space, tab, newline, "(", ")" and, inside a group, "|" end a word (a char-code test: a team's
 * patterns are parsed at every start, and a regular expression per character showed in the profile). */
function endsWord(code: number, inGroup: boolean): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 40 || code === 41 || (inGroup && code === 124);
}

function wordSlot(token: string, pattern: string): Node {
  const optional = token.length > 1 && token.endsWith('?');
  const body = optional ? token.slice(0, -1) : token;
  const words = body.split('|').filter(Boolean);
  if (words.length === 0) throw new PatternError(`empty word in pattern "${pattern}"`);
  const atoms = words.map(toAtom);
  if (atoms.length === 1) return { atom: atoms[0], ...optionalIf(optional) };
  return { alternatives: atoms.map((atom) => [{ atom }]), ...optionalIf(optional) };
}

function toAtom(word: string): Atom {
  if (word === ANY || word === OPAQUE) return word;
  if (word.startsWith('~') && word.length > 1) return `~${stemmer(word.slice(1).toLowerCase())}`;
  return word.toLowerCase().replace(/’/g, "'");
}

/** Parses a pattern, failing early on one that can match nothing. */
export function compilePattern(pattern: string): Node[] {
  const table = builtPatterns();
  const tree = table ? valueOf(table.trees, pattern) : undefined;
  return tree ? (JSON.parse(tree) as Node[]) : parseChecked(pattern);
}

function parseChecked(pattern: string): Node[] {
  const nodes = parsePattern(pattern.trim());
  if (nodes.length === 0 || nodes.every((n) => n.optional)) throw new PatternError(`pattern "${pattern}" matches no words`);
  return nodes;
}

/**
 * What the build works out for the built-in patterns (dist/patterns.txt, scripts/patterns.ts):
 * each pattern's tree, parsed only when a set that holds it is compiled (most sets never are for a
 * short draft), and each phrase set's telling words, so a set passes over a sentence without being
 * compiled at all. Parsing and filing the ~800 patterns was ~9 ms of every cold start. Keyed by
 * the patterns' text, so an edited or a team's pattern is simply parsed here.
 */
export interface BuiltPatterns {
  /** "pattern<TAB>tree JSON" lines, sorted (sorted-lines.ts). */
  trees: readonly string[];
  sets: Record<string, readonly string[] | null>;
  /** The distinct anchor-word lists of the patterns (anchorWords), each a bit in the telling index too. */
  anchors?: ReadonlyArray<readonly string[]>;
}

/**
 * The build's file: the sets and anchors as JSON on its first line, then the trees' lines. As one
 * JSON object with every tree a string in it, reading it cost ~1 ms more of every start (CPU
 * profiles of one draft: 4.3 → 3.1 ms with the look-ups of the trees used).
 */
export function readBuiltPatterns(text: string): BuiltPatterns {
  const lines = readLines(text);
  const { sets, anchors } = JSON.parse(lines[0]!) as Omit<BuiltPatterns, 'trees'>;
  return { trees: lines.slice(1), sets, anchors };
}

export function writeBuiltPatterns(trees: ReadonlyMap<string, unknown>, sets: BuiltPatterns['sets'], anchors: BuiltPatterns['anchors']): string {
  const lines = sortedLines([...trees].map(([pattern, tree]) => [pattern, JSON.stringify(tree)] as const));
  return writeLines([JSON.stringify({ sets, anchors }), ...lines]);
}

let built: BuiltPatterns | null | undefined;

/**
 * The built sets' telling words in one index (word → the bits of the sets it tells for), so a
 * sentence is looked up once for every set (bitsOf) instead of once per set: each set
 * looked up each term, and most sets of most sentences found nothing. The patterns' anchor-word
 * lists have bits of their own after the sets': a candidate's anchor test is then one bit of the
 * sentence's, instead of a Set look-up per anchor word (lists of up to 30 words).
 */
interface TellingIndex {
  bitOf: Map<string, number>;
  /** Anchor list (anchorKey) → its bit. */
  anchorBitOf: Map<string, number>;
  words: Map<string, Int32Array>;
  chunks: number;
}
let tellingIndex: TellingIndex | undefined;

/** An anchor list's key in the build's table and the index. */
export const anchorKey = (anchors: readonly string[]): string => anchors.join('\n');

function indexTellingWords(built: BuiltPatterns): TellingIndex {
  const { sets, anchors = [] } = built;
  const keys = Object.keys(sets).filter((key) => sets[key] !== null);
  const chunks = Math.ceil((keys.length + anchors.length) / 32);
  const index: TellingIndex = { bitOf: new Map(), anchorBitOf: new Map(), words: new Map(), chunks };
  const file = (words: readonly string[], bit: number): void => {
    for (const word of words) {
      let bits = index.words.get(word);
      if (!bits) index.words.set(word, (bits = new Int32Array(chunks)));
      bits[bit >> 5] |= 1 << (bit & 31);
    }
  };
  keys.forEach((key, bit) => {
    index.bitOf.set(key, bit);
    file(sets[key]!, bit);
  });
  anchors.forEach((list, i) => {
    index.anchorBitOf.set(anchorKey(list), keys.length + i);
    file(list, keys.length + i);
  });
  return index;
}

/**
 * Each sentence's bits in the telling index, worked out the first time a set asks; keyed by the
 * terms array, which the document model never changes once made (as for wordsOf).
 */
const sentenceBits = new WeakMap<readonly Term[], Int32Array>();

function bitsOf(terms: readonly Term[]): Int32Array {
  let bits = sentenceBits.get(terms);
  if (!bits) {
    const { words, chunks } = tellingIndex!;
    bits = new Int32Array(chunks);
    for (let i = 0; i < terms.length; i++) {
      const found = words.get(terms[i].norm);
      if (found) for (let c = 0; c < chunks; c++) bits[c] |= found[c];
    }
    sentenceBits.set(terms, bits);
  }
  return bits;
}

const hasBit = (bits: Int32Array, bit: number): boolean => (bits[bit >> 5] & (1 << (bit & 31))) !== 0;

function builtPatterns(): BuiltPatterns | null {
  if (built === undefined) {
    built = null;
    for (const relative of ['./patterns.txt', '../patterns.txt', '../../dist/patterns.txt']) {
      const url = new URL(relative, import.meta.url);
      if (existsSync(url)) {
        built = readBuiltPatterns(readFileSync(url, 'utf8'));
        tellingIndex = indexTellingWords(built);
        break;
      }
    }
  }
  return built;
}

const sharedSets = new Map<string, PhraseSet>();

/** A set's key in the built table: its patterns, in order. */
export function setKey(patterns: readonly string[]): string {
  return patterns.join('\n');
}

/**
 * Every pattern list given to PhraseSet.of or compileEntries when the rules are defined, for the
 * build to parse ahead (scripts/patterns.ts). Bounded: a long-lived process that loads team
 * phrases again and again does not grow it for ever.
 */
export const declaredPatterns: Array<readonly string[]> = [];
function declare(patterns: readonly string[]): void {
  if (declaredPatterns.length < 10_000) declaredPatterns.push(patterns);
}

/** The atoms a match can start with; undefined when the first word can be anything. */
function firstAtoms(nodes: readonly Node[]): Atom[] | undefined {
  const atoms: Atom[] = [];
  for (const node of nodes) {
    if ('atom' in node) {
      if (node.atom === ANY || node.atom === OPAQUE) return undefined;
      atoms.push(node.atom);
    } else {
      for (const alternative of node.alternatives) {
        const inner = firstAtoms(alternative);
        if (!inner) return undefined;
        atoms.push(...inner);
      }
    }
    if (!node.optional) return atoms;
  }
  return undefined;
}

// ---- matching ----------------------------------------------------------------

const stemCache = new Map<string, string>();
function stemOf(norm: string): string {
  let stem = stemCache.get(norm);
  if (stem === undefined) {
    stem = stemmer(norm);
    if (stemCache.size < 50_000) stemCache.set(norm, stem);
  }
  return stem;
}

/** The term's stem, '' for punctuation and symbols; worked out once per term, not per rule. */
function termStem(term: Term): string {
  term.stem ??= LETTER_OR_DIGIT_FIRST.test(term.norm) ? stemOf(term.norm) : '';
  return term.stem;
}

function atomMatches(atom: Atom, term: Term): boolean {
  if (atom === OPAQUE) return term.norm === '\u0000';
  if (term.norm === '\u0000') return false;
  if (isWord(atom)) return term.norm === atom;
  const stem = termStem(term);
  if (stem === '') return false;
  // "~refund" against the stem "refund", without cutting a new string.
  return atom === ANY || (atom.length === stem.length + 1 && atom.endsWith(stem));
}

/**
 * The group with its one-word alternatives filed in a set, for matching: "(sales|billing|…|legal)"
 * is one look-up of the term instead of a try of each word (groups of twenty words and more were
 * most of what matching cost). Filed the first time a match reaches the group: a single draft
 * reaches few of them. The set is added to the compiled tree, which is never serialised again
 * (dist/patterns.txt is written from parsePattern's trees).
 */
function filed(group: Group): Group & { words: ReadonlySet<string>; rest: Node[][] } {
  if (!group.words) {
    const words = new Set<string>();
    const rest: Node[][] = [];
    const alternatives = group.alternatives;
    for (let a = 0; a < alternatives.length; a++) {
      const alternative = alternatives[a];
      const only = alternative[0];
      // A placeholder term's norm is "\u0000", which atomMatches never lets a word match.
      if (alternative.length === 1 && 'atom' in only && !only.optional && isWord(only.atom) && only.atom !== '\u0000') words.add(only.atom);
      else rest.push(alternative);
    }
    group.words = words;
    group.rest = rest;
  }
  return group as Group & { words: ReadonlySet<string>; rest: Node[][] };
}

/**
 * The furthest term a match of nodes[k…] starting at `at` reaches, or -1. Runs of plain words are
 * walked in a loop; only optional slots and groups branch. (This is the hottest code of a run.)
 */
function longestEnd(nodes: readonly Node[], k: number, terms: readonly Term[], at: number): number {
  for (; k < nodes.length; k++, at++) {
    const node = nodes[k];
    if (!('atom' in node) || node.optional) break;
    if (at >= terms.length || !atomMatches(node.atom, terms[at])) return -1;
  }
  if (k === nodes.length) return at;
  const node = nodes[k];
  let best = -1;
  if ('atom' in node) {
    if (at < terms.length && atomMatches(node.atom, terms[at])) best = longestEnd(nodes, k + 1, terms, at + 1);
  } else {
    const { words, rest: alternatives } = filed(node);
    if (at < terms.length && words.has(terms[at].norm)) best = longestEnd(nodes, k + 1, terms, at + 1);
    for (let a = 0; a < alternatives.length; a++) {
      const ends = allEnds(alternatives[a], terms, at);
      for (let e = 0; e < ends.length; e++) best = Math.max(best, longestEnd(nodes, k + 1, terms, ends[e]));
    }
  }
  if (node.optional) best = Math.max(best, longestEnd(nodes, k + 1, terms, at));
  return best;
}

/** Every term a match of a group's alternative can end at (usually one). */
function allEnds(nodes: readonly Node[], terms: readonly Term[], at: number): number[] {
  const first = nodes[0];
  // The common "(word|word)" alternative: one plain word.
  if (nodes.length === 1 && 'atom' in first && !first.optional) {
    return at < terms.length && atomMatches(first.atom, terms[at]) ? [at + 1] : NONE;
  }
  const out: number[] = [];
  collectEnds(nodes, 0, terms, at, out);
  return out;
}

function collectEnds(nodes: readonly Node[], k: number, terms: readonly Term[], at: number, out: number[]): void {
  if (k === nodes.length) {
    out.push(at);
    return;
  }
  const node = nodes[k];
  if ('atom' in node) {
    if (at < terms.length && atomMatches(node.atom, terms[at])) collectEnds(nodes, k + 1, terms, at + 1, out);
  } else {
    const { words, rest: alternatives } = filed(node);
    if (at < terms.length && words.has(terms[at].norm)) collectEnds(nodes, k + 1, terms, at + 1, out);
    for (let a = 0; a < alternatives.length; a++) {
      const ends = allEnds(alternatives[a], terms, at);
      for (let e = 0; e < ends.length; e++) collectEnds(nodes, k + 1, terms, ends[e], out);
    }
  }
  if (node.optional) collectEnds(nodes, k + 1, terms, at, out);
}

/**
 * Words one of which a match needs, after its first word: those of the mandatory slot with the
 * fewest common words ("provider" rather than "the"), each alternative counted by its first word.
 * A sentence without any of them cannot match, which one look-up per candidate tells before any
 * matching.
 */
export function anchorWords(nodes: readonly Node[]): readonly string[] | undefined {
  return tellingWords(nodes, 1);
}

/** Words so common that a sentence without them is rare: a poor choice of telling word. */
const COMMON = new Set(
  ('the a an to of in on at for with and or but is are was were be been am it this that these those you your we our i my me us ' +
    'they their he she his her have has had do does did will would can could should may might not no so if as by from up out all ' +
    'any just here there what how when go get see let know more some please').split(' '),
);

/**
 * Words one of which every match needs, for the set's sentence test: those of the mandatory slot
 * (first slot included) with the fewest common words, the later of equals. Undefined when no
 * mandatory slot is plain words only (the first is a stem or any word, and nothing else is fixed).
 */
function tellingWords(nodes: readonly Node[], from = 0): readonly string[] | undefined {
  let best: readonly string[] | undefined;
  let bestCommon = Number.POSITIVE_INFINITY;
  for (let k = from; k < nodes.length; k++) {
    const node = nodes[k];
    if (node.optional) continue;
    const words = 'atom' in node ? firstWords([[node]]) : firstWords(node.alternatives);
    if (!words) continue;
    const common = words.filter((word) => COMMON.has(word)).length;
    if (common <= bestCommon) {
      best = words;
      bestCommon = common;
    }
  }
  return best;
}

/** The first word of each alternative, or undefined when one can start with anything else. */
function firstWords(alternatives: readonly Node[][]): string[] | undefined {
  const words: string[] = [];
  for (let i = 0; i < alternatives.length; i++) {
    const first = alternatives[i]![0];
    if (!first || !('atom' in first) || first.optional || !isWord(first.atom)) return undefined;
    words.push(first.atom);
  }
  return words;
}

/** The words of each sentence as a set, built once per sentence for the anchor test. */
const sentenceWords = new WeakMap<readonly Term[], Set<string>>();

function wordsOf(terms: readonly Term[]): Set<string> {
  let set = sentenceWords.get(terms);
  if (!set) {
    set = new Set();
    for (let i = 0; i < terms.length; i++) set.add(terms[i].norm);
    sentenceWords.set(terms, set);
  }
  return set;
}

function hasAnyWord(words: ReadonlySet<string>, anchors: readonly string[]): boolean {
  for (let i = 0; i < anchors.length; i++) if (words.has(anchors[i])) return true;
  return false;
}

const NONE: never[] = [];

function mentionsAny(terms: readonly Term[], words: ReadonlySet<string>): boolean {
  for (let i = 0; i < terms.length; i++) if (words.has(terms[i].norm)) return true;
  return false;
}

/** A compiled pattern, the value it stands for, and the words one of which it needs. */
interface Compiled<T> {
  nodes: Node[];
  value: T;
  anchors?: readonly string[];
  /** The anchors' bit in the telling index, when the build listed them (built-in patterns). */
  anchorBit?: number;
}

/** A set of patterns indexed by their possible first words, so most terms cost one map look-up. */
export class PhraseSet<T = number> {
  private byWord = new Map<string, Array<Compiled<T>>>();
  private byStem = new Map<string, Array<Compiled<T>>>();
  private anyFirst: Array<Compiled<T>> = [];
  /** Patterns of PhraseSet.of not compiled yet: most sets are never used by a given run. */
  private pending?: { patterns: readonly string[]; values?: readonly T[] };
  /**
   * What a sentence must hold for the set to match, so that most sentences are passed over at
   * once: for a set the build knows, its bit in the telling index (looked up on its first scan);
   * for another, its own telling words, gathered as its patterns are added (tellingWords: each
   * pattern's least common mandatory slot). Null when a pattern has no mandatory slot of plain
   * words (no test); undefined until the first scan.
   */
  private telling: number | Set<string> | null | undefined;

  add(nodes: Node[], value: T): void {
    const anchors = anchorWords(nodes);
    const anchorBit = anchors && tellingIndex?.anchorBitOf.get(anchorKey(anchors));
    const compiled: Compiled<T> = anchorBit === undefined ? { nodes, value, anchors } : { nodes, value, anchorBit };
    const first = firstAtoms(nodes);
    if (this.telling instanceof Set) {
      const needs = tellingWords(nodes);
      if (needs) for (const word of needs) this.telling.add(word);
      else this.telling = null;
    }
    if (!first) {
      this.anyFirst.push(compiled);
      return;
    }
    const seen = new Set<string>();
    for (const atom of first) {
      const key = isWord(atom) ? `w:${atom}` : `s:${atom}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (isWord(atom)) push(this.byWord, atom, compiled);
      else push(this.byStem, atom.slice(1), compiled);
    }
  }

  /** A set compiled on first use; compilePattern checks patterns that come from a configuration. */
  static of(patterns: readonly string[]): PhraseSet {
    // One set per list of patterns: rules that share a skip list (hedging spreads the same ones
    // over a dozen entries) compile it once, and a reply is tested against it once.
    const key = setKey(patterns);
    let set = sharedSets.get(key);
    if (!set) {
      set = PhraseSet.lazy(patterns);
      if (sharedSets.size < 10_000) sharedSets.set(key, set);
    }
    return set;
  }

  /** A set of patterns, each standing for its value (0 without values), compiled on first use. */
  static lazy<V>(patterns: readonly string[], values?: readonly V[]): PhraseSet<V> {
    const set = new PhraseSet<V>();
    set.pending = { patterns, values };
    declare(patterns);
    return set;
  }

  private compilePending(): void {
    const { patterns, values } = this.pending!;
    this.pending = undefined;
    patterns.forEach((pattern, i) => this.add(compilePattern(pattern), (values ? values[i] : 0) as T));
  }

  /** The set's test from the build's table (its bit, or null), or undefined when the build does not know it. */
  private builtTelling(): number | null | undefined {
    const key = setKey(this.pending!.patterns);
    const built = builtPatterns();
    if (!built || !Object.hasOwn(built.sets, key)) return undefined;
    return built.sets[key] === null ? null : tellingIndex!.bitOf.get(key)!;
  }

  /** The telling words a compiled set found: what the build writes for it. */
  static tellingWordsOf(patterns: readonly string[]): string[] | null {
    const set = new PhraseSet();
    set.telling = new Set();
    for (const pattern of patterns) set.add(parseChecked(pattern), 0);
    return set.telling ? [...set.telling] : null;
  }

  /** Every (start, length, value) where a pattern matches the terms, longest match per pattern and start. */
  matches(terms: readonly Term[]): Array<[number, number, T]> {
    return this.scan(terms, true) ?? NONE;
  }

  test(terms: readonly Term[]): boolean {
    return this.scan(terms, false) !== undefined;
  }

  /**
   * Every match (`all`), or the first, or undefined when there is none. Indexed loops and no
   * callback: this runs for every sentence in each phrase set, mostly before V8 optimises it,
   * where a for-of allocated an iterator and its results (once a fifth of all a batch allocated)
   * and a callback a closure per call.
   */
  private scan(terms: readonly Term[], all: boolean): Array<[number, number, T]> | undefined {
    if (this.telling === undefined) {
      // A set the build knows is tested before it is compiled (a short draft compiles few sets);
      // another learns its telling words by compiling.
      this.telling = this.builtTelling();
      if (this.telling === undefined) {
        this.telling = new Set();
        this.compilePending();
      }
    }
    // The sentence's bits and words are looked up once per scan, not per candidate (a WeakMap
    // look-up is no cheap thing cold).
    const telling = this.telling;
    let bits: Int32Array | undefined;
    if (typeof telling === 'number') {
      bits = bitsOf(terms);
      if (!hasBit(bits, telling)) return undefined;
    } else if (telling !== null && !mentionsAny(terms, telling)) {
      return undefined;
    }
    if (this.pending) this.compilePending();
    let found: Array<[number, number, T]> | undefined;
    let words: Set<string> | undefined;
    for (let i = 0; i < terms.length; i++) {
      const candidates = this.candidates(terms[i]);
      for (let c = 0; c < candidates.length; c++) {
        const { nodes, value, anchors, anchorBit } = candidates[c];
        if (anchorBit !== undefined ? !hasBit((bits ??= bitsOf(terms)), anchorBit) : anchors && !hasAnyWord((words ??= wordsOf(terms)), anchors)) continue;
        const end = longestEnd(nodes, 0, terms, i);
        if (end <= i) continue;
        (found ??= []).push([i, end - i, value]);
        if (!all) return found;
      }
    }
    return found;
  }

  /** The patterns that can start at this term; most terms have none, so nothing is allocated. */
  private candidates(term: Term): ReadonlyArray<Compiled<T>> {
    const byWord = this.byWord.get(term.norm);
    const stem = this.byStem.size > 0 ? termStem(term) : '';
    const byStem = stem === '' ? undefined : this.byStem.get(stem);
    const sources = (byWord ? 1 : 0) + (byStem ? 1 : 0) + (this.anyFirst.length > 0 ? 1 : 0);
    if (sources === 0) return NONE;
    if (sources === 1) return byWord ?? byStem ?? this.anyFirst;
    return [...new Set([...(byWord ?? []), ...(byStem ?? []), ...this.anyFirst])];
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * A phrase rule's table: its patterns in one set, each standing for its entry's index. Nothing is
 * parsed or indexed until a reply is linted with it; the patterns are declared for the build.
 */
export function compileEntries(entries: readonly PhraseEntry[]): { set: PhraseSet; compiled: CompiledEntry[] } {
  const patterns = entries.flatMap((entry) => entry.patterns);
  const set = PhraseSet.lazy(
    patterns,
    entries.flatMap((entry, index) => entry.patterns.map(() => index)),
  );
  const compiled = entries.map((entry) => {
    const skip = entry.skip;
    return {
      entry,
      skipSentence: skip?.sentence ? PhraseSet.of(skip.sentence) : undefined,
      skipNearby: skip?.nearby ? PhraseSet.of(skip.nearby) : undefined,
      skipReply: skip?.reply ? PhraseSet.of(skip.reply) : undefined,
      needReply: skip?.onlyReply ? PhraseSet.of(skip.onlyReply) : undefined,
    };
  });
  return { set, compiled };
}

/** The sentences the phrase rules read: the agent's body, never quotes or the envelope. Listed
 * once per reply: some fifteen phrase rules read them, one after another. */
export const bodySentences = perReply((doc: ReplyDocument): readonly Sentence[] => doc.paragraphs.flatMap((paragraph) => paragraph.sentences));

/** What a skip rule may look at around a match. */
interface Surroundings {
  text: string;
  sentences: readonly Sentence[];
  index: number;
  replyTests: Map<PhraseSet, boolean>;
  /** Whether a set matches a sentence, so a long sentence with many matches is read once per set. */
  sentenceTests: Map<PhraseSet, Map<number, boolean>>;
}

export function findPhrases(doc: ReplyDocument, table: ReturnType<typeof compileEntries>): Report[] {
  const reports: Report[] = [];
  const sentences = bodySentences(doc);
  let around: Surroundings | undefined;
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index];
    const matches = table.set.matches(sentence.terms);
    if (matches.length === 0) continue;
    around ??= { text: doc.text, sentences, index: 0, replyTests: new Map(), sentenceTests: new Map() };
    around.index = index;
    const found: Array<{ match: PhraseMatch; entry: CompiledEntry }> = [];
    for (const [first, length, i] of matches) {
      const entry = table.compiled[i];
      const match = toMatch(doc.text, sentence, first, first + length);
      if (!skipped(around, entry, match)) found.push({ match, entry });
    }
    // Leftmost, then longest, wins; overlapping matches are one finding. A sentence gets a few
    // findings per rule at most: a run-on with hundreds of matches stays linear.
    found.sort((a, b) => a.match.start - b.match.start || b.match.end - a.match.end);
    let reachedEnd = -1;
    let reported = 0;
    for (const { match, entry } of found) {
      if (match.start < reachedEnd) continue;
      reachedEnd = match.end;
      reports.push(toReport(doc.text, match, entry.entry));
      if (++reported >= MAX_PER_SENTENCE) break;
    }
  }
  return reports;
}

function toMatch(text: string, sentence: Sentence, first: number, last: number): PhraseMatch {
  const terms = sentence.terms.slice(first, last);
  const start = terms[0].start;
  const end = terms.at(-1)!.end;
  return { sentence, first, last, start, end, text: text.slice(start, end), norms: terms.map((t) => t.norm) };
}

/** Offsets of the quotation marks in each sentence, found once per sentence. */
const quoteMarks = new WeakMap<Sentence, Array<[number, number]>>();

/** Inside "…" in the agent's sentence: words quoted from someone else, not the agent's own. */
export function insideQuotes(text: string, sentence: Sentence, at: number): boolean {
  let marks = quoteMarks.get(sentence);
  if (!marks) {
    marks = [];
    for (let i = sentence.start; i < sentence.end; i++) {
      const c = text[i];
      // [offset, kind]: 0 straight, 1 opening curly, -1 closing curly
      if (c === '"') marks.push([i, 0]);
      else if (c === '\u201c') marks.push([i, 1]);
      else if (c === '\u201d') marks.push([i, -1]);
    }
    quoteMarks.set(sentence, marks);
  }
  let straight = 0;
  let open = 0;
  for (let i = 0; i < marks.length; i++) {
    const [offset, kind] = marks[i];
    if (offset >= at) break;
    if (kind === 0) straight++;
    else open += kind;
  }
  return straight % 2 === 1 || open > 0;
}

function cachedTest(around: Surroundings, set: PhraseSet, index: number): boolean {
  let tests = around.sentenceTests.get(set);
  if (!tests) around.sentenceTests.set(set, (tests = new Map()));
  let found = tests.get(index);
  if (found === undefined) tests.set(index, (found = set.test(around.sentences[index].terms)));
  return found;
}

/** Whether any sentence of the reply's body matches the set: asked once per reply and set. */
function replyHas(around: Surroundings, set: PhraseSet): boolean {
  let found = around.replyTests.get(set);
  if (found === undefined) {
    found = around.sentences.some((s) => set.test(s.terms));
    around.replyTests.set(set, found);
  }
  return found;
}

function skipped(around: Surroundings, compiled: CompiledEntry, match: PhraseMatch): boolean {
  if (insideQuotes(around.text, match.sentence, match.start)) return true;
  if (compiled.skipNearby) {
    for (let i = Math.max(0, around.index - 1); i < Math.min(around.sentences.length, around.index + 4); i++) {
      if (cachedTest(around, compiled.skipNearby, i)) return true;
    }
  }
  if (compiled.skipReply && replyHas(around, compiled.skipReply)) return true;
  if (compiled.needReply && !replyHas(around, compiled.needReply)) return true;
  const skip = compiled.entry.skip;
  if (!skip) return false;
  const { sentence } = match;
  const terms = sentence.terms;
  if (skip.questions && sentence.isQuestion) return true;
  if (skip.conditionals && isConditional(terms, match.first)) return true;
  if (skip.capitalizedMidSentence && CAPITALISED.test(match.text) && !isSentenceStart(sentence, match.first)) return true;
  if (skip.midSentence && !isSentenceStart(sentence, match.first)) return true;
  const next = nextWord(terms, match.last);
  if (skip.before && next && skip.before.includes(next.norm)) return true;
  if (skip.onlyBefore && !(next && skip.onlyBefore.includes(next.norm))) return true;
  if (skip.onlyAfter && !(previousWord(terms, match.first) && skip.onlyAfter.includes(previousWord(terms, match.first)!.norm))) return true;
  const previous = previousWord(terms, match.first);
  if (skip.after && previous && skip.after.includes(previous.norm)) return true;
  if (compiled.skipSentence && cachedTest(around, compiled.skipSentence, around.index)) return true;
  return false;
}

/** A term that is a word: it starts with a letter (not punctuation, a number or a link). */
export function isWordTerm(term: Term): boolean {
  return LETTER_FIRST.test(term.norm);
}

/** True when only punctuation (quotes, brackets, bullets) comes before term `index`. */
export function isSentenceStart(sentence: Sentence, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const term = sentence.terms[i];
    // The parser keeps "…order 07. Hopefully, it…" in one sentence; a full stop still starts a new one.
    if (/^[.!?]+$/.test(term.norm)) return true;
    if (LETTER_OR_DIGIT_FIRST.test(term.norm) || term.norm === '\u0000') return false;
  }
  return true;
}

function nextWord(terms: readonly Term[], from: number): Term | undefined {
  const term = terms[from];
  return term && WORD_FIRST.test(term.norm) ? term : undefined;
}

function previousWord(terms: readonly Term[], before: number): Term | undefined {
  const term = terms[before - 1];
  return term && WORD_FIRST.test(term.norm) ? term : undefined;
}

// ---- reports and rewrites ------------------------------------------------------

function render(template: Template, match: PhraseMatch): string {
  return typeof template === 'function' ? template(match) : template.replaceAll('{match}', match.text);
}

function toReport(text: string, match: PhraseMatch, entry: PhraseEntry): Report {
  const suggestions = entry.rewrites.map((rewrite) =>
    entry.rewriteSentence ? sentenceSuggestion(match.sentence, render(rewrite, match)) : suggestion(text, match, render(rewrite, match)),
  );
  const safe = typeof entry.fix === 'function' ? entry.fix(match) : entry.fix === true;
  return {
    span: { start: match.start, end: match.end },
    message: render(entry.message, match),
    suggestions,
    fix: safe && suggestions[0]?.fix ? suggestions[0].fix : undefined,
  };
}

/**
 * Turns a replacement for the matched text into an edit of the file that reads well: the case of
 * the first letter is kept, and a deletion takes its comma and space along and capitalises the
 * word that now starts the sentence.
 */
export function suggestion(text: string, match: PhraseMatch, replacement: string): SuggestionReport {
  const atStart = isSentenceStart(match.sentence, match.first);
  let start = match.start;
  let end = match.end;
  let insert = atStart || CAPITALISED.test(match.text) ? capitalize(replacement) : replacement;
  if (replacement === '') {
    const after = /^,?[ \t]*/.exec(text.slice(end, end + 8))?.[0] ?? '';
    if (atStart) {
      end += after.length;
      const nextChar = text[end];
      if (nextChar && LOWER_CASE_FIRST.test(nextChar)) {
        end += 1;
        insert = nextChar.toUpperCase();
      }
    } else {
      const before = /[ \t]*$/.exec(text.slice(Math.max(0, start - 8), start))?.[0] ?? '';
      start -= before.length;
      if (after.startsWith(',') && !/^[,;:]/.test(text.slice(start - 1, start))) end += 1;
    }
  }
  const rewritten = text.slice(match.sentence.start, start) + insert + text.slice(end, match.sentence.end);
  const desc =
    replacement === ''
      ? `Remove "${match.text}": ${oneLine(rewritten)}`
      : `Replace "${match.text}" with "${insert}": ${oneLine(rewritten)}`;
  // `text` is the rewrite of the matched words; `fix` is the edit that applies it cleanly.
  return { desc, text: replacement === '' ? '' : insert, fix: { range: [start, end], text: insert } };
}

/** A rewrite of the whole sentence the phrase stands in. */
export function sentenceSuggestion(sentence: Sentence, replacement: string): SuggestionReport {
  return {
    desc: `Rewrite the sentence: ${oneLine(replacement)}`,
    text: replacement,
    fix: { range: [sentence.start, sentence.end], text: replacement },
  };
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
