// A worker thread of the pool started from the ES module build (dist/worker.js); the executable
// shim starts its workers from the CommonJS bundle instead (bin/replylint.js).
import { servePool } from './pool-worker.js';

await servePool();
