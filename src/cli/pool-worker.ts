// The worker thread's side of the pool (pool.ts), started by bin/replylint.js: opens the session
// from the run's flags when the main thread sends them (its first batches come right behind), then
// lints each batch of paths it is sent and answers with the results, or each file's error.
import { lintBatch, type PoolAnswer, type PoolBatch, type PoolInit } from './pool.js';
import { openSession, type Session } from './session.js';

export async function servePool(): Promise<void> {
  const { parentPort } = await import('node:worker_threads');
  let session: Promise<Session> | undefined;
  // Messages are handled one after another: a batch that arrives while one is linted waits.
  let turn: Promise<void> = Promise.resolve();
  parentPort!.on('message', (message: PoolInit | PoolBatch) => {
    turn = turn.then(() => handle(message));
  });
  async function handle(message: PoolInit | PoolBatch): Promise<void> {
    if ('init' in message) {
      session = openSession(message.init.flags, message.init.cwd);
      await session;
      return;
    }
    const opened = await session!;
    const done = await lintBatch(message.batch, opened.lintFile);
    parentPort!.postMessage({ done } satisfies PoolAnswer);
  }
}
