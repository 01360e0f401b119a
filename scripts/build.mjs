// Bundles the CLI and the library into dist/: one file each, so a cold start reads one module.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const shared = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // jsonc-parser's UMD build requires files at run time; its ESM build bundles.
  mainFields: ['module', 'main'],
  legalComments: 'none',
  logLevel: 'warning',
  define: { REPLYLINT_VERSION: JSON.stringify(version) },
  // commander is CommonJS and requires Node built-ins: give the ESM bundle a real require.
  banner: { js: "import { createRequire as __replylintRequire } from 'node:module'; const require = __replylintRequire(import.meta.url);" },
};

await Promise.all([
  build({ ...shared, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js' }),
  build({ ...shared, entryPoints: ['src/index.ts'], outfile: 'dist/index.js' }),
  build({ ...shared, entryPoints: ['src/docs/generate.ts'], outfile: 'dist/docs.js' }),
]);
