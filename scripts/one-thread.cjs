// Lints a folder's first N files on this one thread at the pool's tier (V8's flags and code cache
// as a batch's worker thread has them), for comparing changes by the instructions they cost:
//   valgrind --tool=callgrind --callgrind-out-file=/dev/null node scripts/one-thread.cjs <folder> [N]
// ("Collected : …"). On a shared VM wall-clock time drifts 10-20% within minutes; this count
// repeats within ~0.5%. Prints the lint time too. Build first (npm run build). ARGS="--rule x:off"
// adds CLI arguments: one rule's cost is the difference a run without it makes.
'use strict';
const { readFileSync, readdirSync } = require('node:fs');
const { join } = require('node:path');
const vm = require('node:vm');
const v8 = require('node:v8');

// The flags are read from the shim itself, so the two never drift apart (as a copy here once did).
const shim = readFileSync(join(__dirname, '..', 'bin', 'replylint.js'), 'utf8');
const flagsIn = (name) => {
  const m = new RegExp(`^const ${name} = (.+);$`, 'm').exec(shim);
  if (!m) throw new Error(`one-thread: ${name} not found in bin/replylint.js`);
  return [].concat(JSON.parse(m[1].replace(/'/g, '"')));
};
for (const flag of [...flagsIn('REGEXP_FLAG'), ...flagsIn('BASELINE_FLAGS')]) v8.setFlagsFromString(flag);
const dist = join(__dirname, '..', 'dist');
const [folder, count] = process.argv.slice(2);
if (!folder) {
  process.stderr.write('usage: node scripts/one-thread.cjs <folder> [N]\n');
  process.exit(2);
}
const source = readFileSync(join(dist, 'cli.cjs'), 'latin1');
const script = new vm.Script(source, { filename: join(dist, 'cli.cjs'), cachedData: readFileSync(join(dist, 'cli.baseline.cache')).subarray(8) });
if (script.cachedDataRejected) process.stderr.write('one-thread: the code cache was rejected (another build or flags): counts include compiling\n');
const bundle = { exports: {} };
// As bin/replylint.js does: the bundle's require resolves beside it (dist/vendor/).
script.runInThisContext()(bundle.exports, require('node:module').createRequire(join(dist, 'cli.cjs')), bundle, join(dist, 'cli.cjs'), dist);
bundle.exports.setModuleImporter((url) => import(url));
const files = readdirSync(folder).sort().slice(0, count ? Number(count) : undefined).map((name) => join(folder, name));
const start = performance.now();
const extra = process.env.ARGS ? process.env.ARGS.split(' ').filter(Boolean) : [];
bundle.exports.main(['--format', 'json', ...extra, ...files], { stdout() {}, stderr: (text) => process.stderr.write(text), stdinIsTTY: true, env: { ...process.env, REPLYLINT_WORKERS: '0' } }).then(() => {
  process.stdout.write(`${files.length} files linted in ${(performance.now() - start).toFixed(0)} ms on one thread\n`);
});
