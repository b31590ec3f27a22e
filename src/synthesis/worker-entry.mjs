// Entry of the synthesis worker thread when the app runs from its TypeScript sources (npm start's bundle included).
// Node 20 does not apply the main thread's loader hooks in workers (https://github.com/nodejs/node/issues/47747),
// and vitest transforms sources its own way, so the worker registers tsx itself before it loads the renderer.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
