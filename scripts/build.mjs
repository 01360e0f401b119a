// Bundles the CLI and the library into dist/: one file each, so a cold start reads one module.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const shared = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
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

// One build with code splitting: the parsers for exports, HTML and e-mail are separate chunks
// that load only when a file needs them, so a plain draft starts fast.
await build({
  ...shared,
  entryPoints: { cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts', index: 'src/index.ts', docs: 'src/docs/generate.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});

// The spelling rule's word list, expanded from dictionary-en once here instead of at every run.
execFileSync(process.execPath, [new URL('./words.mjs', import.meta.url).pathname], { stdio: 'inherit' });

// Type declarations for library users (dist/types); the test run skips them (--no-types).
if (!process.argv.includes('--no-types')) {
  const tsc = new URL('../node_modules/typescript/bin/tsc', import.meta.url).pathname;
  execFileSync(process.execPath, [tsc, '-p', new URL('../tsconfig.build.json', import.meta.url).pathname], { stdio: 'inherit' });
}
