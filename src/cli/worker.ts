// A worker thread of the pool (see pool.ts): opens the session from the run's flags, then lints
// each path it is sent and posts the results back, or the error's message.
import { parentPort, workerData } from 'node:worker_threads';
import { UsageError } from '../engine/errors.js';
import { lintFile, openSession, type SessionFlags } from './session.js';

const { flags, cwd } = workerData as { flags: SessionFlags; cwd: string };
const session = openSession(flags, cwd);

parentPort!.on('message', async ({ index, path }: { index: number; path: string }) => {
  try {
    parentPort!.postMessage({ index, results: await lintFile(await session, path, flags.inputFormat) });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    parentPort!.postMessage({ index, error: { message, usage: error instanceof UsageError } });
  }
});
