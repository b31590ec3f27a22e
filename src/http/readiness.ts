// /readyz: whether each dependency answers, within a bound.
import type { Logger } from 'pino';
import { LoggableError } from '../logger.ts';

const READINESS_TIMEOUT_MS = 2_000;

export type Checks = Record<string, () => Promise<unknown>>;

export async function readiness(checks: Checks, logger: Logger) {
  const results = await Promise.all(
    Object.entries(checks).map(async ([name, check]) => {
      try {
        await Promise.race([check(), rejectAfter(READINESS_TIMEOUT_MS)]);
        return [name, 'ok'] as const;
      } catch (error) {
        logger.warn({ err: error, dependency: name }, 'readiness check failed');
        return [name, 'unreachable'] as const;
      }
    }),
  );
  const ready = results.every(([, state]) => state === 'ok');
  return { ready, body: { status: ready ? 'ready' : 'unavailable', ...Object.fromEntries(results) } };
}

function rejectAfter(ms: number): Promise<never> {
  return new Promise((_, reject) =>
    setTimeout(() => reject(new LoggableError(`timed out after ${ms} ms`)), ms).unref(),
  );
}
