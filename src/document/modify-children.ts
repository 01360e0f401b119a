// unist-util-modify-children's contract, for the bundle: parse-latin and parse-english build most
// of their plugins on it, and each plugin walks every child of every sentence and paragraph of
// every reply. The package hands each child to array-iterate, which calls an inner function with
// `.call` that calls the plugin: two extra calls a child, mostly before V8 optimises anything
// (~3% of linting a batch). scripts/build.mjs aliases the package to this module;
// test/modify-children.test.ts holds the two to the same behaviour.
import type { Parent } from 'unist';

/** What a plugin returns: the index to go on from (a number), or nothing for the next child. */
export type Modifier<Kind extends Parent> = (child: Kind['children'][number], index: number, parent: Kind) => number | undefined | void;

/** A function that calls `modifier` for each child of a parent, as unist-util-modify-children does. */
export function modifyChildren<Kind extends Parent>(modifier: Modifier<Kind>): (parent: Kind) => void {
  return function modify(parent: Kind): void {
    // array-iterate also threw for children without a length of their own; parse-latin's are arrays.
    if (!parent || !parent.children) throw new Error('Missing children in `parent` for `modifier`');
    const children = parent.children;
    // children.length is read each time: a plugin may insert or remove children.
    for (let index = 0; index < children.length; index++) {
      if (!(index in children)) continue;
      const next = modifier(children[index], index, parent);
      // array-iterate's rule: a number is the index to go on from (a negative one walks up to 0,
      // the holes check skipping the negative indexes).
      if (typeof next === 'number') index = next - 1;
    }
  };
}
