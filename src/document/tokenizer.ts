// The tokenizer parse-english inherits from parse-latin, with the same output, made cheap: the parser runs on every block of
// every reply, most of it before V8 optimises anything, and parse-latin's `tokenize` tested each
// character against up to three Unicode regular expressions and copied a point object with a
// spread for every token. Here each UTF-16 code unit's class is looked up in a table, filled the
// first time the code unit is met by asking the original tokenizer itself, so the classes can
// never differ from parse-latin's. The plugins that merge and split tokens are parse-english's own,
// run only where they can act (plugin-gates.ts). test/tokenizer.test.ts holds the tokens equal to the original's.
import { ParseEnglish } from 'parse-english';
import type { Point } from 'unist';

type Tokenize = (value: string) => unknown[];

/** Class numbers, indexes into TYPES; 0 is "not looked up yet". */
const WHITE_SPACE = 1;
const WORD = 3;
const TYPES = ['', 'WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'] as const;

const parserPrototype = ParseEnglish.prototype as unknown as { tokenize: Tokenize };
/** parse-latin's tokenize, which ParseEnglish inherits (from ParseLatin's prototype, never patched). */
export const originalTokenize: Tokenize = (Object.getPrototypeOf(parserPrototype) as { tokenize: Tokenize }).tokenize;

const classes = new Uint8Array(65536);

function classOf(value: string, index: number, code: number): number {
  let type = classes[code];
  if (type === 0) {
    const [node] = originalTokenize.call(parserPrototype, value.charAt(index)) as Array<{ type: (typeof TYPES)[number] }>;
    type = TYPES.indexOf(node.type);
    classes[code] = type;
  }
  return type;
}

/**
 * A token as parse-latin makes it: a word holds its text in a TextNode; the two share `start`.
 * They share `end` too, which is also the next token's `start`: parse-latin makes three equal
 * points there, but no plugin ever changes a point (they replace a node's `start` or `end`), and
 * two fewer objects a word were 2% of a batch's instructions (1,000 replies on one thread).
 */
function createNode(type: number, value: string, start: Point, end: Point): unknown {
  return type === WORD
    ? { type: 'WordNode', children: [{ type: 'TextNode', value, position: { start, end } }], position: { start, end } }
    : { type: TYPES[type], value, position: { start, end } };
}

/**
 * parse-latin's tokenize, step for step: runs of word characters or of white space are one token,
 * as is a run of the same punctuation or symbol character (or of surrogates).
 */
export function tokenize(value: string): unknown[] {
  const children: unknown[] = [];
  if (!value) return children;
  let line = 1;
  let column = 1;
  let offset = 0;
  let from = 0;
  let previousType = 0;
  let previous = -1;
  let start: Point = { line, column, offset };
  const length = value.length;
  for (let index = 0; index < length; index++) {
    const code = value.charCodeAt(index);
    const type = classOf(value, index, code);
    const continues = previousType === type && (type === WORD || type === WHITE_SPACE || code === previous || (code >= 0xd800 && code <= 0xdfff));
    if (from < index && !continues) {
      const end = { line, column, offset };
      children.push(createNode(previousType, value.slice(from, index), start, end));
      from = index;
      start = end;
    }
    if (code === 13 || (code === 10 && previous !== 13)) {
      line++;
      column = 1;
    } else if (code !== 10) {
      column++;
    }
    offset++;
    previousType = type;
    previous = code;
  }
  if (from < length) children.push(createNode(previousType, value.slice(from, length), start, { line, column, offset }));
  return children;
}

/** Every ParseEnglish (retext-english makes one per block) tokenizes with the table. */
parserPrototype.tokenize = tokenize;
