// repeat(): one run at a time, a wait that doubles while the task fails, back to the period once it succeeds.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { repeat } from '../src/timers.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('repeat', () => {
  it('backs off while the task fails (2×, capped), and returns to the period after a success', async () => {
    const starts: number[] = [];
    let failing = 4;
    const errors: unknown[] = [];
    const started = Date.now();
    const repeating = repeat(
      async () => {
        starts.push(Date.now() - started);
        if (failing-- > 0) throw new Error('down');
      },
      { periodMs: 1000, maxBackoffMs: 5000, onError: (error) => errors.push(error) },
    );
    await vi.advanceTimersByTimeAsync(30_000);
    await repeating.stop();
    const waits = starts.slice(1, 8).map((at, index) => at - starts[index]!);
    // Runs at 1 s; fails 4 times: waits 2, 4, 5 (capped), 5; then succeeds: back to 1 s.
    expect(starts[0]).toBe(1000);
    expect(waits).toEqual([2000, 4000, 5000, 5000, 1000, 1000, 1000]);
    expect(errors).toHaveLength(4);
  });

  it('never starts a run while the previous one is still going, and stop() waits for it', async () => {
    let running = 0;
    let overlapped = false;
    let finished = 0;
    const repeating = repeat(
      async () => {
        running++;
        overlapped ||= running > 1;
        await new Promise((resolve) => setTimeout(resolve, 2500));
        running--;
        finished++;
      },
      { periodMs: 1000, maxBackoffMs: 1000, onError: () => undefined },
    );
    await vi.advanceTimersByTimeAsync(10_000);
    const stopping = repeating.stop();
    await vi.advanceTimersByTimeAsync(3000);
    await stopping;
    expect(overlapped).toBe(false);
    expect(running).toBe(0);
    expect(finished).toBeGreaterThanOrEqual(2);
  });
});
