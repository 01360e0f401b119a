// Many files are spread over worker threads, one per core: each opens the same session and takes
// the next file as soon as it is done. Results come back in input order, and the first failing
// file (in input order) fails the run, exactly as when the files are linted one after another.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { UsageError } from '../engine/errors.js';
import type { FileResult } from '../types.js';
import type { SessionFlags } from './session.js';

/** Below this many files, starting the workers (~0.1 s each) costs more than it saves. */
export const POOL_THRESHOLD = 200;

/**
 * On 2 cores the pool gains nothing: one linting thread already keeps the second core busy with
 * garbage collection and compilation (1,000 replies: 0.97 s alone, 1.00 s on two workers, and two
 * separate processes scale only 1.25×). So it starts from 4 cores; REPLYLINT_WORKERS=n forces n
 * threads (0 or 1: lint in the main thread).
 */
export const POOL_MIN_CORES = 4;

export function workerCount(files: number, env: NodeJS.ProcessEnv, cores = availableParallelism()): number {
  const forced = env.REPLYLINT_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(Number(forced), files);
  if (files < POOL_THRESHOLD || cores < POOL_MIN_CORES) return 0;
  return Math.min(cores, 8);
}

/** The worker's module next to the bundle (dist/worker.js); undefined when running from sources. */
function workerUrl(): URL | undefined {
  for (const relative of ['./worker.js', '../worker.js']) {
    const url = new URL(relative, import.meta.url);
    if (url.pathname.endsWith('/dist/worker.js') && existsSync(url)) return url;
  }
  return undefined;
}

export function poolAvailable(): boolean {
  return workerUrl() !== undefined;
}

interface Reply {
  index: number;
  results?: FileResult[];
  error?: { message: string; usage: boolean };
}

export async function lintInPool(paths: string[], flags: SessionFlags, threads: number): Promise<FileResult[][]> {
  const url = workerUrl()!;
  // Loaded here: most runs have no pool, and worker_threads costs ~1 ms of every start.
  const { Worker } = await import('node:worker_threads');
  const results: FileResult[][] = new Array(paths.length);
  const errors: Array<Reply['error']> = new Array(paths.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: threads }, () =>
      new Promise<void>((done, fail) => {
        const worker = new Worker(url, { workerData: { flags, cwd: process.cwd() } });
        const send = (): void => {
          if (next >= paths.length) {
            void worker.terminate().then(() => done());
            return;
          }
          const index = next++;
          worker.postMessage({ index, path: paths[index] });
        };
        worker.on('message', (reply: Reply) => {
          if (reply.error) errors[reply.index] = reply.error;
          else results[reply.index] = reply.results!;
          send();
        });
        worker.on('error', fail);
        send();
      }),
    ),
  );
  const first = errors.find((e) => e !== undefined);
  if (first) throw first.usage ? new UsageError(first.message) : new Error(first.message);
  return results;
}
