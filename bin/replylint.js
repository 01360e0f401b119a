#!/usr/bin/env node
// The executable shim, CommonJS (bin/package.json) to skip the ES module loader. The CLI is one
// CommonJS bundle, dist/cli.cjs, compiled with the V8 code cache the build wrote beside it
// (dist/cli.cache): Node 20 caches no compiled code for ES modules, and compiling the bundle
// was ~25 ms of every cold start.
'use strict';
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const vm = require('node:vm');

const dist = join(__dirname, '..', 'dist');
const cli = join(dist, 'cli.cjs');
const cacheFile = join(dist, 'cli.cache');
/** The same under the flags of a batch on a small machine. */
const baselineCacheFile = join(dist, 'cli.baseline.cache');
/** The same under V8's default flags: a batch's main thread loads the bundle before setting any. */
const plainCacheFile = join(dist, 'cli.plain.cache');
/** The states of an early worker's gate (startEarlyWorker). */
const BOOTING = 0;
const PARKED = 1;
const GO = 2;
const STOP = 3;
/** As in src/cli/pool.ts (test/pool.test.ts holds them equal). */
const POOL_THRESHOLD = 200;
const SMALL_MACHINE_CORES = 3;
const SMALL_MACHINE_MAX_FILES = 2000;
/** Options whose next argument is their value, not a draft (src/cli/main.ts). */
const TAKES_VALUE = new Set(['-c', '--config', '--print-config', '--ignore-path', '--original', '--input-format', '--preset', '-f', '--format', '-o', '--output-file', '--max-warnings', '--rule', '--stdin-filename', '--cache-location']);
/**
 * Node's own modules the bundle loads when it initialises. Loaded while V8's flags are still the
 * defaults, they come from Node's embedded code cache; after a flag change V8 rejects that cache
 * and compiles them from source (~1 ms of a single draft's start, more for a worker thread).
 */
const NODE_MODULES = ['node:module', 'node:process', 'node:url', 'node:os'];
const REGEXP_FLAG = '--no-regexp-tier-up';
const BASELINE_FLAGS = ['--max-opt=1', '--no-incremental-marking', '--no-parallel-scavenge'];
for (const part of [cli, join(dist, 'vendor')]) {
  if (existsSync(part)) continue;
  process.stderr.write(`replylint: dist/${part === cli ? 'cli.cjs' : 'vendor/'} is missing: run "npm install" (or "npm run build") in the replylint folder first.\n`);
  process.exit(2);
}
// A reader that stops early (`replylint … | head`) closes the pipe: stop quietly, as cat does.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

// Set by the pool for its worker threads only (a stray one in a shell changes nothing): "baseline"
// when the run keeps V8 to its baseline compiler, "1" otherwise.
const poolWorker = process.env.REPLYLINT_POOL_WORKER && !require('node:worker_threads').isMainThread ? process.env.REPLYLINT_POOL_WORKER : '';
const runs = process.env.REPLYLINT_CODE_CACHE;
const batch = !poolWorker && !runs && looksLikeBatch(process.argv.slice(2));
// V8's flags belong to the process and may change only while one thread runs (V8 crashes when
// --regexp-tier-up changes under a thread running regular expressions), and V8 rejects code
// compiled under other flags, Node's own included (a worker thread started after a change boots
// in ~45 ms instead of ~25). So a single draft sets them here, first; a batch first starts its
// early worker, which boots under the default flags and waits (parked on a shared gate) until the
// main thread, having loaded the bundle meanwhile, sets them (src/cli/pool.ts, at adoption).
//   --no-regexp-tier-up: a run compiles a few hundred regular expressions once or twice each;
//     straight to machine code costs less than bytecode first, then machine code (~6 ms vs ~16 ms).
//   --max-opt=1, for a batch on a machine of 2 or 3 cores (SMALL_MACHINE_CORES in src/cli/pool.ts):
//     the pool's threads leave no core to V8's optimising compiler, which does not pay back there.
//   --no-incremental-marking, for the same batch: the main thread's heap (the bundle, the run's
//     memories, every file's results) passed V8's soft limit a few dozen ms into linting, and its
//     incremental marking, concurrent markers and a 3-7 ms mark-compact pause took CPU the two
//     lint threads needed (1,000 replies: ~250 → ~230 ms, CPU ~400 → ~380 ms); without it the old
//     generation grows to its limit (16 MB at first), which a batch this size never reaches.
//   --no-parallel-scavenge, for the same batch: each young-generation collection (~20 per 1,000
//     replies a thread) posted helper tasks to V8's platform threads, which had no idle core to
//     run on and preempted the other lint thread (context switches ~460 → ~190 a run; 1,000
//     replies ~15-20 ms less wall clock and CPU, 30-40 interleaved `perf stat` runs).
// The build makes a code cache under each set of flags a thread loads the bundle under.
const v8 = require('node:v8');
const baseline = poolWorker ? poolWorker === 'baseline' : batch && require('node:os').availableParallelism() <= SMALL_MACHINE_CORES;
const setFlags = (keepBaseline) => {
  v8.setFlagsFromString(REGEXP_FLAG);
  if (keepBaseline) for (const flag of BASELINE_FLAGS) v8.setFlagsFromString(flag);
};
if (!poolWorker && !batch && !runs) {
  for (const name of NODE_MODULES) require(name);
  setFlags(false);
}
const gate = poolWorker ? require('node:worker_threads').workerData?.gate : undefined;
if (gate) {
  for (const name of NODE_MODULES) require(name);
  if (Atomics.compareExchange(gate, 0, BOOTING, PARKED) === BOOTING) {
    Atomics.notify(gate, 0);
    Atomics.wait(gate, 0, PARKED);
  }
  // Not adopted: the run needs no pool.
  if (Atomics.load(gate, 0) === STOP) return;
}
// A batch's first worker thread starts now, before this thread loads the bundle, so the two
// boot and load at once (src/cli/pool.ts adopts it, or stops it when the run needs no pool).
const early = batch ? startEarlyWorker() : undefined;
const bundle = load(batch || runs ? plainCacheFile : baseline ? baselineCacheFile : cacheFile);
if (poolWorker) {
  // A worker thread of a batch run (src/cli/pool.ts): it lints what the main thread sends it.
  bundle.servePool();
} else if (runs) {
  // Build time only (scripts/build.mjs): lint a few drafts, then keep what V8 compiled for them,
  // under the default flags (a batch's main thread), a single draft's, and a small machine's batch's.
  (async () => {
    for (const args of JSON.parse(readFileSync(runs, 'utf8'))) await bundle.main(args);
    const stamp = Buffer.from(bundle.id);
    writeFileSync(plainCacheFile, Buffer.concat([stamp, bundle.script.createCachedData()]));
    setFlags(false);
    writeFileSync(cacheFile, Buffer.concat([stamp, bundle.script.createCachedData()]));
    setFlags(true);
    writeFileSync(baselineCacheFile, Buffer.concat([stamp, bundle.script.createCachedData()]));
  })();
} else {
  if (early) bundle.setEarlyWorker(early.worker, baseline, early.release);
  bundle.main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

/**
 * Whether the arguments look like a batch the pool will take: a glob, a folder with subfolders or
 * with enough files, or enough files named (POOL_THRESHOLD in src/cli/pool.ts, which decides on the
 * real count; on a small machine a batch of SMALL_MACHINE_MAX_FILES or more stays on one thread).
 * Not for --fix, the subcommands, one core, or REPLYLINT_WORKERS=0 or 1.
 */
function looksLikeBatch(args) {
  const forced = process.env.REPLYLINT_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced) && Number(forced) < 2) return false;
  if (['rules', 'explain', 'init'].includes(args[0]) || args.some((a) => /^--(?:fix|fix-dry-run|print-config|help|version)$|^-[hv]$/.test(a))) return false;
  const cores = require('node:os').availableParallelism();
  if (cores < 2) return false;
  const small = cores <= SMALL_MACHINE_CORES;
  const poolSized = (count) => count >= POOL_THRESHOLD && (!small || count < SMALL_MACHINE_MAX_FILES);
  const operands = args.filter((a, i) => !a.startsWith('-') && !TAKES_VALUE.has(args[i - 1]));
  return poolSized(operands.length) || operands.some((a) => /[*?[{]/.test(a) || batchFolder(a, poolSized));
}

/** A folder with subfolders (they may hold many files), or with a pool-sized number of entries. */
function batchFolder(path, poolSized) {
  try {
    const entries = require('node:fs').readdirSync(path, { withFileTypes: true });
    return entries.some((entry) => entry.isDirectory()) || poolSized(entries.length);
  } catch {
    return false;
  }
}

function startEarlyWorker() {
  const { Worker } = require('node:worker_threads');
  const gate = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(__filename, { env: { ...process.env, REPLYLINT_POOL_WORKER: baseline ? 'baseline' : '1' }, workerData: { gate } });
  // It must never keep a run alive that did not adopt it.
  worker.unref();
  let exited = false;
  const exit = new Promise((resolve) => worker.once('exit', () => resolve((exited = true))));
  /**
   * Sets the run's flags once the worker is parked (or gone), then lets it go on or stop; true when
   * it goes on. A worker still booting is told to stop at the gate instead of waited for: a run
   * without a pool goes on at once, under V8's default flags (a long batch's choice anyway).
   */
  const release = async (go, keepBaseline) => {
    if (!go && Atomics.compareExchange(gate, 0, BOOTING, STOP) === BOOTING) return false;
    if (!exited && Atomics.load(gate, 0) !== PARKED) {
      // A promise of Atomics.waitAsync keeps no run alive: the worker does, while it is waited for.
      worker.ref();
      const waiting = Atomics.waitAsync(gate, 0, BOOTING);
      if (waiting.async) await Promise.race([waiting.value, exit]);
      worker.unref();
    }
    setFlags(keepBaseline);
    Atomics.store(gate, 0, go ? GO : STOP);
    Atomics.notify(gate, 0);
    return go && !exited;
  };
  return { worker, release };
}

function load(cacheFile) {
  // The build makes the bundle pure ASCII: latin1 reads it without UTF-8 decoding.
  const source = readFileSync(cli, 'latin1');
  const id = buildId(source);
  const cachedData = readCache(id, cacheFile);
  const script = new vm.Script(source, { filename: cli, cachedData });
  if (process.env.REPLYLINT_DEBUG_CODE_CACHE) {
    // Another Node version or other V8 flags make V8 reject the cache: correct, only slower.
    process.stderr.write(`replylint: code cache ${!cachedData ? 'absent' : script.cachedDataRejected ? 'rejected' : 'used'}\n`);
  }
  const module = { exports: {} };
  // The file is "(function (exports, require, module, __filename, __dirname) {…})", as Node wraps
  // CommonJS; its require resolves from dist/, where the vendored parsers are (dist/vendor/).
  script.runInThisContext()(module.exports, require('node:module').createRequire(cli), module, cli, dist);
  // Plugins are ES modules: the bundle imports them through this file's import().
  module.exports.setModuleImporter((url) => import(url));
  // A batch's worker threads start from this file too, so they also load the bundle with its cache.
  module.exports.setWorkerEntry(__filename);
  const { main, servePool, setEarlyWorker } = module.exports;
  return { main, servePool, setEarlyWorker, script, id };
}

/** The bundle's "// replylint build <id>" first line: a cache from another build is never used. */
function buildId(source) {
  const m = /^\/\/ replylint build ([0-9a-f]{8})/.exec(source);
  return m ? m[1] : '';
}

/** The cache when it belongs to this build; V8 itself rejects one from another Node or other flags. */
function readCache(id, file) {
  if (!id || !existsSync(file)) return undefined;
  const bytes = readFileSync(file);
  return bytes.subarray(0, 8).toString() === id ? bytes.subarray(8) : undefined;
}
