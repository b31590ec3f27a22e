// Entry of the synthesis worker thread when the app runs from its TypeScript sources: `node --import tsx`
// registers tsx in the main thread only (Node 20 does not share loader hooks with workers), and vitest
// transforms sources its own way, so the worker registers tsx itself before it loads the renderer.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
