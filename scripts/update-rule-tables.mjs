#!/usr/bin/env node
// Rewrites test/<rule>.test.ts from what each rule reports on its invalid fixtures today.
// For after a deliberate change of a rule's wording or reach: read the diff before committing,
// since the tables are the assertions (node scripts/update-rule-tables.mjs [rule ...]).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Bundled next to this script, so the fixtures' folder resolves from the repository root.
const out = join('scripts', '.rule-table.mjs');
await build({
  entryPoints: ['scripts/rule-table.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: out,
  mainFields: ['module', 'main'],
  logLevel: 'error',
  banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
});
const wanted = process.argv.slice(2);
for (const rule of readdirSync('fixtures')) {
  if (!existsSync(join('fixtures', rule, 'invalid')) || !existsSync(join('rules', `${rule}.ts`))) continue;
  if (wanted.length > 0 && !wanted.includes(rule)) continue;
  writeFileSync(join('test', `${rule}.test.ts`), execFileSync(process.execPath, [out, rule], { encoding: 'utf8' }));
  console.log(`test/${rule}.test.ts`);
}
