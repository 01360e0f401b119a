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
/** The same for the pool's worker threads on a small machine, which run with V8's flags changed. */
const baselineCacheFile = join(dist, 'cli.baseline.cache');
const REGEXP_FLAG = '--no-regexp-tier-up';
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
// when the pool keeps V8 to its baseline compiler (src/cli/pool.ts), "1" otherwise.
const poolWorker = process.env.REPLYLINT_POOL_WORKER && !require('node:worker_threads').isMainThread ? process.env.REPLYLINT_POOL_WORKER : '';
// A run compiles a few hundred regular expressions once or twice each: straight to machine code
// costs less than V8's default of bytecode first, then machine code for the ones used again
// (~6 ms instead of ~16 ms for all of them). Set before the cache is read, and the build makes the
// cache under the same flag: V8 rejects a cache made under other flags. V8's flags belong to the
// process: a pool's worker thread finds them set by the main thread.
if (!poolWorker) require('node:v8').setFlagsFromString(REGEXP_FLAG);
const bundle = load();
const runs = process.env.REPLYLINT_CODE_CACHE;
if (poolWorker) {
  // A worker thread of a batch run (src/cli/pool.ts): it lints what the main thread sends it.
  bundle.servePool();
} else if (runs) {
  // Build time only (scripts/build.mjs): lint a few drafts, then keep what V8 compiled for them,
  // once under the main thread's flags and once more under the baseline pool's, for its workers.
  (async () => {
    for (const args of JSON.parse(readFileSync(runs, 'utf8'))) await bundle.main(args);
    const stamp = Buffer.from(bundle.id);
    writeFileSync(cacheFile, Buffer.concat([stamp, bundle.script.createCachedData()]));
    require('node:v8').setFlagsFromString(bundle.baselineFlag);
    writeFileSync(baselineCacheFile, Buffer.concat([stamp, bundle.script.createCachedData()]));
  })();
} else {
  bundle.main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

function load() {
  // The build makes the bundle pure ASCII: latin1 reads it without UTF-8 decoding.
  const source = readFileSync(cli, 'latin1');
  const id = buildId(source);
  const cachedData = readCache(id, poolWorker === 'baseline' ? baselineCacheFile : cacheFile);
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
  const { main, servePool, baselineFlag } = module.exports;
  return { main, servePool, baselineFlag, script, id };
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
