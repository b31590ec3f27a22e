// An operation sent on a socket (graphql-ws `subscribe`): refused with its errors, or made ready to run.
import { GraphQLError, type DocumentNode, type ExecutionArgs } from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import type { Logger } from 'pino';
import type { Authenticated } from '../auth/authenticate.ts';
import type { Contexts } from '../graphql/context.ts';
import { graphQLError, isGraphQLError, maskError, withoutHttpExtension } from '../graphql/errors.ts';
import { withinRateLimit } from '../graphql/refusals.ts';
import type { GraphQLHandler } from '../http/yoga.ts';
import { newRequestId } from '../http/request-id.ts';
import type { RateLimit } from '../rate-limit.ts';

/** Subscriptions (and operations in progress) one WebSocket may hold: an inbox and many conversations. */
export const MAX_OPERATIONS_PER_SOCKET = 100;

export interface OperationOptions {
  yoga: GraphQLHandler;
  contexts: Contexts;
  rateLimit: RateLimit;
  logger: Logger;
}

export interface SocketOperation {
  auth: Authenticated | undefined;
  /** Operations of the socket, this one included (graphql-ws has already reserved its id). */
  operations: number;
  /** Whether the professional's operations over all their sockets, this one included, are over their bound. */
  overProfessionalLimit: () => boolean;
  /** Where the client called, for absolute file URLs. */
  baseUrl: string;
  payload: SubscribePayload;
}

export function operationPreparer({ yoga, contexts, rateLimit, logger }: OperationOptions) {
  return async (operation: SocketOperation): Promise<ExecutionArgs | GraphQLError[]> => {
    const { auth, baseUrl, payload } = operation;
    const refused = refusal(operation, contexts);
    if (refused) return [refused];
    try {
      await withinRateLimit(rateLimit, auth!, false);
    } catch (error) {
      return [error as GraphQLError];
    }
    const requestId = newRequestId();
    const { schema, parse, validate } = yoga.getEnveloped({});
    try {
      const document = parseOperation(parse, payload.query);
      if (!('kind' in document)) return [document];
      const errors = validate(schema, document);
      if (errors.length > 0) return errors.map(withoutHttpExtension);
      return {
        schema,
        document,
        operationName: payload.operationName ?? null,
        variableValues: payload.variables ?? null,
        // Sockets are closed on stop (1012): nothing more to hold.
        contextValue: contexts.create(auth!, requestId, baseUrl),
      };
    } catch (error) {
      return [withoutHttpExtension(maskError(error, logger, { requestId }))];
    }
  };
}

/** Why the socket may not start an operation now, if it may not. */
function refusal(
  { auth, operations, overProfessionalLimit }: SocketOperation,
  contexts: Contexts,
): GraphQLError | undefined {
  if (!auth) return graphQLError('UNAUTHENTICATED', 'Sign in first');
  // (The socket closes at that moment too: an operation arriving meanwhile is refused.)
  if (Date.now() >= contexts.sessionEndsAt(auth))
    return graphQLError('UNAUTHENTICATED', 'Your token expired: connect again with a fresh one');
  if (operations > MAX_OPERATIONS_PER_SOCKET) {
    return graphQLError(
      'BAD_USER_INPUT',
      `At most ${MAX_OPERATIONS_PER_SOCKET} operations at once on one connection: complete some before starting others`,
    );
  }
  if (overProfessionalLimit()) {
    return graphQLError(
      'BAD_USER_INPUT',
      'Too many live subscriptions open for you: complete some (in other tabs or devices too) before starting others',
    );
  }
  return undefined;
}

/** The document, or the error to answer: an operation over the limits keeps its code, a syntax error gets the parse code. */
function parseOperation(parse: (source: string) => DocumentNode, query: string): DocumentNode | GraphQLError {
  try {
    return parse(query);
  } catch (error) {
    if (isGraphQLError(error) && error.extensions?.['code']) return withoutHttpExtension(error);
    const message = isGraphQLError(error) ? error.message : 'The query could not be parsed';
    return new GraphQLError(message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
  }
}
