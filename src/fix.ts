// Applying safe fixes: every non-overlapping fix in one pass, then lint again for the rest, a few
// passes at most. Edits are made on the file's text as read, so line endings and a BOM stay.
import { chmodSync, existsSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import type { Fix } from './types.js';

export const MAX_PASSES = 10;

/** Applies the fixes that do not overlap an earlier one; returns the text and how many applied. */
export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: number } {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let out = '';
  let at = 0;
  let applied = 0;
  for (const fix of sorted) {
    const [start, end] = fix.range;
    if (start < at || end > text.length) continue;
    out += text.slice(at, start) + fix.text;
    at = end;
    applied++;
  }
  return { text: out + text.slice(at), applied };
}

/** Fix, lint again, fix again: until nothing changes or MAX_PASSES. */
export async function fixUntilStable(text: string, fixesOf: (text: string) => Promise<Fix[]>): Promise<{ text: string; passes: number }> {
  let current = text;
  for (let pass = 1; pass <= MAX_PASSES; pass++) {
    const { text: next, applied } = applyFixes(current, await fixesOf(current));
    if (applied === 0 || next === current) return { text: current, passes: pass - 1 };
    current = next;
  }
  return { text: current, passes: MAX_PASSES };
}

/** Write through a temporary file and a rename, keeping an existing file's mode: never a half-written draft. */
export function writeAtomically(path: string, text: string): void {
  const mode = existsSync(path) ? statSync(path).mode : undefined;
  const temp = join(dirname(path), `.${basename(path)}.replylint-${process.pid}.tmp`);
  writeFileSync(temp, text);
  if (mode !== undefined) chmodSync(temp, mode);
  renameSync(temp, path);
}
