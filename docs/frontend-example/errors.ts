// What a screen does with the API's errors: each carries `extensions.code`, and a message a person can read.
import type { GraphQLFormattedError } from 'graphql';

export type ErrorAction =
  | { kind: 'sign-in' }
  | { kind: 'retry'; afterSeconds: number }
  | { kind: 'not-found' }
  | { kind: 'show'; message: string }
  | { kind: 'report'; requestId: string | undefined };

export function actionFor(error: GraphQLFormattedError): ErrorAction {
  const extensions = error.extensions ?? {};
  switch (extensions['code']) {
    case 'UNAUTHENTICATED':
      return { kind: 'sign-in' };
    case 'RATE_LIMITED':
      return { kind: 'retry', afterSeconds: Number(extensions['retryAfterSeconds'] ?? 1) };
    case 'NOT_FOUND':
      // Also what another professional's request answers: existence is not revealed.
      return { kind: 'not-found' };
    case 'BAD_USER_INPUT':
    case 'FORBIDDEN':
    case 'CONFLICT':
    case 'OPERATION_TOO_COMPLEX':
      return { kind: 'show', message: error.message };
    default:
      // INTERNAL_SERVER_ERROR: the request id names the server's log line, for support.
      return {
        kind: 'report',
        requestId: typeof extensions['requestId'] === 'string' ? extensions['requestId'] : undefined,
      };
  }
}
