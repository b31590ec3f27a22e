// Connections to Redis, opened and closed one way for every part that uses it (live events, the rate limit).
import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from 'pino';

export interface RedisClientOptions {
  /** What the connection is for (`live-publish`, `rate-limit`…): its name on the server, after the prefix. */
  role: string;
  /** The deployment's prefix (REDIS_PREFIX): several deployments sharing a Redis tell their connections apart in CLIENT LIST. */
  prefix: string;
  /** Where connection errors are logged. */
  logger: Logger;
  /** This connection's own ioredis options (command timeout, offline queue, retries per command). */
  options?: RedisOptions;
}

/** Reconnects for as long as Redis is away, 50 ms more between attempts each time, at most 2 s apart. */
const reconnectDelay = (attempt: number): number => Math.min(attempt * 50, 2000);

/**
 * A client of `url` that reconnects by itself and logs its errors (ioredis would otherwise print them
 * as unhandled 'error' events).
 */
export function createRedis(url: string, { role, prefix, logger, options }: RedisClientOptions): Redis {
  const client = new Redis(url, {
    retryStrategy: reconnectDelay,
    // CLIENT SETNAME takes printable ASCII without spaces; ioredis 5 ignores a refusal (lib/redis/event_handler.ts), leaving it unnamed.
    connectionName: `${prefix}${role}`.replace(/[^!-~]/g, '_'),
    ...options,
  });
  client.on('error', (error: Error) => logger.warn({ err: error }, 'redis error'));
  return client;
}

/** Closes the clients: QUIT lets what they sent go out, and a Redis that does not answer is not waited for past `timeoutMs`. */
export async function closeRedis(clients: Redis[], timeoutMs: number): Promise<void> {
  await Promise.race([
    Promise.allSettled(clients.map((client) => client.quit())),
    new Promise((resolve) => setTimeout(resolve, timeoutMs).unref()),
  ]);
  for (const client of clients) client.disconnect();
}

/** Resolves once the client is ready for commands, or after `timeoutMs` (Redis away: the caller goes on without it). */
export function whenReady(client: Redis, timeoutMs: number): Promise<boolean> {
  if (client.status === 'ready') return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => done(false), timeoutMs).unref();
    const onReady = () => done(true);
    const done = (ready: boolean) => {
      clearTimeout(timer);
      client.off('ready', onReady);
      resolve(ready);
    };
    client.once('ready', onReady);
  });
}
