// Many files are spread over threads: the main thread and one worker thread per further core
// take small batches from one queue until it is empty. Results come back in input order, and the
// first failing file (in input order) fails the run, exactly as when the files are linted one after
// another.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { UsageError } from '../engine/errors.js';
import type { FileResult } from '../types.js';
import type { SessionFlags } from './session.js';
import type { Worker } from 'node:worker_threads';

/** Below this many files, starting a worker (~40 ms of the other core) costs more than it saves. */
export const POOL_THRESHOLD = 200;

/**
 * On a machine with only 2 or 3 cores, a long batch stays on one thread: there the optimising
 * compiler, which a single thread can leave to the second core, pays back, and two threads
 * share the two cores with V8's own (2 cores: 1,000 replies 0.37 s on two threads against
 * 0.40 s on one; 2,000 even at 0.58-0.59 s; 3,000 0.82 s against 0.76 s).
 */
export const SMALL_MACHINE_CORES = 3;
export const SMALL_MACHINE_MAX_FILES = 2000;

/**
 * How many threads lint (the main thread included): one per core, up to 8, for a batch of at
 * least POOL_THRESHOLD files; REPLYLINT_WORKERS=n forces n (0 or 1: the main thread alone).
 */
export function workerCount(files: number, env: NodeJS.ProcessEnv, cores = availableParallelism()): number {
  const forced = env.REPLYLINT_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(Number(forced), files);
  if (files < POOL_THRESHOLD || cores < 2) return 0;
  if (cores <= SMALL_MACHINE_CORES && files >= SMALL_MACHINE_MAX_FILES) return 0;
  return Math.min(cores, 8);
}

/**
 * On a small machine the pool's threads leave no core to V8's optimising compiler, whose work in
 * a batch of a few hundred replies does not pay back: they keep to the baseline compiler
 * (1,000 replies on 2 cores: 0.39 s on one thread, 0.46 s on two optimising threads, 0.34-0.37 s
 * on two baseline threads). Only the main thread sets V8's flags, and only while no other thread
 * runs (bin/replylint.js: V8 crashes otherwise): when the pool adopts the early worker or stops it.
 * A batch that ends up on one thread keeps the optimising compiler.
 */
let baselineRun = false;

/**
 * The file a worker thread starts from: the executable shim (bin/replylint.js) registers itself,
 * so a worker loads the CommonJS bundle with its V8 code cache, as the main thread did. Without
 * the shim (the CLI run from its sources, as some tests do) there is no pool.
 */
let workerEntry: string | undefined;

export function setWorkerEntry(path: string): void {
  workerEntry = path;
}

export function poolAvailable(): boolean {
  return workerEntry !== undefined && existsSync(workerEntry);
}

/**
 * A worker thread the shim started before loading the bundle, when the arguments looked like a
 * batch (a folder, a glob, many files): it boots on the other core while this thread loads the
 * bundle, then waits for the run's V8 flags, which only this thread may set (bin/replylint.js).
 * The pool adopts it (sets the flags, lets it load the bundle and lint); a run that turns out to
 * need no pool stops it.
 */
let early: Worker | undefined;
/** Sets the run's V8 flags once the early worker waits for them, then lets it go on (true) or stop. */
type Release = (go: boolean, baseline: boolean) => Promise<boolean>;
let release: Release | undefined;

export function setEarlyWorker(worker: Worker, baseline: boolean, releaseWorker: Release): void {
  early = worker;
  baselineRun = baseline;
  release = releaseWorker;
  // Until the pool adopts it, a failure to boot only means it is not adopted.
  worker.on('error', () => undefined);
}

/**
 * No pool after all: the early worker stops where it waits, and this thread sets the run's flags.
 * A long batch on one thread keeps V8's optimising compiler (no --max-opt=1); a short run keeps
 * the baseline compiler, as a pool would have.
 */
export async function settleWithoutPool(files: number): Promise<void> {
  if (!early) return;
  early = undefined;
  baselineRun &&= files < SMALL_MACHINE_MAX_FILES;
  await release!(false, baselineRun);
}

/** What a worker is sent (the run's flags first, then batches of paths by their index in the run) and what it answers. */
export interface PoolInit {
  init: { flags: SessionFlags; cwd: string };
}
export interface PoolBatch {
  batch: Array<{ index: number; path: string }>;
}
export interface PoolAnswer {
  done: BatchDone;
}
type BatchDone = Array<{ index: number; results?: FileResult[]; error?: PoolError }>;
interface PoolError {
  message: string;
  usage: boolean;
}

/** Files handed out at a time: small enough that no thread waits long at the end of the queue. */
const MAIN_BATCH = 8;
const WORKER_BATCH = 12;
/** A batch is at most this fraction of a thread's share of the files left: 1/TAIL_SHARE. */
const TAIL_SHARE = 3;

export type LintOne = (path: string) => Promise<FileResult[]>;

export async function lintInPool(paths: string[], flags: SessionFlags, threads: number, lintHere: LintOne): Promise<FileResult[][]> {
  // Loaded here: most runs have no pool, and worker_threads costs ~1 ms of every start.
  const { Worker } = await import('node:worker_threads');
  const results: FileResult[][] = new Array(paths.length);
  const errors: Array<PoolError | undefined> = new Array(paths.length);
  let next = 0;
  // Batches shrink as the queue runs out (to a few files at the end), so that no thread waits
  // long for the others' last batches.
  const take = (most: number): PoolBatch['batch'] => {
    const size = Math.min(most, Math.ceil((paths.length - next) / (threads * TAIL_SHARE)));
    const batch: PoolBatch['batch'] = [];
    for (; batch.length < size && next < paths.length; next++) batch.push({ index: next, path: paths[next] });
    return batch;
  };
  const record = (done: BatchDone): void => {
    for (const { index, results: found, error } of done) {
      if (error) errors[index] = error;
      else results[index] = found!;
    }
  };

  // An early worker that failed to boot is not adopted: a fresh one starts.
  const started = early && (await release!(true, baselineRun)) ? [early] : [];
  started[0]?.ref();
  early = undefined;
  // The shim starts the pool's side instead of the CLI when it sees REPLYLINT_POOL_WORKER.
  // It also picks the code cache made under the flags the worker finds.
  const kind = baselineRun ? 'baseline' : '1';
  while (started.length < threads - 1) started.push(new Worker(workerEntry!, { env: { ...process.env, REPLYLINT_POOL_WORKER: kind } }));
  // A worker that fails or stops ends the run with one line once the main thread is through the
  // queue (never a hang, never an unhandled rejection); the files it held have no results.
  let failure: Error | undefined;
  const workers = started.map(
    (worker) =>
      new Promise<void>((finish) => {
        let ended = false;
        const end = (error?: Error): void => {
          if (ended) return;
          ended = true;
          if (error) failure ??= error;
          finish();
        };
        // Two batches in flight: the worker starts the next one while its answer waits for this
        // thread to finish the batch in hand (it lets answers in only between its own batches).
        let inFlight = 0;
        const send = (): void => {
          const batch = take(WORKER_BATCH);
          if (batch.length > 0) {
            inFlight++;
            worker.postMessage({ batch } satisfies PoolBatch);
          } else if (inFlight === 0) {
            end();
            void worker.terminate();
          }
        };
        worker.on('message', (answer: PoolAnswer) => {
          inFlight--;
          record(answer.done);
          send();
        });
        worker.on('error', (error) => end(error));
        worker.on('exit', (code) => end(new Error(`a worker thread stopped before its files were linted (exit code ${code})`)));
        // The first two batches go with the flags: the worker takes them as soon as its session is
        // open, not one round trip later (this thread reads answers only between its own batches).
        worker.postMessage({ init: { flags, cwd: process.cwd() } } satisfies PoolInit);
        send();
        send();
      }),
  );

  // The main thread lints too, a few files at a time, letting the workers' answers in between.
  for (let batch = take(MAIN_BATCH); batch.length > 0; batch = take(MAIN_BATCH)) {
    record(await lintBatch(batch, lintHere));
    await new Promise((resume) => setImmediate(resume));
  }
  await Promise.all(workers);
  if (failure) throw failure;
  const first = errors.find((e) => e !== undefined);
  if (first) throw first.usage ? new UsageError(first.message) : new Error(first.message);
  return results;
}

export async function lintBatch(batch: PoolBatch['batch'], lintOne: LintOne): Promise<BatchDone> {
  const done: BatchDone = [];
  for (const { index, path } of batch) {
    try {
      done.push({ index, results: await lintOne(path) });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      done.push({ index, error: { message, usage: error instanceof UsageError } });
    }
  }
  return done;
}
