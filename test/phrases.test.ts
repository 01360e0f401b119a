// The phrase engine's pattern language and rewrites.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { compileEntries, compilePattern, findPhrases, parsePattern, PatternError, PhraseSet, readBuiltPatterns, setKey } from '../src/engine/phrases.js';
import { valueOf } from '../src/engine/sorted-lines.js';
import { ROOT } from './helpers.js';
import { parseReply } from '../src/document/reply.js';

const terms = (text: string) => parseReply(text).paragraphs[0].sentences[0].terms;
const matches = (patterns: string[], text: string) =>
  [...PhraseSet.of(patterns).matches(terms(text))].map(([start, length]) =>
    terms(text).slice(start, start + length).map((t) => t.norm).join(' '),
  );

describe('pattern language', () => {
  it('matches words case-insensitively on word boundaries', () => {
    expect(matches(['feedback'], 'Your Feedback helped.')).toEqual(['feedback']);
    expect(matches(['feedback'], 'The feedbacks helped.')).toEqual([]);
  });

  it('supports alternatives, groups and optional parts', () => {
    expect(matches(['should (now)? work|load'], 'It should now load.')).toEqual(['should now load']);
    expect(matches(['(thanks|thank you) for (the|your) feedback'], 'Thank you for your feedback.')).toEqual(['thank you for your feedback']);
    expect(matches(['as (we|our *) clearly state'], 'As our docs clearly state, no.')).toEqual(['as our docs clearly state']);
  });

  it('matches inflections with ~ and contractions in their long form', () => {
    expect(matches(['~refund'], 'We refunded it.')).toEqual(['refunded']);
    expect(matches(['we are unable to'], 'We’re unable to help.')).toEqual(['we are unable to']);
  });

  it('finds a match whatever slot carries the telling word, and none without it', () => {
    // Sets pass over sentences lacking every pattern's telling word (here "steps"/"instructions",
    // the first slot, as the later ones are common words), so a match must still be found there.
    const pattern = '(steps|instructions) (*|* *)? (are|is) (in|on) (our|the)';
    expect(matches([pattern], 'The steps for this are in the guide.')).toEqual(['steps for this are in the']);
    expect(matches([pattern], 'The answers for this are in the guide.')).toEqual([]);
    expect(matches(['we (can|could) ~refund (it|this)', 'a (*|* *)? guide'], 'We could refund it, says a short guide.')).toEqual(['we could refund it', 'a short guide']);
  });

  it('matches a team phrase that shares its name with an object member ("constructor")', () => {
    expect(matches(['constructor'], 'The constructor failed.')).toEqual(['constructor']);
    expect(matches(['tostring'], 'Call toString twice.')).toEqual(['tostring']);
    expect(compilePattern('constructor')).toEqual([{ atom: 'constructor' }]);
  });

  it('never lets a word of a group match a placeholder, which only <opaque> matches', () => {
    const draft = 'Please email {{agent.email}} today.';
    expect(matches(['email (them|<opaque>)'], draft)).toEqual(['email \u0000']);
    // The placeholder's term is "\u0000": a pattern word written so is still no placeholder.
    expect(matches(['email (them|\u0000)'], draft)).toEqual([]);
    expect(matches(['email \u0000'], draft)).toEqual([]);
  });

  it('rejects malformed patterns with a clear error', () => {
    expect(() => compilePattern('(a b')).toThrow(PatternError);
    expect(() => compilePattern('a)')).toThrow('unbalanced ")"');
    expect(() => compilePattern('(a)?')).toThrow('matches no words');
  });
});

describe('phrase entries', () => {
  const table = compileEntries([
    { patterns: ['probably'], message: '"{match}" hedges.', rewrites: [''], skip: { questions: true } },
    { patterns: ['inconvenience'], message: 'Empty: "{match}".', rewrites: ['trouble'], fix: true },
  ]);

  it('deletes a word with its comma and capitalises the next one', () => {
    const text = 'Probably, the cache is stale.\n';
    const [report] = findPhrases(parseReply(text), table);
    expect(report.message).toBe('"Probably" hedges.');
    expect(report.suggestions?.[0]).toEqual({
      desc: 'Remove "Probably": The cache is stale.',
      text: '',
      fix: { range: [0, 11], text: 'T' },
    });
  });

  it('skips questions when asked to, and never matches inside quotes', () => {
    expect(findPhrases(parseReply('Is it probably the cache?\n'), table)).toEqual([]);
    expect(findPhrases(parseReply('The banner said "sorry for the inconvenience" all day.\n'), table)).toEqual([]);
  });

  it('marks a safe fix only when the entry says so', () => {
    const [report] = findPhrases(parseReply('Sorry for the inconvenience.\n'), table);
    expect(report.fix).toEqual({ range: [14, 27], text: 'trouble' });
  });

  it('skips a phrase unless, or when, the reply says something elsewhere (onlyReply, reply)', () => {
    const settled = compileEntries([
      { patterns: ['pass it on'], message: 'Hope: "{match}".', rewrites: [''], skip: { onlyReply: ['(was|were) removed'] } },
      { patterns: ['for now'], message: 'Stopgap: "{match}".', rewrites: [''], skip: { reply: ['workaround'] } },
    ]);
    const messages = (text: string) => findPhrases(parseReply(text), settled).map((r) => r.message);
    expect(messages('I will pass it on.\n')).toEqual([]);
    expect(messages('The export was removed last year.\n\nI will pass it on.\n')).toEqual(['Hope: "pass it on".']);
    expect(messages('Use the old screen for now.\n')).toEqual(['Stopgap: "for now".']);
    expect(messages('Use the old screen for now.\n\nThere is a workaround in the guide.\n')).toEqual([]);
  });
});

describe('patterns parsed at build time (dist/patterns.txt)', () => {
  const table = () => readBuiltPatterns(readFileSync(join(ROOT, 'dist', 'patterns.txt'), 'utf8'));

  it('hold exactly the trees the parser gives today, for every built-in pattern, each found by its text', () => {
    const { trees } = table();
    expect(trees.length).toBeGreaterThan(500);
    for (const line of trees) {
      const [pattern, tree] = line.split('\t') as [string, string];
      expect(parsePattern(pattern.trim()), pattern).toEqual(JSON.parse(tree));
      expect(valueOf(trees, pattern)).toBe(tree);
    }
  });

  it('hold every pattern and phrase set the built-in rules declare, with the telling words compiling the set gives', async () => {
    const { trees, sets } = table();
    // Fresh modules: this file's own sets are declared too.
    vi.resetModules();
    const fresh = await import('../src/engine/phrases.js');
    await import('../rules/index.js');
    expect(fresh.declaredPatterns.length).toBeGreaterThan(20);
    expect(fresh.declaredPatterns.flat().filter((pattern) => valueOf(trees, pattern) === undefined)).toEqual([]);
    for (const list of fresh.declaredPatterns) {
      expect(sets[setKey(list)], list.join(' / ')).toEqual(PhraseSet.tellingWordsOf(list));
    }
  });

  it('a set the build knows passes over a sentence without its telling words, and matches one with them', () => {
    const [list] = Object.keys(table().sets).map((key) => key.split('\n')).filter((l) => l.includes('feedback'));
    expect(list).toBeDefined();
    expect(PhraseSet.of(list!).test(terms('The export finished overnight.'))).toBe(false);
    expect(PhraseSet.of(list!).test(terms('Thanks for the feedback.'))).toBe(true);
  });
});
