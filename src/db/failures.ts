// What a database failure was, read from Prisma's driver-adapter error, so that callers can say it plainly.

/** The driver adapter's description of a failure (see @prisma/driver-adapter-utils' MappedError). */
export interface DriverFailure {
  kind: string;
  originalCode?: string;
}

/** Failures that pass: the server is down, starting, full or slow. Waiting and retrying may succeed. */
const TRANSIENT = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
/** PostgreSQL's own codes for a server that is starting, stopping or out of connections (class 57P, 53300). */
const TRANSIENT_POSTGRES = /^(57P0[1-4]|53300)$/;

/** Prisma 7 puts the adapter's error under `meta.driverAdapterError.cause`. */
export function driverFailure(error: unknown): DriverFailure | undefined {
  const meta = (error as { meta?: { driverAdapterError?: { cause?: unknown } } } | null)?.meta;
  const cause = meta?.driverAdapterError?.cause as Partial<DriverFailure> | undefined;
  return typeof cause?.kind === 'string' ? (cause as DriverFailure) : undefined;
}

export function isTransientFailure(error: unknown): boolean {
  const failure = driverFailure(error);
  if (!failure) return false;
  return (
    TRANSIENT.has(failure.kind) || (failure.kind === 'postgres' && TRANSIENT_POSTGRES.test(failure.originalCode ?? ''))
  );
}
