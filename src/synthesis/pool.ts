// Renders syntheses off the API's thread. Each render has a worker thread of its own, with a heap limit and
// a deadline, so that a hostile attachment costs at most that worker: never the server's event loop, never
// the process. A worker renders one document and ends, leaving nothing of it to the next; since loading the
// renderer takes a second or two, one more worker is kept loaded and idle for a while after a render.
// Renders are rare: two run at once, a few more wait their turn, the others are refused.
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { SynthesisDocument } from './document.ts';
import type { WorkerReport } from './worker.ts';

export interface SynthesisRenderLimits {
  /** Wall-clock milliseconds a render may take once it has its worker (loading one included); then the worker is terminated. */
  timeoutMs: number;
  /** The worker's V8 heap, in MB. Attachments' bytes live outside it: render.ts bounds what it inflates from them. */
  maxOldGenerationSizeMb: number;
  maxYoungGenerationSizeMb: number;
  stackSizeMb: number;
}

/**
 * A worker holds about 40 MB of heap once the renderer is loaded; a synthesis with a dozen images and
 * annexes renders in about a second. Annexes are read within budgets (render.ts) that stay well under this heap.
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

let limits: Readonly<SynthesisRenderLimits> = DEFAULT_SYNTHESIS_RENDER_LIMITS;

/** Sets the limits of the renders to come (those given; the others stay as they are) and returns the previous ones. */
export function setSynthesisRenderLimits(changes: Partial<SynthesisRenderLimits>): Readonly<SynthesisRenderLimits> {
  const previous = limits;
  limits = { ...limits, ...changes };
  return previous;
}

/** From the TypeScript sources, the worker starts with a small module that registers tsx in it (see there). */
const ENTRY = new URL(import.meta.url.endsWith('.ts') ? './worker-entry.mjs' : './worker.js', import.meta.url);

type Outcome = { bytes: Uint8Array } | { error: Error } | { limit: Exclude<SynthesisRenderFailureReason, 'busy'>; detail: string };

/** A worker, loading or loaded, and what it ends with. */
interface RenderThread {
  worker: Worker;
  /** The resource limits it was started with. */
  key: string;
  alive: boolean;
  outcome: Promise<Outcome>;
}

let running = 0;
const waiting: (() => void)[] = [];
let spare: RenderThread | undefined;
let spareTimer: NodeJS.Timeout | undefined;
let started = 0;

/** Renders running and waiting, whether a spare worker is loaded, and how many workers were started: for tests and health checks. */
export function synthesisRenderStats(): { running: number; waiting: number; spare: boolean; started: number } {
  return { running, waiting: waiting.length, spare: spare?.alive ?? false, started };
}

/**
 * Renders the synthesis (renderSynthesis) in a worker thread, within the limits in force or those given.
 * The attachments' bytes are moved to the worker when each fills a buffer of its own, so those buffers
 * are unusable afterwards; the others are copied, once. Rejects with SynthesisRenderFailure when a limit
 * stopped the render, with the renderer's own error when that threw.
 */
export async function renderSynthesisInWorker(document: SynthesisDocument, overrides: Partial<SynthesisRenderLimits> = {}): Promise<Uint8Array> {
  const applied = { ...limits, ...overrides };
  if (running >= CONCURRENT_RENDERS) {
    if (waiting.length >= MAX_WAITING_RENDERS) throw new SynthesisRenderFailure('busy', `${running + waiting.length} syntheses are being generated already`, applied);
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
  running++;
  try {
    return await render(document, applied);
  } finally {
    running--;
    waiting.shift()?.();
  }
}

async function render(document: SynthesisDocument, applied: Readonly<SynthesisRenderLimits>): Promise<Uint8Array> {
  const { timeoutMs, ...resourceLimits } = applied;
  const thread = takeThread(resourceLimits);
  let timer: NodeJS.Timeout | undefined;
  try {
    const { data, transferList } = forTransfer(document);
    thread.worker.ref();
    thread.worker.postMessage(data, transferList);
    const deadline = new Promise<Outcome>((resolve) => {
      timer = setTimeout(() => resolve({ limit: 'timeout', detail: `The render took more than ${timeoutMs} ms` }), timeoutMs);
    });
    const outcome = await Promise.race([thread.outcome, deadline]);
    if ('bytes' in outcome) return outcome.bytes;
    if ('error' in outcome) throw outcome.error;
    throw new SynthesisRenderFailure(outcome.limit, outcome.detail, applied);
  } finally {
    clearTimeout(timer);
    // Done, failed or overdue: the worker goes, and its slot is free only once it has stopped.
    await thread.worker.terminate();
    keepSpare();
  }
}

function takeThread(resourceLimits: ResourceLimits): RenderThread {
  const key = JSON.stringify(resourceLimits);
  if (spare?.alive && spare.key === key) {
    const thread = spare;
    spare = undefined;
    return thread;
  }
  return startThread(resourceLimits);
}

/** Loads a worker for the next render, with the limits then in force, unless one is waiting already. */
function keepSpare(): void {
  const { timeoutMs: _timeoutMs, ...resourceLimits } = limits;
  if (spare?.alive && spare.key === JSON.stringify(resourceLimits)) return;
  void spare?.worker.terminate();
  spare = startThread(resourceLimits);
  clearTimeout(spareTimer);
  spareTimer = setTimeout(() => {
    void spare?.worker.terminate();
    spare = undefined;
  }, SPARE_IDLE_MS).unref();
}

function startThread(resourceLimits: ResourceLimits): RenderThread {
  const worker = new Worker(ENTRY, { resourceLimits, execArgv: [] });
  started++;
  let settle: (outcome: Outcome) => void = () => {};
  const thread: RenderThread = { worker, key: JSON.stringify(resourceLimits), alive: true, outcome: new Promise<Outcome>((resolve) => (settle = resolve)) };
  let loaded = false;
  worker.on('message', (report: WorkerReport) => {
    if (report.kind === 'loaded') loaded = true;
    else if (report.kind === 'rendered') settle({ bytes: report.bytes });
    else settle({ error: Object.assign(new Error(report.error.message), { name: report.error.name, stack: report.error.stack }) });
  });
  worker.on('error', (error: Error & { code?: string }) => {
    if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') settle({ limit: 'memory', detail: `The render needed more than ${resourceLimits.maxOldGenerationSizeMb} MB of heap` });
    // An exception that nothing caught (a library's callback): the document's doing, once the renderer is loaded.
    else if (loaded) settle({ limit: 'crash', detail: `The render failed: ${error.name}` });
    else settle({ error });
  });
  worker.on('exit', (code) => {
    thread.alive = false;
    if (spare === thread) spare = undefined;
    settle(loaded ? { limit: 'crash', detail: `The render's worker stopped (exit code ${code})` } : { error: new Error(`The synthesis worker stopped before it loaded (exit code ${code})`) });
  });
  // It does not keep the process alive while it waits for a document (unref after the listeners: adding one refs it again).
  worker.unref();
  return thread;
}

/** The document as it will be posted, and the buffers to move rather than copy. */
function forTransfer(document: SynthesisDocument): { data: SynthesisDocument; transferList: ArrayBuffer[] } {
  const transfer = new Set<ArrayBuffer>();
  const movable = (bytes: Uint8Array): Uint8Array => {
    const { buffer } = bytes;
    // A view over part of a buffer (Node's pool of small buffers, a whole result set) is copied out, once, and the copy moved.
    if (!(buffer instanceof ArrayBuffer) || bytes.byteOffset !== 0 || bytes.byteLength !== buffer.byteLength) {
      const copy = new Uint8Array(bytes);
      transfer.add(copy.buffer);
      return copy;
    }
    transfer.add(buffer);
    return bytes;
  };
  const data = {
    ...document,
    messages: document.messages.map((message) => ({ ...message, attachments: message.attachments.map((attachment) => ({ ...attachment, bytes: movable(attachment.bytes) })) })),
  };
  return { data, transferList: [...transfer] };
}
