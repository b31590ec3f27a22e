// Turns errors into what a client sees: domain and GraphQL errors keep their code and message, anything unexpected is masked.
import { PothosValidationError } from '@pothos/core';
import { handleStreamOrSingleExecutionResult, isAsyncIterable, mapAsyncIterator, type Plugin } from '@envelop/core';
import { GraphQLError, type ExecutionResult, type OperationDefinitionNode } from 'graphql';
import type { Logger } from 'pino';
import { failedBeforeSending, isTransientFailure } from '../db/failures.ts';
import { DomainError, type DomainErrorCode } from '../domain/errors.ts';
import type { Context } from './context.ts';

export function graphQLError(
  code: DomainErrorCode | 'INTERNAL_SERVER_ERROR' | 'SERVICE_UNAVAILABLE',
  message: string,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/**
 * The error as a client may see it, or undefined when it must be masked. An error that may be
 * shown is returned as the same object, so that yoga does not log it as a failure.
 */
export function clientError(error: unknown): GraphQLError | undefined {
  const original = innermost(error);
  if (original instanceof DomainError) {
    // graphql-js copied the domain error's extensions (its code) when it located the error.
    return isGraphQLError(error) ? error : graphQLError(original.code, original.message, original.details);
  }
  if (original instanceof PothosValidationError) {
    // Malformed cursors and global IDs, conflicting pagination arguments.
    return relocate(error, graphQLError('BAD_USER_INPUT', original.message));
  }
  if (isPrismaError(original, 'P2007')) {
    // The database refused a value's format, e.g. a cursor whose id is not a UUID.
    return relocate(
      error,
      graphQLError(
        'BAD_USER_INPUT',
        'An id or cursor in the request is malformed: send back the values the API returned',
      ),
    );
  }
  if (isGraphQLError(original) && isGraphQLError(error)) {
    // graphql-js reports wrongly typed variables without a code, yoga a malformed request as BAD_REQUEST:
    // both are the caller's input.
    const code = error.extensions?.['code'];
    if (code === 'REQUEST_ENTITY_TOO_LARGE')
      return relocate(
        error,
        graphQLError(
          'BAD_USER_INPUT',
          'The request is too large: send fewer or smaller files at once',
          error.extensions,
        ),
      );
    return code && code !== 'BAD_REQUEST'
      ? error
      : relocate(error, graphQLError('BAD_USER_INPUT', error.message, error.extensions));
  }
  return undefined;
}

/**
 * What a client receives for any error: itself when it may be shown, else "Unexpected error" with the
 * request id, which the log line of the error also carries (logged without data).
 */
export function maskError(
  error: unknown,
  logger: Logger,
  context: { requestId?: string | undefined } = {},
): GraphQLError {
  const visible = clientError(error);
  if (visible) return visible;
  if (isTransientFailure(innermost(error))) {
    logger.warn({ ...context, err: error }, 'database unavailable');
    return relocate(error, serviceUnavailable(innermost(error), context.requestId));
  }
  logger.error({ ...context, err: error }, 'unexpected error');
  return relocate(
    error,
    graphQLError(
      'INTERNAL_SERVER_ERROR',
      'Unexpected error',
      context.requestId ? { requestId: context.requestId } : {},
    ),
  );
}

/** Seconds a client is asked to wait before it retries, while the database is unavailable. */
export const UNAVAILABLE_RETRY_SECONDS = 2;

/**
 * The database is unavailable for a moment: retry. `applied: false` says no write can have reached it; otherwise a
 * mutation may have been applied, and is retried safely with the same client id (clientMessageId, clientRequestId).
 */
function serviceUnavailable(cause: unknown, requestId: string | undefined): GraphQLError {
  const applied = failedBeforeSending(cause) ? { applied: false } : {};
  return graphQLError(
    'SERVICE_UNAVAILABLE',
    `The service is unavailable for a moment: retry in ${UNAVAILABLE_RETRY_SECONDS} s`,
    {
      retryAfterSeconds: UNAVAILABLE_RETRY_SECONDS,
      ...applied,
      ...(requestId && { requestId }),
      http: { status: 503, headers: { 'Retry-After': String(UNAVAILABLE_RETRY_SECONDS) } },
    },
  );
}

/** The result with its errors masked, with the operation's request id. */
export function maskedResult(result: ExecutionResult, logger: Logger, requestId: string): ExecutionResult {
  return result.errors?.length
    ? { ...result, errors: result.errors.map((error) => maskError(error, logger, { requestId })) }
    : result;
}

/**
 * A subscription's event stream that failed, as the executor reports it (located at the operation),
 * before it is masked.
 */
export function eventStreamError(error: unknown, operation: OperationDefinitionNode | null | undefined): unknown {
  const at = (error: Error) =>
    new GraphQLError(error.message, { originalError: error, nodes: operation ? [operation] : undefined });
  if (error instanceof AggregateError)
    return new AggregateError(
      error.errors.map((inner) => (inner instanceof Error ? at(inner) : inner)),
      error.message,
    );
  return error instanceof Error ? at(error) : error;
}

/**
 * Masks execution errors (of queries, mutations and each subscription event) with the operation's request id.
 * (A subscription over a WebSocket is masked the same way by socketSubscriptions, src/ws/subscriptions.ts, which runs it.)
 */
export function maskExecutionErrors(logger: Logger): Plugin<Context> {
  const masked = (result: ExecutionResult, requestId: string): ExecutionResult =>
    maskedResult(result, logger, requestId);
  return {
    onExecute: () => ({
      onExecuteDone: (payload) =>
        handleStreamOrSingleExecutionResult(payload, ({ result, setResult }) =>
          setResult(masked(result, payload.args.contextValue.requestId)),
        ),
    }),
    onSubscribe: () => ({
      onSubscribeResult: ({ args, result, setResult }) => {
        const { requestId } = args.contextValue;
        if (!isAsyncIterable(result)) return setResult(masked(result, requestId));
        // An event stream that fails (the database, mid-subscription) ends with one masked error, with the request id.
        setResult(
          mapAsyncIterator(
            result,
            (event: ExecutionResult) => masked(event, requestId),
            (error: unknown) => ({ errors: [maskError(error, logger, { requestId })] }),
          ),
        );
      },
    }),
  };
}

/** The error without the HTTP status yoga attaches for its own responses (meaningless on a socket). */
export function withoutHttpExtension(error: GraphQLError): GraphQLError {
  if (!error.extensions?.['http']) return error;
  const { http: _http, ...extensions } = error.extensions;
  return relocate(error, new GraphQLError(error.message, { extensions }));
}

function isPrismaError(error: unknown, code: string): boolean {
  return (
    error instanceof Error &&
    error.name === 'PrismaClientKnownRequestError' &&
    (error as { code?: unknown }).code === code
  );
}

function innermost(error: unknown): unknown {
  let current = error;
  while (isGraphQLError(current) && current.originalError) current = current.originalError;
  return current;
}

function relocate(source: unknown, target: GraphQLError): GraphQLError {
  if (!isGraphQLError(source)) return target;
  return new GraphQLError(target.message, {
    nodes: source.nodes,
    source: source.source,
    positions: source.positions,
    path: source.path,
    extensions: target.extensions,
  });
}

/**
 * GraphQLError by shape: yoga and graphql-tools may hold another copy of graphql's classes
 * (ESM and CommonJS builds), where instanceof fails.
 */
export function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof Error && error.name === 'GraphQLError';
}
