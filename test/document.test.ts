// The reply document: regions, sentences and tokens at exact file offsets.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownBlocks, parseReply, proseBlocks } from '../src/document/reply.js';
import { ROOT } from './helpers.js';
import { lintText } from '../src/lint-text.js';
import { resolveRules } from '../src/config.js';
import type { ReplyDocument } from '../src/types.js';

const sentences = (doc: ReplyDocument) => doc.paragraphs.flatMap((p) => p.sentences.map((s) => s.text));

describe('reply document', () => {
  const draft = [
    'Hi Maria,',
    '',
    'Thanks for flagging the double charge. I refunded the second payment today.',
    '',
    'Let me know if anything else looks off.',
    '',
    'Cheers,',
    'Tom',
    'Acme Billing',
    '',
  ].join('\n');

  it('finds greeting, body sentences, closing and signature', () => {
    const doc = parseReply(draft);
    expect(doc.greeting).toMatchObject({ text: 'Hi Maria,', salutation: 'Hi', name: 'Maria' });
    expect(sentences(doc)).toEqual([
      'Thanks for flagging the double charge.',
      'I refunded the second payment today.',
      'Let me know if anything else looks off.',
    ]);
    expect(doc.closing).toMatchObject({ text: 'Cheers,', phrase: 'cheers' });
    expect(doc.signature?.lines.map((l) => l.text)).toEqual(['Tom', 'Acme Billing']);
  });

  it('gives every region and sentence its exact offsets in the file', () => {
    const doc = parseReply(draft);
    for (const region of [doc.greeting!, doc.closing!, doc.signature!]) {
      expect(draft.slice(region.start, region.end)).toBe(region.text);
    }
    for (const p of doc.paragraphs) for (const s of p.sentences) expect(draft.slice(s.start, s.end)).toBe(s.text);
  });

  it('splits a greeting from body text on the same line', () => {
    const doc = parseReply('Hi Ana, thanks for writing in! Your order ships today.\n\nBest,\nKim\n');
    expect(doc.greeting?.text).toBe('Hi Ana,');
    expect(sentences(doc)).toEqual(['thanks for writing in!', 'Your order ships today.']);
  });

  it('keeps offsets exact after Markdown escapes and entities', () => {
    const text = 'Hi Jo,\n\nThe total is 5 \\* 3 &amp; we will circle back tomorrow.\n\nBest,\nSam\n';
    const doc = parseReply(text);
    const words = doc.paragraphs[0].sentences[0].tokens.filter((t) => t.kind === 'word');
    const circle = words.find((t) => t.norm === 'circle')!;
    expect(text.slice(circle.start, circle.end)).toBe('circle');
    const entity = doc.opaque.find((o) => o.kind === 'entity')!;
    expect(text.slice(entity.start, entity.end)).toBe('&amp;');
  });

  it('treats placeholders, URLs, e-mail addresses and code as opaque tokens', () => {
    const text = 'Hi {{ticket.requester.first_name}},\n\nOpen https://example.com/feedback or write to help@example.com, then run `feedback --reset`.\n\nBest,\nSam\n';
    const doc = parseReply(text);
    expect(doc.greeting?.name).toBe('{{ticket.requester.first_name}}');
    const kinds = doc.opaque.map((o) => [o.kind, text.slice(o.start, o.end)]);
    expect(kinds).toEqual([
      ['placeholder', '{{ticket.requester.first_name}}'],
      ['url', 'https://example.com/feedback'],
      ['email', 'help@example.com'],
      ['code', '`feedback --reset`'],
    ]);
    expect(lintText(text).findings.filter((f) => f.ruleId === 'empty-words')).toEqual([]);
  });

  it('expands contractions into terms, curly apostrophes included', () => {
    const doc = parseReply('We’re unable to do that, and it\'s not Amazon\'s fault.\n');
    expect(doc.paragraphs[0].sentences[0].terms.map((t) => t.norm)).toEqual([
      'we', 'are', 'unable', 'to', 'do', 'that', ',', 'and', 'it', 'is', 'not', 'amazon', "'s", 'fault', '.',
    ]);
  });

  it('ends a sentence at a lower-case word that English abbreviations would swallow', () => {
    const doc = parseReply('Your message came in. Nobody else can use the card now.\n');
    expect(sentences(doc)).toEqual(['Your message came in.', 'Nobody else can use the card now.']);
  });

  it('reads the quoted customer message, never as the agent\'s text', () => {
    const text = [
      'Hi Priya,',
      '',
      'Your refund went out today.',
      '',
      'Cheers,',
      'Sam',
      '',
      'On Tue, 3 Mar 2026 at 09:14, Priya Shah <priya@example.com> wrote:',
      '> Can I get a refund? Sorry for the inconvenience.',
      '',
    ].join('\n');
    const doc = parseReply(text);
    expect(doc.agentEnd).toBe(text.indexOf('On Tue'));
    expect(doc.customer?.name).toBe('Priya Shah');
    expect(doc.customer?.paragraphs.flatMap((p) => p.sentences.map((s) => s.text))).toEqual([
      'Can I get a refund?',
      'Sorry for the inconvenience.',
    ]);
    expect(lintText(text).findings.map((f) => f.ruleId)).not.toContain('empty-words');
  });

  it('does not join an inline "> " quote to the agent\'s next paragraph', () => {
    const text = 'Hi Lee,\n\n> Where is my parcel?\nIt arrives on Friday, and here is the tracking link.\n\nBest,\nMo\n';
    const doc = parseReply(text);
    expect(sentences(doc)).toEqual(['It arrives on Friday, and here is the tracking link.']);
    expect(doc.customer?.paragraphs[0].sentences[0].text).toBe('Where is my parcel?');
  });

  it('takes a "-- " block as the signature and a social tag as an inline one', () => {
    expect(parseReply('Hi Bo,\n\nDone.\n\n-- \nRita Gomez\nAcme\n').signature).toMatchObject({ kind: 'delimited', text: 'Rita Gomez\nAcme' });
    expect(parseReply('@123 Please DM us your order number. -KC\n').signature).toMatchObject({ kind: 'inline', text: '-KC' });
  });
});

describe('plain prose skips micromark with the same blocks', () => {
  const trimmed = (text: string, blocks: Array<{ start: number; end: number; kind: string }>) =>
    blocks.map(({ start, end, kind }) => {
      while (start < end && /\s/.test(text[start])) start++;
      while (end > start && /\s/.test(text[end - 1])) end--;
      return `${start}-${end} ${kind}`;
    });
  const drafts = readdirSync(join(ROOT, 'fixtures'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(ROOT, 'fixtures', f), 'utf8'));
  const edges = [
    'Hi Sam,\n\nThanks for writing in.\n   Indented by three.\ntrailing spaces   \n \t \nNext paragraph.',
    'Hi Sam,\r\n\r\nWindows line endings.\r\nSecond line.\r\n',
    'One line only',
    '\n\n\nLeading blank lines.\n',
  ];
  it.each([...drafts, ...edges].map((text, i) => [i, text]))('text %i', (_, text) => {
    const fast = proseBlocks(text);
    if (!fast) return; // Markdown syntax: remark-parse reads it
    const remark = markdownBlocks(text);
    expect(remark.opaque).toEqual([]);
    expect(trimmed(text, fast)).toEqual(trimmed(text, remark.blocks));
  });

  it('leaves anything with Markdown syntax to remark-parse', () => {
    for (const text of ['Use `npm ci`.', 'See <https://example.com>.', 'Read [the guide](https://x.io).', '- step one\n- step two', '1. Open it', '# Heading', 'Title\n=====', '> quoted', '    code', 'a\rb']) {
      expect(proseBlocks(text), text).toBeUndefined();
    }
  });
});

describe('words that name JavaScript object members', () => {
  // Looked up in plain objects, "constructor" once crashed every rule run (a function, not a list).
  const words = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf'];
  it('are words like any other, in the draft and in the customer\'s message', () => {
    const draft = `Hi Sam,\n\nThe ${words.join(' and the ')} settings are fixed now. Sorry about the ${words[0]} bug.\n\nBest wishes,\nMo\n`;
    const doc = parseReply(draft, { original: `Why is the ${words.join(' ')} page broken?? This is ridiculous.` });
    expect(doc.paragraphs[0].sentences[0].terms.map((t) => t.norm)).toEqual(expect.arrayContaining(['constructor', 'tostring', 'valueof', 'hasownproperty']));
    const strict = resolveRules({ preset: 'strict' });
    expect(() => lintText(draft, { enabled: strict, original: `Why is the ${words.join(' ')} page broken??` })).not.toThrow();
  });
});

describe('one post of a split social reply', () => {
  it.each([
    ['@4711 1/2 Sorry for the wait on your parcel, the depot had a backlog this week.', { index: 1, of: 2 }],
    ['@4711 You can change the date in the app under Orders. (2/2)', { index: 2, of: 2 }],
    ['@4711 Here is the form for the refund: https://example.com/refund 2/2 -KC', { index: 2, of: 2 }],
    ['Hi Sam,\n\nThe steps are in the guide below.\n\nBest,\nMo (2/3)', { index: 2, of: 3 }],
    ['Hi Sam,\n\nOur app is rated 4/5 by reviewers, and the update fixes the sync bug.\n\nBest,\nMo', undefined],
    ['@4711 We are open 24/7 if you want to call.', undefined],
  ])('%s', (text, part) => {
    expect(parseReply(text).part).toEqual(part);
  });
});
