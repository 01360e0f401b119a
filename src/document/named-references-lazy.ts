// The CLI bundle's decode-named-character-reference (scripts/build.mjs puts it in that package's
// place): the same decoder of "&eacute;" for micromark, with character-entities' 2,000-entry
// object required from dist/vendor/ the first time a draft has a named reference, instead of
// being built at every start.
import { lazy } from '../engine/lazy.js';

/** The CLI bundle's require, which resolves beside it (bin/replylint.js). */
declare const require: (id: string) => { characterEntities: Record<string, string> };

const own = {}.hasOwnProperty;
const entities = lazy(() => require('./vendor/character-entities.cjs').characterEntities);

export function decodeNamedCharacterReference(value: string): string | false {
  const table = entities();
  return own.call(table, value) ? table[value]! : false;
}
