// The table-driven tokenizer (src/document/tokenizer.ts) gives parse-latin's tokens exactly: the
// same nodes, positions and shared start points, on every fixture and on the characters and
// line endings where a class table could go wrong. It shares more points than parse-latin does,
// which is safe while no plugin writes to one.
import { describe, expect, it } from 'vitest';
import { ParseEnglish } from 'parse-english';
import { originalTokenize, tokenize } from '../src/document/tokenizer.js';
import { fixtureDrafts } from './helpers.js';
import { lintText, resolveRules } from '../src/index.js';

const reference = (text: string): unknown[] => originalTokenize.call(ParseEnglish.prototype, text);

type Token = { type: string; value?: string; children?: Token[]; position: { start: object; end: object } };

function expectSame(text: string): void {
  const ours = tokenize(text) as Token[];
  const theirs = reference(text) as Token[];
  expect(ours).toEqual(theirs);
  // A word's TextNode and WordNode share their start point, as parse-latin's do.
  ours.forEach((token, i) => {
    const shared = theirs[i].children?.[0].position.start === theirs[i].position.start;
    expect(token.children?.[0].position.start === token.position.start).toBe(shared);
  });
}

describe('tokenizer', () => {
  it.each([
    ['empty text', ''],
    ['runs of the same punctuation and of different punctuation', 'Wait!!! What?! Really... ok—fine -- yes.'],
    ['symbols, digits and words', 'Order #4521 costs $12.50 (+VAT) & ships 3×; 50% off @ 9am'],
    ['CRLF, lone CR and LF line ends', 'Hi Sam,\r\n\r\nThanks.\rBest\n\n\tJo  \u00a0 '],
    ['astral characters (surrogate pairs) and emoji runs', 'Great 👍👍 news 🎉! 𝒜 done'],
    ['a lone surrogate', 'bad \ud800 char \udc00\ud800 end'],
    ['accented and non-Latin letters', 'Merci, Zoë — naïve café; Привет мир; 東京 こんにちは'],
    ['curly quotes and apostrophes', '“It’s fixed,” she said ‘twice’.'],
    ['white space of every kind', 'a\u2003b\u2028c\u3000d\u0085e\u000bf'],
  ])('%s', (_name, text) => expectSame(text));

  it('matches parse-latin on every fixture draft', () => {
    const drafts = fixtureDrafts();
    expect(drafts.length).toBeGreaterThan(400);
    for (const text of drafts) expectSame(text);
  });

  it('is the tokenizer every ParseEnglish uses', () => {
    expect(new ParseEnglish().tokenize('Hi there')).toEqual(reference('Hi there'));
    expect((ParseEnglish.prototype as unknown as { tokenize: unknown }).tokenize).toBe(tokenize);
  });

  it('shares points between tokens only because nothing that reads the tree changes a point in place', () => {
    const freeze = (tokens: Token[]): Token[] => {
      for (const token of tokens) {
        for (const node of [token, ...(token.children ?? [])]) {
          Object.freeze(node.position.start);
          Object.freeze(node.position.end);
        }
      }
      return tokens;
    };
    const [first, second] = freeze(tokenize('Hi there') as Token[]) as [Token, Token];
    expect([first.position.end === second.position.start, first.children?.[0].position.end === first.position.end]).toEqual([true, true]);
    // Strict-mode code, as this file and every plugin is, throws on writing to a frozen point.
    expect(() => Object.assign(first.position.end, { offset: 1 })).toThrow(TypeError);
    // Every fixture through the whole linter (parse-english's plugins, the parser gates, every rule
    // of the strict preset, retext-repeated-words on the tree) with every point frozen.
    const prototype = ParseEnglish.prototype as unknown as { tokenize: (value: string) => unknown[] };
    const enabled = resolveRules({ preset: 'strict' });
    prototype.tokenize = (value) => freeze(tokenize(value) as Token[]);
    try {
      for (const text of fixtureDrafts()) expect(() => lintText(text, { enabled })).not.toThrow();
    } finally {
      prototype.tokenize = tokenize;
    }
  });
});
