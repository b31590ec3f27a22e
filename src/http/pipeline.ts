// What every GraphQL request over HTTP goes through before it runs: an id, its caller, the rate
// limit, a bounded body, and one access-log line when it is answered.
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Authenticated, Authenticator } from '../auth/authenticate.ts';
import { DomainError } from '../domain/errors.ts';
import { maskError } from '../graphql/errors.ts';
import { unauthenticated, unsupportedMediaType, withinRateLimit } from '../graphql/refusals.ts';
import type { RateLimit } from '../rate-limit.ts';
import { readingRefusal, withinBodyLimit, type BodyLimits } from './body.ts';
import { newRequestId, requestIdFrom } from './request-id.ts';

interface RequestState {
  id: string;
  startedAt: number;
  operationName?: string | undefined;
  /** Who sent it, identified before its body is read. */
  auth?: Authenticated;
}

export interface PipelineOptions {
  authenticate: Authenticator;
  rateLimit: RateLimit;
  limits: BodyLimits;
  logger: Logger;
}

export interface Pipeline {
  /** yoga plugins, in this order: the request's id first, so that everything after may log it. */
  plugins: [Plugin, Plugin];
  /** The request's id and caller (identified now if yoga built its context without the pipeline). */
  caller(request: Request): Promise<{ requestId: string; auth: Authenticated }>;
}

export function createPipeline(options: PipelineOptions): Pipeline {
  const states = new WeakMap<Request, RequestState>();
  const identify = callerIdentifier(options.authenticate, options.logger);
  return {
    plugins: [requestLog(states, options.logger), callerAndBody(states, identify, options)],
    async caller(request) {
      const state = states.get(request);
      const requestId = state?.id ?? newRequestId();
      return { requestId, auth: state?.auth ?? (await identify(request, requestId)) };
    },
  };
}

/** The caller of an HTTP request, or a 401 (or a masked error with the request id if the database fails). */
function callerIdentifier(authenticate: Authenticator, logger: Logger) {
  return async (request: Request, requestId: string): Promise<Authenticated> => {
    try {
      return await authenticate(request.headers.get('authorization'));
    } catch (error) {
      if (error instanceof DomainError && error.code === 'UNAUTHENTICATED') throw unauthenticated(error.message);
      throw maskError(error, logger, { requestId });
    }
  };
}

/** Gives each request its id (the client's x-request-id when safe), sends it back, and logs the answer. */
function requestLog(states: WeakMap<Request, RequestState>, logger: Logger): Plugin {
  return {
    onRequest({ request }) {
      states.set(request, { id: requestIdFrom(request.headers.get('x-request-id')), startedAt: performance.now() });
    },
    onParams({ request, params }) {
      const state = states.get(request);
      if (state && typeof params.operationName === 'string') state.operationName = params.operationName.slice(0, 100);
    },
    onResponse({ request, response }) {
      const state = states.get(request);
      if (!state) return;
      response.headers.set('x-request-id', state.id);
      // Never the query, variables, body, token or who called: they may identify a patient or a professional.
      logger.info(
        {
          requestId: state.id,
          method: request.method,
          path: new URL(request.url).pathname,
          status: response.status,
          operationName: state.operationName,
          durationMs: Math.round((performance.now() - state.startedAt) * 10) / 10,
        },
        'request',
      );
    },
  };
}

/**
 * Identifies and counts the caller before anything of the body is read (someone without a token
 * costs no parsing, and every operation counts, even one refused later), then reads the body within
 * its limits.
 */
function callerAndBody(
  states: WeakMap<Request, RequestState>,
  identify: ReturnType<typeof callerIdentifier>,
  { rateLimit, limits }: PipelineOptions,
): Plugin {
  return {
    async onRequestParse({ request, requestParser, setRequestParser }) {
      const state = states.get(request);
      const auth = await identify(request, state?.id ?? newRequestId());
      await withinRateLimit(rateLimit, auth, true);
      if (state) state.auth = auth;
      if (!requestParser) {
        if (request.method === 'POST')
          setRequestParser(() => {
            throw unsupportedMediaType();
          });
        return;
      }
      setRequestParser(async (request) => {
        try {
          return await requestParser(await withinBodyLimit(request, limits.maxBodyBytes));
        } catch (error) {
          throw readingRefusal(error, limits) ?? error;
        }
      });
    },
  };
}
