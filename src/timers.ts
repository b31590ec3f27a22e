// A timer for a moment however far away: setTimeout waits at most 2^31-1 ms (about 24.8 days), so longer waits go in steps.

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
