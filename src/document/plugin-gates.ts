// parse-english's plugins, run only where they can act. The parser runs 7 sentence plugins over
// every token of a block and 13 paragraph plugins over its sentences, and most of them look for one
// character: "&" to join to the next word, "/" between short words, "." of an initialism. A plugin
// whose every change needs a character the block lacks is skipped for that block; each plugin's
// gate below names the test in its source that needs it. Two plugins are replaced by equivalents
// without their per-child cost: patchPosition (it only ever reads the first and last child) and
// breakImplicitSentences (it split every white-space token into lines to count line breaks).
// The trees are identical to the original parser's: test/plugin-gates.test.ts compares them on
// every fixture and on cases built for each gate.
import { ParseEnglish } from 'parse-english';
import type { Parent, Point } from 'unist';
import { modifyChildren } from './modify-children.js';

type Plugin = (node: Parent) => void;
type Method = (this: ParserPrototype, value: string) => Parent;
interface ParserPrototype {
  tokenizeSentencePlugins: Plugin[];
  tokenizeParagraphPlugins: Plugin[];
  tokenizeRootPlugins: Plugin[];
  tokenizeSentence: Method;
  tokenizeParagraph: Method;
  tokenizeRoot: Method;
}
type Positioned = Parent & { position?: { start?: Point; end?: Point } };
type Literal = { type: string; value: string; position?: { start: Point; end: Point } };

const english = ParseEnglish.prototype as unknown as ParserPrototype;
/** ParseLatin's prototype: its three tokenize methods and the plugin lists parse-english extends. */
const latin = Object.getPrototypeOf(english) as ParserPrototype;

/**
 * The text being parsed: the three tokenize methods of one parse all receive the same block text,
 * and set it before their plugins run (a plugin is called with the node alone).
 */
let text = '';

/** A test of the block text, made once per block however many plugins share it ("." gates four). */
type Gate = () => boolean;
function gate(needs: RegExp): Gate {
  let tested: string | undefined;
  let found = false;
  return () => {
    if (tested !== text) {
      tested = text;
      found = needs.test(text);
    }
    return found;
  };
}

function gated(open: Gate, plugin: Plugin): Plugin {
  return (node) => {
    if (open()) plugin(node);
  };
}

/** patchPosition, in O(1): the original visits every child but only reads the first and the last. */
function patchPosition(node: Positioned): void {
  const children = node.children;
  if (children.length === 0) return;
  const first = children[0];
  if (first.position && (!node.position || !node.position.start)) {
    if (!node.position) node.position = {} as Positioned['position'];
    node.position!.start = first.position.start;
  }
  const last = children[children.length - 1];
  if (last.position && (!node.position || !node.position.end)) {
    if (!node.position) node.position = {} as Positioned['position'];
    node.position!.end = last.position.end;
  }
}

/** How many line breaks a white-space token holds (CR LF is one), as `split(/\r\n|\r|\n/)` counts them. */
function lineBreaks(value: string): number {
  let count = 0;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code === 13) {
      count++;
      if (value.charCodeAt(index + 1) === 10) index++;
    } else if (code === 10) count++;
  }
  return count;
}

/**
 * parse-latin's breakImplicitSentences: white space holding two or more line breaks inside a
 * sentence ends it there. The same steps, counting the breaks instead of splitting the text.
 */
const breakImplicitSentences = modifyChildren<Positioned>((child, index, parent) => {
  if (child.type !== 'SentenceNode') return;
  const sentence = child as Positioned;
  const children = sentence.children;
  let position = 0;
  while (++position < children.length - 1) {
    const node = children[position] as unknown as Literal;
    if (node.type !== 'WhiteSpaceNode' || lineBreaks(node.value) < 2) continue;
    sentence.children = children.slice(0, position);
    const insertion: Positioned = { type: 'SentenceNode', children: children.slice(position + 1) };
    const tail = children[position - 1];
    const head = children[position + 1];
    parent.children.splice(index + 1, 0, node as never, insertion as never);
    if (sentence.position && tail.position && head.position) {
      const end = sentence.position.end;
      sentence.position.end = tail.position.end;
      insertion.position = { start: head.position.start, end };
    }
    return index + 1;
  }
});

/** The plugin lists as parse-english 7 builds them, checked by identity where plugins repeat. */
function knownShape(): boolean {
  const sentence = latin.tokenizeSentencePlugins;
  const paragraph = latin.tokenizeParagraphPlugins;
  const root = latin.tokenizeRootPlugins;
  return (
    sentence.length === 6 &&
    paragraph.length === 12 &&
    root.length === 4 &&
    english.tokenizeSentencePlugins.length === 7 &&
    english.tokenizeSentencePlugins[1] === sentence[0] &&
    english.tokenizeParagraphPlugins.length === 13 &&
    english.tokenizeParagraphPlugins[1] === paragraph[0] &&
    sentence[5] === paragraph[11] &&
    paragraph[11] === root[3] &&
    paragraph[7] === root[0] &&
    paragraph[8] === root[1] &&
    paragraph[10] === root[2]
  );
}

function install(): boolean {
  if (!knownShape()) return false;
  const period = gate(/\./);
  const [elision, initialWordSymbol, finalWordSymbol, innerWordSymbol, innerWordSlash, initialisms] = english.tokenizeSentencePlugins;
  english.tokenizeSentencePlugins = [
    gated(gate(/['\u2019/]/), elision), // a "/" after "w", an apostrophe: /^['’]$/
    gated(gate(/&/), initialWordSymbol), // toString(child) !== '&'
    gated(gate(/-/), finalWordSymbol), // toString(child) === '-'
    gated(gate(/[&'\-.:=?@_\u00AD\u00B7\u2010\u2011\u2019\u2027]/), innerWordSymbol), // wordSymbolInner
    gated(gate(/\//), innerWordSlash), // toString(child) === '/'
    gated(period, initialisms), // toString(child) === '.'
    patchPosition as Plugin,
  ];
  const p = english.tokenizeParagraphPlugins;
  english.tokenizeParagraphPlugins = [
    gated(period, p[0]), // mergeEnglishPrefixExceptions: toString(period) === '.'
    p[1], // mergeNonWordSentences
    p[2], // mergeAffixSymbol
    p[3], // mergeInitialLowerCaseLetterSentences
    gated(gate(/[0-9]/), p[4]), // mergeInitialDigitSentences: /^\d/
    gated(period, p[5]), // mergePrefixExceptions: toString(period) === '.'
    gated(gate(/[,;]/), p[6]), // mergeAffixExceptions: value !== ',' && value !== ';'
    gated(period, p[7]), // mergeRemainingFullStops: toString(grandchild) !== '.'
    p[8], // makeInitialWhiteSpaceSiblings
    p[9], // makeFinalWhiteSpaceSiblings
    gated(gate(/[\r\n]/), breakImplicitSentences as Plugin),
    p[11], // removeEmptyNodes
    patchPosition as Plugin,
  ];
  const r = english.tokenizeRootPlugins;
  english.tokenizeRootPlugins = [r[0], r[1], r[2], patchPosition as Plugin];
  for (const name of ['tokenizeSentence', 'tokenizeParagraph', 'tokenizeRoot'] as const) {
    const method = latin[name];
    english[name] = function (value) {
      text = value;
      return method.call(this, value);
    };
  }
  return true;
}

/** parse-english's own parser, for tests: its plugin lists and methods as they were before install. */
const original: ParserPrototype = Object.assign(Object.create(english) as ParserPrototype, {
  tokenizeSentencePlugins: english.tokenizeSentencePlugins,
  tokenizeParagraphPlugins: english.tokenizeParagraphPlugins,
  tokenizeRootPlugins: english.tokenizeRootPlugins,
  tokenizeSentence: latin.tokenizeSentence,
  tokenizeParagraph: latin.tokenizeParagraph,
  tokenizeRoot: latin.tokenizeRoot,
});
export function parseUngated(value: string): Parent {
  return original.tokenizeRoot(value);
}

/** Whether the gates are in place (false only if parse-english's plugin lists changed shape). */
export const gatesInstalled = install();
