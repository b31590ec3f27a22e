// GraphQL over HTTP and SSE (yoga), with the plugins every operation goes through, in their order.
import type http from 'node:http';
import { createFetch } from '@whatwg-node/fetch';
import { createYoga, type YogaInitialContext, type YogaServerInstance } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { MAX_FILES_PER_MESSAGE } from '../domain/files.ts';
import type { Connection, Context, Contexts } from '../graphql/context.ts';
import { maskError, maskExecutionErrors } from '../graphql/errors.ts';
import { operationLimits } from '../graphql/limits.ts';
import { schema } from '../graphql/schema.ts';
import { socketSubscriptions } from '../ws/subscriptions.ts';
import { MAX_FORM_FIELD_BYTES, MAX_FORM_FIELDS } from './body.ts';
import { graphiqlOptions, renderGraphiQL } from './graphiql.ts';
import type { Pipeline } from './pipeline.ts';
import { sseSingleConnectionRefused } from './sse.ts';

export type GraphQLHandler = YogaServerInstance<Record<string, unknown>, Context>;

export interface GraphQLHandlerOptions {
  config: Config;
  logger: Logger;
  pipeline: Pipeline;
  contexts: Contexts;
  /** Where a subscription's event stream is kept while it lasts, so that stop() can cut it. */
  streams: Set<http.ServerResponse>;
}

export function createGraphQLHandler({ config, logger, pipeline, contexts, streams }: GraphQLHandlerOptions) {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    batching: false,
    // Multipart uploads in all (JSON bodies have their own, smaller limit: withinBodyLimit).
    maxRequestBodySize: config.maxRequestBytes,
    logging: yogaLogger(logger.child({ component: 'yoga' })),
    graphiql: graphiqlOptions(config),
    renderGraphiQL,
    maskedErrors: { maskError: (error) => maskError(error, logger) },
    fetchAPI: createFetch({
      formDataLimits: {
        fileSize: config.maxUploadBytes,
        files: MAX_FILES_PER_MESSAGE,
        fieldSize: MAX_FORM_FIELD_BYTES,
        fields: MAX_FORM_FIELDS,
      },
    }),
    // Over HTTP (a socket's operations get theirs from the socket server).
    context: async (initial: YogaInitialContext & { res?: http.ServerResponse }) => {
      const { requestId, auth } = await pipeline.caller(initial.request);
      const connection = httpConnection(initial.request, initial.res, streams);
      return contexts.create(auth, requestId, new URL(initial.request.url).origin, connection);
    },
    plugins: [
      ...pipeline.plugins,
      sseSingleConnectionRefused(),
      ...operationLimits(),
      // After the limits (it stops execution: later onSubscribe hooks would not run), before masking.
      socketSubscriptions(logger),
      maskExecutionErrors(logger),
    ],
  });
}

/** An HTTP operation's connection: a subscription's event stream lasts as long as it does, and stop() cuts it. */
function httpConnection(
  request: Request,
  response: http.ServerResponse | undefined,
  streams: Set<http.ServerResponse>,
): Connection {
  return {
    signal: request.signal,
    holdConnection: () => {
      if (!response || response.destroyed) return;
      streams.add(response);
      response.once('close', () => streams.delete(response));
    },
  };
}

/** yoga's log calls, through pino (errors in the one `err` shape). */
function yogaLogger(log: Logger) {
  const write =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      const error = args.find((arg) => arg instanceof Error);
      if (error) log[level]({ err: error }, 'yoga reported an error');
      else log[level](args.filter((arg) => typeof arg === 'string').join(' '));
    };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}
