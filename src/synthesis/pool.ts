// Renders syntheses and reports off the API's thread. Each render has a worker thread of its own, with a heap limit and
// a deadline, so that a hostile attachment costs at most that worker: never the server's event loop, never
// the process. A worker renders one document and ends, leaving nothing of it to the next; since loading the
// renderer takes a second or two, one more worker is kept loaded and idle for a while after a render.
// Renders are rare: two run at once, a few more wait their turn, the others are refused.
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { RenderJob, ReportDocument, SynthesisDocument } from './document.ts';
import type { WorkerReport } from './worker.ts';

export interface SynthesisRenderLimits {
  /** Wall-clock milliseconds a render may take once it has its worker (loading one included); then the worker is terminated. */
  timeoutMs: number;
  /**
   * The worker's V8 heap, in MB. ArrayBuffers are outside it (Node's resourceLimits, see
   * https://nodejs.org/docs/latest-v20.x/api/worker_threads.html#new-workerfilename-options): annexes.ts and
   * images.ts bound what they inflate from attachments.
   */
  maxOldGenerationSizeMb: number;
  maxYoungGenerationSizeMb: number;
  stackSizeMb: number;
}

/**
 * A worker holds about 40 MB of heap once the renderer is loaded; a synthesis with a dozen images and
 * annexes renders in about a second. Annexes are read within budgets (annexes.ts) that stay well under this heap.
 */
export const DEFAULT_SYNTHESIS_RENDER_LIMITS: Readonly<SynthesisRenderLimits> = {
  timeoutMs: 30_000,
  maxOldGenerationSizeMb: 256,
  maxYoungGenerationSizeMb: 32,
  stackSizeMb: 4,
};

/** Renders at once, each in its own worker. */
const CONCURRENT_RENDERS = 2;
/** Renders waiting for their turn; one more is refused at once. */
const MAX_WAITING_RENDERS = 8;
/** How long the loaded spare worker waits for a render before it is let go. */
const SPARE_IDLE_MS = 5 * 60_000;

export type SynthesisRenderFailureReason = 'timeout' | 'memory' | 'crash' | 'busy';

/** A render stopped by a limit: its deadline, its worker's memory, its worker dying, or too many renders already. */
export class SynthesisRenderFailure extends Error {
  override name = 'SynthesisRenderFailure';
  constructor(
    readonly reason: SynthesisRenderFailureReason,
    message: string,
    readonly limits: Readonly<SynthesisRenderLimits>,
  ) {
    super(message);
  }
}

/** From the TypeScript sources, the worker starts with a small module that registers tsx in it (see there). */
const ENTRY = new URL(import.meta.url.endsWith('.ts') ? './worker-entry.mjs' : './worker.js', import.meta.url);

type Outcome =
  | { bytes: Uint8Array }
  | { error: Error }
  | { limit: Exclude<SynthesisRenderFailureReason, 'busy'>; detail: string };

/** A worker, loading or loaded, and what it ends with. */
interface RenderThread {
  worker: Worker;
  /** The resource limits it was started with. */
  key: string;
  alive: boolean;
  outcome: Promise<Outcome>;
}

/**
 * Renders syntheses and reports (render.ts's renderSynthesis and renderReport) in worker threads, within the same
 * limits, a few at a time, the two kinds sharing the same turns.
 * The app creates one and closes it when it stops; tests may make their own.
 */
export class SynthesisRenderer {
  #limits: Readonly<SynthesisRenderLimits>;
  #running = 0;
  readonly #waiting: (() => void)[] = [];
  #spare: RenderThread | undefined;
  #spareTimer: NodeJS.Timeout | undefined;
  #started = 0;
  #closed = false;

  /** Limits not given are DEFAULT_SYNTHESIS_RENDER_LIMITS'. */
  constructor(limits: Partial<SynthesisRenderLimits> = {}) {
    this.#limits = { ...DEFAULT_SYNTHESIS_RENDER_LIMITS, ...limits };
  }

  /** Sets the limits of the renders to come (those given; the others stay as they are) and returns the previous ones. */
  setLimits(changes: Partial<SynthesisRenderLimits>): Readonly<SynthesisRenderLimits> {
    const previous = this.#limits;
    this.#limits = { ...this.#limits, ...changes };
    return previous;
  }

  /** Renders running and waiting, whether a spare worker is loaded, and how many workers were started: for tests and health checks. */
  stats(): { running: number; waiting: number; spare: boolean; started: number } {
    return {
      running: this.#running,
      waiting: this.#waiting.length,
      spare: this.#spare?.alive ?? false,
      started: this.#started,
    };
  }

  /**
   * Renders the synthesis in a worker thread, within the limits in force or those given.
   * The attachments' bytes are moved to the worker when each fills a buffer of its own, so those buffers
   * are unusable afterwards; the others are copied, once. Rejects with SynthesisRenderFailure when a limit
   * stopped the render, with the renderer's own error when that threw, and with an Error once closed.
   */
  render(document: SynthesisDocument, overrides: Partial<SynthesisRenderLimits> = {}): Promise<Uint8Array> {
    return this.#run({ kind: 'synthesis', document }, overrides);
  }

  /** Renders the report (one signed version, no attachments) in a worker thread, as render() does the synthesis. */
  renderReport(document: ReportDocument, overrides: Partial<SynthesisRenderLimits> = {}): Promise<Uint8Array> {
    return this.#run({ kind: 'report', document }, overrides);
  }

  /** The job in its turn, or refused when too many wait. */
  async #run(job: RenderJob, overrides: Partial<SynthesisRenderLimits>): Promise<Uint8Array> {
    if (this.#closed) throw new Error('The synthesis renderer is closed');
    const applied = { ...this.#limits, ...overrides };
    if (this.#running >= CONCURRENT_RENDERS) {
      if (this.#waiting.length >= MAX_WAITING_RENDERS) {
        throw new SynthesisRenderFailure(
          'busy',
          `${this.#running + this.#waiting.length} documents are being generated already`,
          applied,
        );
      }
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    }
    this.#running++;
    try {
      return await this.#renderInThread(job, applied);
    } finally {
      this.#running--;
      this.#waiting.shift()?.();
    }
  }

  /** Lets the spare worker go and keeps none from now on; renders under way finish, later ones are refused. */
  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#spareTimer);
    const spare = this.#spare;
    this.#spare = undefined;
    await spare?.worker.terminate();
  }

  async #renderInThread(job: RenderJob, applied: Readonly<SynthesisRenderLimits>): Promise<Uint8Array> {
    const { timeoutMs, ...resourceLimits } = applied;
    const thread = this.#takeThread(resourceLimits);
    let timer: NodeJS.Timeout | undefined;
    try {
      const { data, transferList } = forTransfer(job);
      thread.worker.ref();
      thread.worker.postMessage(data, transferList);
      const deadline = new Promise<Outcome>((resolve) => {
        timer = setTimeout(
          () => resolve({ limit: 'timeout', detail: `The render took more than ${timeoutMs} ms` }),
          timeoutMs,
        );
      });
      const outcome = await Promise.race([thread.outcome, deadline]);
      if ('bytes' in outcome) return outcome.bytes;
      if ('error' in outcome) throw outcome.error;
      throw new SynthesisRenderFailure(outcome.limit, outcome.detail, applied);
    } finally {
      clearTimeout(timer);
      // Done, failed or overdue: the worker goes, and its slot is free only once it has stopped.
      await thread.worker.terminate();
      this.#keepSpare();
    }
  }

  #takeThread(resourceLimits: ResourceLimits): RenderThread {
    const spare = this.#spare;
    if (spare?.alive && spare.key === JSON.stringify(resourceLimits)) {
      this.#spare = undefined;
      return spare;
    }
    return this.#startThread(resourceLimits);
  }

  /** Loads a worker for the next render, with the limits then in force, unless one is waiting already or the renderer is closed. */
  #keepSpare(): void {
    if (this.#closed) return;
    const { timeoutMs: _timeoutMs, ...resourceLimits } = this.#limits;
    if (this.#spare?.alive && this.#spare.key === JSON.stringify(resourceLimits)) return;
    void this.#spare?.worker.terminate();
    this.#spare = this.#startThread(resourceLimits);
    clearTimeout(this.#spareTimer);
    this.#spareTimer = setTimeout(() => {
      void this.#spare?.worker.terminate();
      this.#spare = undefined;
    }, SPARE_IDLE_MS).unref();
  }

  #startThread(resourceLimits: ResourceLimits): RenderThread {
    this.#started++;
    const thread = startThread(resourceLimits, () => {
      if (this.#spare === thread) this.#spare = undefined;
    });
    return thread;
  }
}

/** Starts a worker with its listeners; `exited` is called when it stops, whatever the reason. */
function startThread(resourceLimits: ResourceLimits, exited: () => void): RenderThread {
  // No execArgv of the parent's (such as tsx's --import): from the sources, the worker registers tsx itself.
  const worker = new Worker(ENTRY, { resourceLimits, execArgv: [] });
  let settle: (outcome: Outcome) => void = () => {};
  const thread: RenderThread = {
    worker,
    key: JSON.stringify(resourceLimits),
    alive: true,
    outcome: new Promise<Outcome>((resolve) => (settle = resolve)),
  };
  let loaded = false;
  worker.on('message', (report: WorkerReport) => {
    if (report.kind === 'loaded') loaded = true;
    else if (report.kind === 'rendered') settle({ bytes: report.bytes });
    else
      settle({
        error: Object.assign(new Error(report.error.message), { name: report.error.name, stack: report.error.stack }),
      });
  });
  worker.on('error', (error: Error & { code?: string }) => {
    if (error.code === 'ERR_WORKER_OUT_OF_MEMORY')
      settle({
        limit: 'memory',
        detail: `The render needed more than ${resourceLimits.maxOldGenerationSizeMb} MB of heap`,
      });
    // An exception that nothing caught (a library's callback): the document's doing, once the renderer is loaded.
    else if (loaded) settle({ limit: 'crash', detail: `The render failed: ${error.name}` });
    else settle({ error });
  });
  worker.on('exit', (code) => {
    thread.alive = false;
    exited();
    settle(
      loaded
        ? { limit: 'crash', detail: `The render's worker stopped (exit code ${code})` }
        : { error: new Error(`The synthesis worker stopped before it loaded (exit code ${code})`) },
    );
  });
  // Unref'd after the listeners, since adding a 'message' listener refs the worker again (https://github.com/nodejs/node/issues/53036, Node 20).
  worker.unref();
  return thread;
}

/** The job as it will be posted, and the buffers to move rather than copy (a report has none). */
function forTransfer(job: RenderJob): { data: RenderJob; transferList: ArrayBuffer[] } {
  if (job.kind === 'report') return { data: job, transferList: [] };
  const { document } = job;
  const transfer = new Set<ArrayBuffer>();
  const movable = (bytes: Uint8Array): Uint8Array => {
    const { buffer } = bytes;
    // A view over part of a buffer (Node's pool of small buffers, which cannot be transferred, or a whole result set) is copied
    // out once, and the copy moved: https://nodejs.org/docs/latest-v20.x/api/worker_threads.html#considerations-when-transferring-typedarrays-and-buffers
    if (!(buffer instanceof ArrayBuffer) || bytes.byteOffset !== 0 || bytes.byteLength !== buffer.byteLength) {
      const copy = new Uint8Array(bytes);
      transfer.add(copy.buffer);
      return copy;
    }
    transfer.add(buffer);
    return bytes;
  };
  const messages = document.messages.map((message) => ({
    ...message,
    attachments: message.attachments.map((attachment) => ({ ...attachment, bytes: movable(attachment.bytes) })),
  }));
  return { data: { kind: 'synthesis', document: { ...document, messages } }, transferList: [...transfer] };
}
