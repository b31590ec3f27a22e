// The worker thread that renders one document, a synthesis or a report (started by pool.ts): it loads the
// renderer, says so, waits for its job (the attachments' bytes moved, not copied), renders it, sends the PDF
// back the same way, and ends.
import { parentPort } from 'node:worker_threads';
import type { RenderJob } from './document.ts';
import { renderJob } from './render.ts';

/** What the worker tells the thread that started it. */
export type WorkerReport =
  | { kind: 'loaded' }
  | { kind: 'rendered'; bytes: Uint8Array }
  | { kind: 'failed'; error: { name: string; message: string; stack?: string } };

// pdf-lib 1.17.1 warns on the console for each malformed object of an annex, as many lines as a hostile file holds
// (https://github.com/Hopding/pdf-lib/blob/v1.17.1/src/core/parser/PDFParser.ts#L185-L189); nothing else here writes there.
console.warn = () => {};
console.log = () => {};

const port = parentPort;
if (!port) throw new Error('worker.ts runs in a worker thread started by pool.ts');
const report = (message: WorkerReport, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

port.once('message', async (job: RenderJob) => {
  try {
    const rendered = await renderJob(job);
    const bytes =
      rendered.byteOffset === 0 && rendered.byteLength === rendered.buffer.byteLength ? rendered : rendered.slice();
    report({ kind: 'rendered', bytes }, [bytes.buffer as ArrayBuffer]);
  } catch (error) {
    const { name, message, stack } = error instanceof Error ? error : new Error(String(error));
    report({ kind: 'failed', error: { name, message, ...(stack !== undefined && { stack }) } });
  }
});
// The modules are loaded: from here on, a failure is the document's doing rather than the installation's.
report({ kind: 'loaded' });
