// parse-english's plugins behind their gates (src/document/plugin-gates.ts) build the trees the
// ungated parser builds: on every fixture draft and on texts made to hit each gate from both sides.
import { describe, expect, it } from 'vitest';
import { ParseEnglish } from 'parse-english';
import { gatesInstalled, parseUngated } from '../src/document/plugin-gates.js';
import { fixtureDrafts } from './helpers.js';

const parse = (text: string): unknown => new ParseEnglish().parse(text);

function expectSame(text: string): void {
  expect(parse(text)).toEqual(parseUngated(text));
}


describe('plugin gates', () => {
  it('are installed on parse-english 7', () => {
    expect(gatesInstalled).toBe(true);
  });

  it.each([
    ['no gate character at all', 'Hi Sam thanks for writing in'],
    ['"&" joined to the next word, and a lone "&"', 'Ask R&D and &co about it & more'],
    ['"-" ending a word, and a dash between words', 'pre- and post-sale help - today'],
    ['"/" after "w", between short and long words', 'Come w/ me; and/or a/b, either/or'],
    ['apostrophes straight and curly, elisions', "It's fine. 'tis the season, rock 'n' roll, ’em and y’all o' clock"],
    ['initialisms and abbreviations', 'The U.S.A. office, e.g. Mr. Smith at 3 p.m. on Dec. 5. Then 1.2.3.'],
    ['sentences starting with digits and lower case', 'It costs 12. 50 of them. then more. Ok.'],
    ['affix commas and semicolons', 'Really?, yes; Wait!; no. , fine'],
    ['remaining full stops', 'See section . 4 and the file .env . Done.'],
    ['blank lines inside a block, LF and CRLF and CR', 'One\n\nTwo\r\n\r\nThree\r\rFour\n \n five'],
    ['one line break only', 'One\nTwo\r\nThree'],
    ['white space at the edges', '  \n Hi there.  \n\n  Bye. \n'],
    ['empty and white-space-only text', ''],
    ['only white space', ' \n\n '],
    ['punctuation only', '!!! ... ?'],
    ['inner word symbols', 'user@example name:value a=b snake_case x·y soft\u00adhyphen'],
  ])('%s', (_name, text) => expectSame(text));

  it('matches the ungated parser on every fixture draft, whole and block by block', () => {
    const drafts = fixtureDrafts();
    expect(drafts.length).toBeGreaterThan(400);
    for (const text of drafts) {
      expectSame(text);
      for (const block of text.split(/\n\s*\n/)) expectSame(block);
    }
  });

  it('matches the ungated parser on texts built from every gate character', () => {
    // A fixed pseudo-random sequence, so a failure reproduces.
    let seed = 7;
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const parts = ['a', 'ab', 'abc', 'I', 'w', 'n', 'U', '12', '3', ' ', ' ', '\n', '\r\n', '\n\n', '&', '-', '/', "'", '’', '.', ',', ';', ':', '?', '!', '_', '@', '"', ')', '(', '…', 'Mr', 'etc', 'e', 'g'];
    for (let i = 0; i < 3000; i++) {
      let text = '';
      const length = 1 + random(24);
      for (let j = 0; j < length; j++) text += parts[random(parts.length)];
      expectSame(text);
    }
  });
});
