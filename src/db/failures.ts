// What a database failure was, read from Prisma's and pg's errors, so that callers can say it plainly and clients can retry.

/** The driver adapter's description of a failure (see @prisma/driver-adapter-utils' MappedError). */
export interface DriverFailure {
  kind: string;
  originalCode?: string;
}

/** Adapter failures that pass: the server is down, starting, full or slow. */
const TRANSIENT_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
/** PostgreSQL's codes for a server starting, stopping, out of connections, or a statement past its timeout. */
const TRANSIENT_POSTGRES = /^(57P0[1-4]|57014|53300|08\d{3})$/;
/** Prisma's codes for an unreachable server, a lost connection, and a pool or transaction start past its wait. */
const TRANSIENT_PRISMA = new Set(['P1001', 'P1002', 'P1017', 'P2024', 'P2028']);
/** Of those, the ones where nothing was sent: no write can have happened. */
const NOTHING_SENT_PRISMA = new Set(['P1001', 'P2024', 'P2028']);
/**
 * pg 8 rejects with plain Errors when the pool cannot connect in time or a query gets no answer
 * (https://github.com/brianc/node-postgres/blob/master/packages/pg-pool/index.js, packages/pg/lib/client.js),
 * which Prisma's adapter passes on unwrapped.
 */
const PG_TIMEOUT =
  /^(Connection terminated due to connection timeout|timeout exceeded when trying to connect|Query read timeout|Connection terminated unexpectedly)$/;

/** Prisma 7 puts the adapter's error under `meta.driverAdapterError.cause`. */
export function driverFailure(error: unknown): DriverFailure | undefined {
  const meta = (error as { meta?: { driverAdapterError?: { cause?: unknown } } } | null)?.meta;
  const cause = meta?.driverAdapterError?.cause as Partial<DriverFailure> | undefined;
  return typeof cause?.kind === 'string' ? (cause as DriverFailure) : undefined;
}

/** Whether the database is unavailable for a while (down, starting, frozen, overloaded): the same call may succeed later. */
export function isTransientFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const failure = driverFailure(error);
  if (failure) {
    return TRANSIENT_KINDS.has(failure.kind) || TRANSIENT_POSTGRES.test(failure.originalCode ?? '');
  }
  const code = (error as { code?: unknown }).code;
  return (typeof code === 'string' && TRANSIENT_PRISMA.has(code)) || PG_TIMEOUT.test(error.message);
}

/** Whether a transient failure happened before anything reached the database (so no write can have been applied). */
export function failedBeforeSending(error: unknown): boolean {
  if (driverFailure(error)?.kind === 'DatabaseNotReachable') return true;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && NOTHING_SENT_PRISMA.has(code)) return true;
  return (
    error instanceof Error && /timeout exceeded when trying to connect|due to connection timeout/.test(error.message)
  );
}
