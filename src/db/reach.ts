// At start-up: wait a bounded time for a PostgreSQL server that is not there yet, then say plainly where it was looked for.
import type { Logger } from 'pino';
import { LoggableError } from '../logger.ts';
import type { Database } from './client.ts';
import { driverFailure, isTransientFailure } from './failures.ts';

/** Where the server is, without the user or password: host:port/database. */
export function serverOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname || 'localhost'}:${parsed.port || '5432'}${parsed.pathname}`;
}

/** What to check, by the kind of failure. */
const ADVICE: Record<string, string> = {
  DatabaseNotReachable: 'check that PostgreSQL runs there and accepts TCP connections (host, port, firewall)',
  DatabaseDoesNotExist: 'create the database, or fix its name in DATABASE_URL',
  DatabaseAccessDenied: 'check the user and password in DATABASE_URL, and pg_hba.conf',
  AuthenticationFailed: 'check the user and password in DATABASE_URL',
  TlsConnectionError: 'check the TLS settings (sslmode) in DATABASE_URL',
};

/**
 * Resolves once the database answers. A server that is down or starting is retried, with a growing
 * delay, for `waitSeconds` (it may be starting beside us); any other failure, or the end of the wait,
 * rejects with a LoggableError that names the server and what to check.
 */
export async function waitForDatabase(
  db: Database,
  { url, waitSeconds, logger }: { url: string; waitSeconds: number; logger: Logger },
): Promise<void> {
  const giveUpAt = Date.now() + waitSeconds * 1000;
  for (let delay = 250; ; delay = Math.min(delay * 2, 5000)) {
    try {
      return await db.ping();
    } catch (error) {
      const kind = driverFailure(error)?.kind ?? 'DatabaseNotReachable';
      if (!isTransientFailure(error) || Date.now() + delay > giveUpAt) {
        throw new LoggableError(`cannot reach the database at ${serverOf(url)}: ${ADVICE[kind] ?? kind}`, {
          cause: error,
        });
      }
      logger.warn({ database: serverOf(url), kind, retryInMs: delay }, 'the database does not answer yet: retrying');
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
