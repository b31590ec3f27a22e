// Identical reads asked at the same moment share one statement: an event wakes every subscriber of a conversation at once.
import type { Database } from '../db/client.ts';

const inFlight = new WeakMap<Database, Map<string, Promise<unknown>>>();

/**
 * Runs `read` once for all the callers that ask for `key` while it is under way; they all get its
 * result (or its error). The key must name everything the read depends on: its filters, the
 * caller whose access it checks, and the selection.
 */
export function sharedRead<T>(db: Database, key: string, read: () => Promise<T>): Promise<T> {
  let reads = inFlight.get(db);
  if (!reads) inFlight.set(db, (reads = new Map()));
  const pending = reads.get(key) as Promise<T> | undefined;
  if (pending) return pending;
  const started = read().finally(() => reads.delete(key));
  reads.set(key, started);
  return started;
}
