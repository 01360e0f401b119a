// Glob matching for a configuration's "overrides" and "ignore": picomatch is loaded only when a
// configuration has globs (loadConfig waits for it), since initialising it is ~1 ms of every
// start and most runs have none.
import { createRequire } from 'node:module';
import type Picomatch from 'picomatch';

let picomatch: typeof Picomatch | undefined;

export async function loadGlobMatcher(): Promise<void> {
  picomatch ??= (await import('picomatch')).default;
}

/** A matcher for paths relative to the configuration's folder (dotfiles match too). */
export function globMatcher(globs: string | string[]): (path: string) => boolean {
  // A configuration built without loadConfig: load it here, synchronously.
  picomatch ??= createRequire(import.meta.url)('picomatch') as typeof Picomatch;
  return picomatch(globs, { dot: true });
}
