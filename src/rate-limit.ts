// The per-professional rate limit: operations per minute, counted across every instance through Redis when there is one.
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { closeRedis, createRedis, whenReady } from './redis.ts';

/** How long an operation may wait for Redis to count it. */
const REDIS_COMMAND_TIMEOUT_MS = 300;
/** How long a starting instance waits for Redis before it counts on its own. */
const REDIS_READY_WAIT_MS = 2000;

export interface RateLimitOptions {
  /** Operations allowed per professional and per window; 0: no limit. */
  points: number;
  windowSeconds: number;
  redisUrl?: string | undefined;
  /** Key prefix, shared by every instance of one deployment. */
  prefix: string;
  logger: Logger;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimit {
  /** Counts one operation by `professionalId`, and says whether it may run (and when to retry if not). */
  consume(professionalId: string): Promise<RateDecision>;
  /** Resolves once the shared count can be reached (or soon, if it cannot): an instance counts with the others from its first operation. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

export function createRateLimit({ points, windowSeconds, redisUrl, prefix, logger }: RateLimitOptions): RateLimit {
  if (points <= 0)
    return { consume: async () => ({ allowed: true }), ready: async () => undefined, close: async () => undefined };
  const keyPrefix = `${prefix}rate`;
  const memory = new RateLimiterMemory({ points, duration: windowSeconds, keyPrefix });
  let limiter: RateLimiterAbstract = memory;
  let redis: Redis | undefined;
  if (redisUrl) {
    // Commands fail at once while Redis is away (no offline queue), or after a short wait when it does
    // not answer: each instance then counts on its own (the insurance limiter), and no operation waits.
    redis = createRedis(redisUrl, {
      role: 'rate-limit',
      prefix,
      logger,
      options: {
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
        commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
        // The checks of operations arriving together leave in one write (behind an unanswered batch: twice the timeout).
        enableAutoPipelining: true,
      },
    });
    limiter = new RateLimiterRedis({
      storeClient: redis,
      points,
      duration: windowSeconds,
      keyPrefix,
      insuranceLimiter: memory,
    });
  }
  return {
    async consume(professionalId) {
      try {
        await limiter.consume(professionalId);
        return { allowed: true };
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes)
          return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
        // Neither Redis nor the insurance answered: an outage of the limiter does not stop the service.
        logger.warn({ err: rejection }, 'rate limit unavailable');
        return { allowed: true };
      }
    },
    async ready() {
      if (redis && !(await whenReady(redis, REDIS_READY_WAIT_MS)))
        logger.warn('rate limit: Redis is not reachable yet, operations are counted on this instance until it is');
    },
    async close() {
      if (redis) await closeRedis([redis], REDIS_COMMAND_TIMEOUT_MS);
    },
  };
}
