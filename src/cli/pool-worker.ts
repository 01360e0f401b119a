// The worker thread's side of the pool (pool.ts), started by bin/replylint.js: opens the session
// from the run's flags, then lints each batch of paths it is sent and answers with the results,
// or each file's error.
import { lintBatch, type PoolAnswer, type PoolBatch } from './pool.js';
import { lintFile, openSession, type SessionFlags } from './session.js';

export async function servePool(): Promise<void> {
  const { parentPort, workerData } = await import('node:worker_threads');
  const { flags, cwd } = workerData as { flags: SessionFlags; cwd: string };
  const session = openSession(flags, cwd);
  parentPort!.on('message', async ({ batch }: PoolBatch) => {
    const opened = await session;
    const done = await lintBatch(batch, (path) => lintFile(opened, path, flags.inputFormat));
    parentPort!.postMessage({ done } satisfies PoolAnswer);
  });
}
