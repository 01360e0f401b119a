// The bundle's walker for parse-latin's plugins (src/document/modify-children.ts, aliased for
// unist-util-modify-children in scripts/build.mjs) visits exactly as the package does: the same
// children, indexes and parent, the same jumps when a plugin returns an index, the same children
// after a plugin inserts or removes some, and the same error.
import { describe, expect, it } from 'vitest';
import { modifyChildren as original } from 'unist-util-modify-children';
import { modifyChildren as ours } from '../src/document/modify-children.js';

type Child = { type: string; value: string };
type Tree = { type: string; children: Child[] };
type Step = (child: Child, index: number, parent: Tree, visit: number) => number | undefined;

const tree = (...values: string[]): Tree => ({ type: 'root', children: values.map((value) => ({ type: 'text', value })) });

/** The visits (value@index) and the children left when a plugin doing `step` walks a fresh tree. */
function walk(make: typeof ours, values: string[], step: Step): { visits: string[]; left: string[] } {
  const parent = tree(...values);
  const visits: string[] = [];
  make<Tree>((child, index, p) => {
    expect(p).toBe(parent);
    visits.push(`${child.value}@${index}`);
    return step(child, index, p, visits.length);
  })(parent);
  return { visits, left: parent.children.map((c) => c.value) };
}

const cases: Array<[string, string[], Step]> = [
  ['visits every child in order', ['a', 'b', 'c'], () => undefined],
  ['goes on from a returned index (forwards)', ['a', 'b', 'c', 'd', 'e'], (c) => (c.value === 'a' ? 3 : undefined)],
  ['goes on from a returned index (back, once)', ['a', 'b', 'c'], (c, _i, _p, n) => (c.value === 'c' && n < 4 ? 1 : undefined)],
  ['walks up to 0 after a negative index', ['a', 'b', 'c'], (c, _i, _p, n) => (c.value === 'b' && n < 3 ? -2 : undefined)],
  [
    'merges a child into the previous one and stays there',
    ['a', '-', 'b', 'c'],
    (c, i, p) => {
      if (c.value !== '-') return undefined;
      p.children.splice(i - 1, 3, { type: 'text', value: `${p.children[i - 1].value}-${p.children[i + 1].value}` });
      return i - 1;
    },
  ],
  [
    'skips children it inserts',
    ['a', 'b'],
    (c, i, p) => {
      if (c.value !== 'a') return undefined;
      p.children.splice(i + 1, 0, { type: 'text', value: 'new' });
      return i + 2;
    },
  ],
  ['reads the length again when a child is removed without a jump', ['a', 'b', 'c'], (c, i, p) => void (c.value === 'a' && p.children.splice(i, 1)) as undefined],
];

describe('modifyChildren', () => {
  it.each(cases)('%s', (_name, values, step) => {
    expect(walk(ours, values, step)).toEqual(walk(original as typeof ours, values, step));
  });

  it('skips holes in the children', () => {
    const values = ['a', 'b', 'c'];
    const sparse = (make: typeof ours): string[] => {
      const parent = tree(...values);
      delete (parent.children as unknown as Record<number, Child>)[1];
      const seen: string[] = [];
      make<Tree>((child, index) => void seen.push(`${child.value}@${index}`))(parent);
      return seen;
    };
    expect(sparse(ours)).toEqual(['a@0', 'c@2']);
    expect(sparse(ours)).toEqual(sparse(original as typeof ours));
  });

  it('throws the same error for a parent without children', () => {
    const noop = (): undefined => undefined;
    expect(() => ours(noop)({ type: 'root' } as unknown as Tree)).toThrow('Missing children in `parent` for `modifier`');
    expect(() => (original as typeof ours)(noop)({ type: 'root' } as unknown as Tree)).toThrow('Missing children in `parent` for `modifier`');
  });
});
