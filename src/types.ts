// The shapes every part of replylint shares: spans, the reply document, rules and findings.
import type { Root as NlcstRoot } from 'nlcst';
import type { Platform } from './inputs/unit.js';

/** Half-open range of UTF-16 offsets into the file as read. */
export interface Span {
  start: number;
  end: number;
}

export type Severity = 'off' | 'info' | 'warning' | 'error';
export const SEVERITIES: readonly Severity[] = ['off', 'info', 'warning', 'error'];

/** Things no rule may read as the agent's words: they are copied, generated or filled in later. */
export type OpaqueKind = 'placeholder' | 'url' | 'email' | 'code' | 'html' | 'entity';

export interface OpaqueSpan extends Span {
  kind: OpaqueKind;
  text: string;
}

export type TokenKind = 'word' | 'punctuation' | 'symbol' | 'whitespace' | 'opaque';

export interface Token extends Span {
  kind: TokenKind;
  /** The text exactly as in the file. */
  text: string;
  /** Lower case, curly apostrophes made straight: what patterns compare against. */
  norm: string;
  opaque?: OpaqueKind;
}

/**
 * A unit the phrase engine matches on. Contractions give several terms for one token
 * ("we're" → "we", "are"), so patterns are written in the long form and match both.
 */
export interface Term extends Span {
  norm: string;
  /** Index of the token in `Sentence.tokens` this term comes from. */
  token: number;
  /** Porter stem ('' for punctuation), filled in by the phrase engine the first time it asks. */
  stem?: string;
}

export interface Sentence extends Span {
  text: string;
  tokens: Token[];
  terms: Term[];
  /** Ends with a question mark. */
  isQuestion: boolean;
}

export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'table-cell';

export interface Paragraph extends Span {
  kind: BlockKind;
  text: string;
  sentences: Sentence[];
  /** The retext-english tree of the block, for retext plugins; its offsets start at `start`. */
  tree: NlcstRoot;
}

export interface Region extends Span {
  text: string;
}

export interface Greeting extends Region {
  /** The salutation word(s): "Hi", "Dear", "Good morning". */
  salutation: string;
  /** What follows the salutation, if anything: "Maria", "Sir/Madam", a placeholder. */
  name?: string;
}

export interface Closing extends Region {
  /** The closing phrase without trailing punctuation, lower case: "best regards". */
  phrase: string;
}

export interface Signature extends Region {
  lines: Region[];
  /** Where it came from: lines after a closing, a "-- " block, or an inline "-KC" tag. */
  kind: 'after-closing' | 'delimited' | 'inline' | 'trailing-name';
}

/** The customer's message: from --original, or the quoted part of the draft. */
export interface CustomerMessage {
  source: 'original' | 'quote';
  /**
   * Text of the message; offsets of `paragraphs` point into it. For a quote it is the draft with
   * everything but the customer's words blanked, so its offsets are file offsets.
   */
  text: string;
  paragraphs: Paragraph[];
  /** True when the offsets are positions in the linted file (a quote), false for --original. */
  inFile: boolean;
  name?: string;
}

export interface ReplyDocument {
  /** The reply's text: the file as read, or the reply taken out of an export, page or e-mail. */
  text: string;
  /** The helpdesk whose template syntax the reply uses, when known. */
  platform?: Platform;
  greeting?: Greeting;
  /** The agent's body: every text block between greeting and closing, quoted text excluded. */
  paragraphs: Paragraph[];
  closing?: Closing;
  signature?: Signature;
  /** Quoted customer text in the draft: "> " lines, blockquotes, "On … wrote:" threads. */
  quoted: Region[];
  customer?: CustomerMessage;
  /** Placeholders, URLs, e-mail addresses, code and HTML in the agent's part. */
  opaque: OpaqueSpan[];
  /** Where the agent's own text ends (start of the quoted thread, or the end of the file). */
  agentEnd: number;
  /** A social reply split over several posts marks each ("1/2", "(2/2)"): this one's place. */
  part?: { index: number; of: number };
}

// ---- rules -----------------------------------------------------------------

export type OptionType = 'string' | 'number' | 'boolean' | 'string[]';

export interface OptionSpec {
  type: OptionType;
  default: unknown;
  description: string;
  /** Allowed values for a string option. */
  enum?: readonly string[];
  min?: number;
}

export interface RuleMeta {
  id: string;
  /** Severity in the recommended preset ('off' = only in strict). */
  severity: Severity;
  summary: string;
  /** Why the rule exists and what it leaves alone: a paragraph for the docs and `explain`. */
  description?: string;
  /** Seed file and section the rule comes from, e.g. "003 §10 Don't use empty words". */
  seed: string;
  options?: Record<string, OptionSpec>;
  /** Runs only when the customer's message is known. */
  needsOriginal?: boolean;
  /**
   * Judges what the whole reply does or lacks (an answer, thanks, acknowledgement), so it does not
   * run on one post of a reply split over several ("1/2", "2/2"): the rest is in the other posts.
   */
  wholeReply?: boolean;
  /** May return safe fixes that --fix applies. */
  fixable?: boolean;
}

export interface Fix {
  /** 0-based UTF-16 offsets into the file as read. */
  range: [number, number];
  text: string;
}

export interface SuggestionReport {
  desc: string;
  text: string;
  fix?: Fix;
}

/** What a rule returns: the engine adds rule id, severity, positions and the docs link. */
export interface Report {
  span: Span;
  message: string;
  suggestions?: SuggestionReport[];
  /** A safe fix; only allowed when the rule's meta says fixable. */
  fix?: Fix;
  /** A gentle suggestion: reported as info whatever the rule's severity. */
  nudge?: boolean;
}

export type RuleOptions = Record<string, unknown>;

export interface RuleContext {
  options: RuleOptions;
}

export interface Rule {
  meta: RuleMeta;
  check(doc: ReplyDocument, context: RuleContext): Report[];
}

export interface Finding {
  ruleId: string | null;
  severity: Exclude<Severity, 'off'>;
  message: string;
  span: Span;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  suggestions: SuggestionReport[];
  fix?: Fix;
  docs?: string;
}

export interface FileResult {
  filePath: string;
  findings: Finding[];
  /** The text that was linted, kept for formatters that show source lines. */
  source: string;
  /** The fixed text, after --fix or --fix-dry-run changed something (ESLint's "output"). */
  output?: string;
}
