// Shared by the tests: run the bundled CLI as a child process, read fixtures.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'replylint.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { input?: string; cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface Fixture {
  name: string;
  path: string;
  text: string;
  original?: string;
}

/** The drafts of fixtures/<rule>/<kind>/, each with its sibling .original.txt if there is one. */
export function fixtures(rule: string, kind: 'valid' | 'invalid'): Fixture[] {
  const dir = join(ROOT, 'fixtures', rule, kind);
  return readdirSync(dir)
    .filter((f) => /\.(?:txt|md)$/.test(f) && !f.endsWith('.original.txt'))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const originalPath = path.replace(/\.(?:txt|md)$/, '.original.txt');
      return {
        name,
        path,
        text: readFileSync(path, 'utf8'),
        original: existsSync(originalPath) ? readFileSync(originalPath, 'utf8') : undefined,
      };
    });
}

/** The text of every draft under fixtures/ (.txt and .md, originals included), for whole-parser comparisons. */
export function fixtureDrafts(): string[] {
  return readdirSync(join(ROOT, 'fixtures'), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(?:txt|md)$/.test(f))
    .map((f) => readFileSync(join(ROOT, 'fixtures', f), 'utf8'));
}
