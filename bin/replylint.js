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
/** As in src/cli/pool.ts (test/pool.test.ts holds them equal). */
const POOL_THRESHOLD = 200;
const SMALL_MACHINE_CORES = 3;
const SMALL_MACHINE_MAX_FILES = 2000;
/** Options whose next argument is their value, not a draft (src/cli/main.ts). */
const TAKES_VALUE = new Set(['-c', '--config', '--print-config', '--ignore-path', '--original', '--input-format', '--preset', '-f', '--format', '-o', '--output-file', '--max-warnings', '--rule', '--stdin-filename', '--cache-location']);
const REGEXP_FLAG = '--no-regexp-tier-up';
const BASELINE_FLAG = '--max-opt=1';
if (!existsSync(cli)) {
  process.stderr.write('replylint: dist/cli.cjs is missing: run "npm install" (or "npm run build") in the replylint folder first.\n');
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
// compiled under other flags: so they are set here, first, and the build makes the code cache
// under the same flags. A pool's worker thread finds them set.
//   --no-regexp-tier-up: a run compiles a few hundred regular expressions once or twice each;
//     straight to machine code costs less than bytecode first, then machine code (~6 ms vs ~16 ms).
//   --max-opt=1, for a batch on a machine of 2 or 3 cores (SMALL_MACHINE_CORES in src/cli/pool.ts):
//     the pool's threads leave no core to V8's optimising compiler, which does not pay back there.
const v8 = require('node:v8');
const baseline = poolWorker ? poolWorker === 'baseline' : batch && require('node:os').availableParallelism() <= SMALL_MACHINE_CORES;
if (!poolWorker) v8.setFlagsFromString(REGEXP_FLAG);
if (baseline && !poolWorker) v8.setFlagsFromString(BASELINE_FLAG);
// A batch's first worker thread starts now, before this thread loads the bundle, so the two
// boot and load at once (src/cli/pool.ts adopts it, or ends it when the run needs no pool).
const early = batch ? startEarlyWorker() : undefined;
const bundle = load(baseline ? baselineCacheFile : cacheFile);
if (poolWorker) {
  // A worker thread of a batch run (src/cli/pool.ts): it lints what the main thread sends it.
  bundle.servePool();
} else if (runs) {
  // Build time only (scripts/build.mjs): lint a few drafts, then keep what V8 compiled for them,
  // once under the flags of most runs and once more under a small machine's batch's.
  (async () => {
    for (const args of JSON.parse(readFileSync(runs, 'utf8'))) await bundle.main(args);
    const stamp = Buffer.from(bundle.id);
    writeFileSync(cacheFile, Buffer.concat([stamp, bundle.script.createCachedData()]));
    v8.setFlagsFromString(BASELINE_FLAG);
    writeFileSync(baselineCacheFile, Buffer.concat([stamp, bundle.script.createCachedData()]));
  })();
} else {
  if (early) bundle.setEarlyWorker(early, baseline);
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
  const worker = new Worker(__filename, { env: { ...process.env, REPLYLINT_POOL_WORKER: baseline ? 'baseline' : '1' } });
  // It must never keep a run alive that did not adopt it.
  worker.unref();
  return worker;
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
  // The file is "(function (exports, require, module, __filename, __dirname) {…})", as Node wraps CommonJS.
  script.runInThisContext()(module.exports, require, module, cli, dist);
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
