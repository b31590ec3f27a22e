// Timers for moments however far away: setTimeout waits at most 2^31-1 ms (about 24.8 days), so longer waits go in steps.

const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** Runs `run` at `time` (milliseconds since the epoch), at once if it is past; returns what cancels it. */
export function runAt(time: number, run: () => void): () => void {
  let timer: NodeJS.Timeout | undefined;
  const arm = (): void => {
    const remaining = time - Date.now();
    if (remaining <= 0) return run();
    timer = setTimeout(arm, Math.min(remaining, MAX_TIMEOUT_MS));
  };
  arm();
  return () => clearTimeout(timer);
}

/**
 * Things due at a moment (a socket at its token's expiry, or at the end of its wait for connection_init),
 * grouped by moment, with one timer for the earliest: each costs an entry in a set, not a timer of its
 * own. Tokens expire on a whole second, so the sockets of one second share their set.
 */
export class Deadlines<T> {
  readonly #due = new Map<number, Set<T>>();
  #timer: NodeJS.Timeout | undefined;
  #armedFor = Infinity;

  constructor(private readonly expire: (item: T) => void) {}

  add(item: T, at: number): void {
    let items = this.#due.get(at);
    if (!items) this.#due.set(at, (items = new Set()));
    items.add(item);
    if (at < this.#armedFor) this.#arm();
  }

  delete(item: T, at: number): void {
    const items = this.#due.get(at);
    if (!items?.delete(item) || items.size > 0) return;
    this.#due.delete(at);
    if (this.#due.size === 0) this.clear();
  }

  clear(): void {
    this.#due.clear();
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#armedFor = Infinity;
  }

  #arm(): void {
    clearTimeout(this.#timer);
    let next = Infinity;
    for (const at of this.#due.keys()) if (at < next) next = at;
    this.#armedFor = next;
    // Unreferenced: the sockets keep the process alive, not their expiry.
    this.#timer =
      next === Infinity
        ? undefined
        : setTimeout(() => this.#fire(), Math.min(Math.max(next - Date.now(), 0), MAX_TIMEOUT_MS)).unref();
  }

  #fire(): void {
    const now = Date.now();
    for (const [at, items] of this.#due) {
      if (at > now) continue;
      this.#due.delete(at);
      for (const item of items) this.expire(item);
    }
    this.#arm();
  }
}

export interface Repeating {
  /** Stops the next runs; resolves once the run in progress, if any, is over. */
  stop(): Promise<void>;
}

/**
 * Runs `task` every `periodMs`, one run at a time (a slow run delays the next rather than overlapping it). After a
 * failure the wait doubles, up to `maxBackoffMs`, so that a database that is down is not called ever more often;
 * the first success brings it back to `periodMs`.
 */
export function repeat(
  task: () => Promise<unknown>,
  { periodMs, maxBackoffMs, onError }: { periodMs: number; maxBackoffMs: number; onError: (error: unknown) => void },
): Repeating {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const schedule = (waitMs: number) => {
    if (!stopped) timer = setTimeout(() => (running = run(waitMs)), waitMs).unref();
  };
  const run = async (lastWaitMs: number) => {
    try {
      await task();
      schedule(periodMs);
    } catch (error) {
      onError(error);
      schedule(Math.min(Math.max(lastWaitMs, periodMs) * 2, maxBackoffMs));
    }
  };
  schedule(periodMs);
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
      return running;
    },
  };
}
