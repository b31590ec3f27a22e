// Operations refused before they run (no token, too many, too large, not GraphQL), as GraphQL errors with their HTTP status.
import { GraphQLError } from 'graphql';
import type { Authenticated } from '../auth/authenticate.ts';
import type { RateLimit } from '../rate-limit.ts';

/** A refusal of the request itself: the client's to fix (BAD_USER_INPUT), with the status yoga answers. */
export function requestRefused(message: string, status = 400): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status } } });
}

export function payloadTooLarge(message: string): GraphQLError {
  return requestRefused(message, 413);
}

/** yoga would answer an empty 415: this says what is accepted. */
export function unsupportedMediaType(): GraphQLError {
  return requestRefused(
    'Send the operation as application/json, or as multipart/form-data (GraphQL multipart request) with files',
    415,
  );
}

/** No valid token: 401 with the scheme to use. */
export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } } },
  });
}

/** RATE_LIMITED with when to retry (over HTTP also a 429 with Retry-After). */
export function rateLimited(retryAfterSeconds: number, overHttp: boolean): GraphQLError {
  return new GraphQLError(`Too many operations in a short time: retry in ${retryAfterSeconds} s`, {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfterSeconds,
      ...(overHttp && { http: { status: 429, headers: { 'Retry-After': String(retryAfterSeconds) } } }),
    },
  });
}

/** The 4xx status yoga attached to an error it raised while reading a request, if any. */
export function clientStatus(error: GraphQLError): number | undefined {
  const status = (error.extensions?.['http'] as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

/** Counts one operation of the caller, refused with RATE_LIMITED past the limit. */
export async function withinRateLimit(rateLimit: RateLimit, auth: Authenticated, overHttp: boolean): Promise<void> {
  const decision = await rateLimit.consume(auth.viewer.id);
  if (!decision.allowed) throw rateLimited(decision.retryAfterSeconds, overHttp);
}
