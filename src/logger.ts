// The structured logger. Health data never goes in: no message bodies, patient identities or tokens.
import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * An error whose message was written here, from no input: the one kind whose message is logged.
 * Any other message may quote a value (a file name, a Prisma query's arguments, a database row).
 */
export class LoggableError extends Error {
  override name = 'LoggableError';
}

/** How every error is logged (`logger.error({ err }, '…')`): its type, code and frames, never a message that may quote input. */
export function serializeError(error: unknown): Record<string, unknown> {
  const original = innermost(error);
  if (!(original instanceof Error)) return { type: typeof original };
  const { code, syscall } = original as { code?: unknown; syscall?: unknown };
  const path = (error as { path?: unknown }).path;
  return {
    type: original.name,
    ...(typeof code === 'string' && { code }),
    ...(typeof syscall === 'string' && { syscall }),
    ...(original instanceof LoggableError && { message: original.message }),
    ...(Array.isArray(path) && { path: path.join('.') }),
    ...(original instanceof AggregateError && { errors: original.errors.map(serializeError) }),
    // The first line of a stack repeats the message; the frames say where without saying what.
    at: original.stack
      ?.split('\n')
      .slice(1, 6)
      .map((line) => line.trim()),
  };
}

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'teleexpertise-api' },
      serializers: { err: serializeError },
      redact: { paths: ['req.headers.authorization', '*.authorization', '*.token', '*.body'], censor: '[redacted]' },
    },
    // Written asynchronously to stdout (flushed at exit): a request never waits on the log's write.
    destination ?? pino.destination({ dest: 1, sync: false }),
  );
}

/** The error a GraphQL error wraps (found by shape: yoga may load another copy of graphql's classes). */
function innermost(error: unknown): unknown {
  let current = error;
  while (
    current instanceof Error &&
    current.name === 'GraphQLError' &&
    (current as { originalError?: unknown }).originalError
  )
    current = (current as { originalError?: unknown }).originalError;
  return current;
}
