// `--cache`, like ESLint's: a file's results are reused while its content, the configuration
// that applies to it and replylint's version are unchanged. The key is a hash of all three, so a
// stale entry can never be served; an unreadable cache file is treated as empty.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { writeAtomically } from '../fix.js';
import type { FileResult } from '../types.js';
import { lazy } from '../engine/lazy.js';

/** node:crypto costs ~2 ms to load: only runs with --cache need it, and load it once. */
const crypto = lazy(() => createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto'));

export const DEFAULT_CACHE_LOCATION = '.replylintcache';

interface Entry {
  key: string;
  results: FileResult[];
}

interface CacheFile {
  replylint: string;
  files: Record<string, Entry>;
}

export class ResultCache {
  private files: Record<string, Entry>;
  private changed = false;

  private constructor(
    readonly location: string,
    private readonly version: string,
    files: Record<string, Entry>,
  ) {
    this.files = files;
  }

  static open(location: string, version: string): ResultCache {
    return new ResultCache(location, version, readEntries(location, version));
  }

  /** The hash of everything a file's results depend on. */
  key(parts: unknown[]): string {
    const hash = crypto().createHash('sha256').update(this.version);
    for (const part of parts) hash.update('\0').update(typeof part === 'string' || part instanceof Uint8Array ? part : stableJson(part));
    return hash.digest('hex');
  }

  get(path: string, key: string): FileResult[] | undefined {
    const entry = this.files[resolve(path)];
    return entry?.key === key ? structuredClone(entry.results) : undefined;
  }

  set(path: string, key: string, results: FileResult[]): void {
    this.files[resolve(path)] = { key, results: structuredClone(results) };
    this.changed = true;
  }

  /** Written once, atomically, after the run: an interrupted run leaves the old cache intact. */
  save(): void {
    if (!this.changed) return;
    const file: CacheFile = { replylint: this.version, files: this.files };
    writeAtomically(this.location, JSON.stringify(file));
  }
}

function readEntries(location: string, version: string): Record<string, Entry> {
  try {
    const file = JSON.parse(readFileSync(location, 'utf8')) as Partial<CacheFile>;
    if (file.replylint !== version || typeof file.files !== 'object' || file.files === null) return {};
    return file.files;
  } catch {
    return {};
  }
}

/** JSON with sorted keys and functions named by their source, so equal configurations hash alike. */
function stableJson(value: unknown): string {
  const seen = new WeakSet<object>();
  return JSON.stringify(value, function (this: unknown, _key, v: unknown) {
    if (typeof v === 'function') return `fn:${String(v)}`;
    if (v instanceof RegExp) return `re:${String(v)}`;
    if (v === null || typeof v !== 'object') return v;
    if (seen.has(v)) return '[cycle]';
    seen.add(v);
    if (Array.isArray(v)) return v;
    return Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]]));
  });
}
