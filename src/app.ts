// The HTTP server: GraphQL over HTTP and SSE (yoga), WebSocket subscriptions (graphql-ws) and health routes, on one port.
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLError, type ExecutionArgs } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { createYoga, type Plugin, type YogaInitialContext } from 'graphql-yoga';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import { createAuthenticator, type Authenticated } from './auth/authenticate.ts';
import { createTokenVerifier } from './auth/tokens.ts';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { DomainError } from './domain/errors.ts';
import type { Context } from './graphql/context.ts';
import { clientError, graphQLError } from './graphql/errors.ts';
import { schema } from './graphql/schema.ts';

export interface AppOptions {
  config: Config;
  db: Database;
  logger: Logger;
  /** Extra dependencies /readyz checks besides the database, by name (e.g. redis). */
  readinessChecks?: Record<string, () => Promise<unknown>>;
}

export interface App {
  server: http.Server;
  /** Listens on the configured port (0 picks a free one) and resolves with the base URL. */
  start(port?: number): Promise<string>;
  /** Stops taking connections, closes open sockets so clients reconnect elsewhere, and waits for them. */
  stop(): Promise<void>;
}

/** WebSocket close code telling graphql-ws clients the server is going away and to reconnect. */
const CLOSE_GOING_AWAY = 1001;
const CLOSE_FORBIDDEN = 4403;
const REQUEST_ID = /^[\w.-]{1,64}$/;

interface RequestState {
  id: string;
  startedAt: number;
  operationName?: string | undefined;
  viewerId?: string | undefined;
}

/** What the WebSocket layer hands yoga for each operation, already authenticated at connection. */
interface SocketContext {
  socketAuth: Authenticated;
  requestId: string;
}

export function buildApp({ config, db, logger, readinessChecks = {} }: AppOptions): App {
  const checks: Record<string, () => Promise<unknown>> = { database: () => db.ping(), ...readinessChecks };
  const authenticate = createAuthenticator(db, createTokenVerifier(config.jwt));
  const requests = new WeakMap<Request, RequestState>();

  const contextFor = (auth: Authenticated, requestId: string): Context => ({
    db,
    viewer: auth.viewer,
    tokenExpiresAt: auth.tokenExpiresAt,
    requestId,
    log: logger.child({ requestId }),
  });

  const requestLog: Plugin = {
    onRequest({ request }) {
      const incoming = request.headers.get('x-request-id');
      requests.set(request, {
        id: incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID(),
        startedAt: performance.now(),
      });
    },
    onParams({ request, params }) {
      const state = requests.get(request);
      if (state && typeof params.operationName === 'string') state.operationName = params.operationName.slice(0, 100);
    },
    onResponse({ request, response }) {
      const state = requests.get(request);
      if (!state) return;
      response.headers.set('x-request-id', state.id);
      // Never the query, variables, body or token: they may hold patient data.
      logger.info(
        {
          requestId: state.id,
          method: request.method,
          path: new URL(request.url).pathname,
          status: response.status,
          operationName: state.operationName,
          viewerId: state.viewerId,
          durationMs: Math.round((performance.now() - state.startedAt) * 10) / 10,
        },
        'request',
      );
    },
  };

  const yoga = createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    batching: false,
    logging: logger.child({ component: 'yoga' }),
    graphiql: {
      title: 'Téléexpertise API',
      headers: JSON.stringify({ Authorization: 'Bearer <paste the token printed at start>' }, null, 2),
      subscriptionsProtocol: 'WS',
    },
    maskedErrors: {
      maskError(error) {
        const visible = clientError(error);
        if (visible) return visible;
        logger.error({ err: error }, 'unexpected error');
        return graphQLError('INTERNAL_SERVER_ERROR', 'Unexpected error');
      },
    },
    context: async (initial: YogaInitialContext & Partial<SocketContext>) => {
      if (initial.socketAuth && initial.requestId) return contextFor(initial.socketAuth, initial.requestId);
      const state = requests.get(initial.request);
      const requestId = state?.id ?? randomUUID();
      try {
        const auth = await authenticate(initial.request.headers.get('authorization'));
        if (state) state.viewerId = auth.viewer.id;
        return contextFor(auth, requestId);
      } catch (error) {
        if (error instanceof DomainError && error.code === 'UNAUTHENTICATED') {
          throw new GraphQLError(error.message, {
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } } },
          });
        }
        throw error;
      }
    },
    plugins: [requestLog],
  });

  const server = http.createServer((req, res) => {
    const pathname = (req.url ?? '/').split('?')[0];
    if (pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (pathname === '/readyz') return void readiness(checks, logger).then(({ ready, body }) => sendJson(res, ready ? 200 : 503, body));
    if (pathname === '/') {
      res.writeHead(302, { location: '/graphql' }).end();
      return;
    }
    if (pathname === '/graphql') return void yoga.handle(req, res);
    sendJson(res, 404, { error: 'Not found: the API is served at /graphql' });
  });

  const sockets = new WebSocketServer({ server, path: '/graphql' });
  const wsServer = useServer<{ authorization?: unknown }, { auth?: Authenticated; expiryTimer?: NodeJS.Timeout }>(
    {
      onConnect: async (ctx) => {
        const authorization = ctx.connectionParams?.authorization;
        try {
          const auth = await authenticate(typeof authorization === 'string' ? authorization : undefined);
          ctx.extra.auth = auth;
          const remaining = auth.tokenExpiresAt * 1000 + config.jwt.clockToleranceSeconds * 1000 - Date.now();
          ctx.extra.expiryTimer = setTimeout(() => ctx.extra.socket.close(CLOSE_FORBIDDEN, 'Token expired'), Math.max(remaining, 0));
          ctx.extra.socket.once('close', () => clearTimeout(ctx.extra.expiryTimer));
          return true;
        } catch (error) {
          if (error instanceof DomainError) return false; // graphql-ws closes with 4403 Forbidden
          logger.error({ err: error }, 'WebSocket authentication failed');
          throw error;
        }
      },
      onSubscribe: async (ctx, _id, payload) => {
        const auth = ctx.extra.auth;
        if (!auth) return [graphQLError('UNAUTHENTICATED', 'Sign in first')];
        const requestId = randomUUID();
        const initial: Partial<SocketContext> & Record<string, unknown> = {
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params: payload,
          socketAuth: auth,
          requestId,
        };
        const { schema: envelopedSchema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped(initial);
        let document;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [error instanceof GraphQLError ? error : graphQLError('BAD_USER_INPUT', 'The query could not be parsed')];
        }
        const errors = validate(envelopedSchema, document);
        if (errors.length > 0) return errors;
        const args: ExecutionArgs = {
          schema: envelopedSchema,
          document,
          operationName: payload.operationName ?? null,
          variableValues: payload.variables ?? null,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe },
        };
        return args;
      },
      execute: (args) => (args.rootValue as { execute: typeof import('graphql').execute }).execute(args),
      subscribe: (args) => (args.rootValue as { subscribe: typeof import('graphql').subscribe }).subscribe(args),
    },
    sockets,
  );

  return {
    server,
    start(port = config.port) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, config.host, () => {
          server.off('error', reject);
          const address = server.address() as AddressInfo;
          const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
          resolve(`http://${host}:${address.port}`);
        });
      });
    },
    async stop() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets.clients) socket.close(CLOSE_GOING_AWAY, 'Server shutting down');
      await wsServer.dispose();
      server.closeIdleConnections();
      await closed;
    },
  };
}

const READINESS_TIMEOUT_MS = 2_000;

async function readiness(checks: Record<string, () => Promise<unknown>>, logger: Logger) {
  const results = await Promise.all(
    Object.entries(checks).map(async ([name, check]) => {
      try {
        await Promise.race([
          check(),
          new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), READINESS_TIMEOUT_MS).unref()),
        ]);
        return [name, 'ok'] as const;
      } catch (error) {
        logger.warn({ err: error, dependency: name }, 'readiness check failed');
        return [name, 'unreachable'] as const;
      }
    }),
  );
  const ready = results.every(([, state]) => state === 'ok');
  return { ready, body: { status: ready ? 'ready' : 'unavailable', ...Object.fromEntries(results) } };
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}
