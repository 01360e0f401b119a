// The CLI bundle's decode-named-character-reference (scripts/build.mjs puts it in that package's
// place): the same decoder of "&eacute;" for micromark, with character-entities' 2,000-entry
// object required from dist/vendor/ the first time a draft has a named reference, instead of
// being built at every start.

/** The CLI bundle's require, which resolves beside it (bin/replylint.js). */
declare const require: (id: string) => { characterEntities: Record<string, string> };

const own = {}.hasOwnProperty;
let entities: Record<string, string> | undefined;

export function decodeNamedCharacterReference(value: string): string | false {
  entities ??= require('./vendor/character-entities.cjs').characterEntities;
  return own.call(entities, value) ? entities[value]! : false;
}
