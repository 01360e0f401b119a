#!/usr/bin/env node
// The executable shim: everything lives in the bundled CLI so a cold start loads one file.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('replylint: dist/cli.js is missing: run "npm install" (or "npm run build") in the replylint folder first.\n');
  process.exit(2);
}
// A reader that stops early (`replylint … | head`) closes the pipe: stop quietly, as cat does.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});
const { main } = await import(cli.href);
process.exitCode = await main(process.argv.slice(2));
