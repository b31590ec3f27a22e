// The HTTP server: GraphQL over HTTP and SSE (yoga), WebSocket subscriptions (graphql-ws) and health routes, on one port.
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createSourceEventStream,
  execute,
  getOperationAST,
  GraphQLError,
  type ExecutionArgs,
  type ExecutionResult,
} from 'graphql';
import { CloseCode, handleProtocols, makeServer, type WebSocket as GraphQLWsSocket } from 'graphql-ws';
import { createYoga, type Plugin, type YogaInitialContext } from 'graphql-yoga';
import type { Logger } from 'pino';
import { WebSocketServer, type WebSocket } from 'ws';
import { createFetch } from '@whatwg-node/fetch';
import { createAuthenticator, type Authenticated } from './auth/authenticate.ts';
import { createFileUrlSigner, fileUrlKey } from './auth/file-urls.ts';
import { createTokenVerifier } from './auth/tokens.ts';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import type { ChangeEvent, Services } from './domain/changes.ts';
import { sweepDeadlines } from './domain/deadlines.ts';
import { DomainError } from './domain/errors.ts';
import { MAX_FILES_PER_MESSAGE } from './domain/files.ts';
import { isDownloadPath, serveDownload } from './files.ts';
import { graphiqlOptions, renderGraphiQL } from './graphiql.ts';
import type { Context } from './graphql/context.ts';
import {
  errorForLog,
  eventStreamError,
  graphQLError,
  isGraphQLError,
  maskedResult,
  maskError,
  maskExecutionErrors,
  withoutHttpExtension,
} from './graphql/errors.ts';
import { createLoaders } from './graphql/loaders.ts';
import { operationLimits } from './graphql/limits.ts';
import { createLiveEvents, type LiveEvents } from './live/events.ts';
import { schema } from './graphql/schema.ts';
import { sseSingleConnectionRefused } from './graphql/sse.ts';
import { createRateLimit, type RateLimit } from './rate-limit.ts';
import { SynthesisRenderer } from './synthesis/index.ts';
import { Deadlines } from './timers.ts';

export interface AppOptions {
  config: Config;
  db: Database;
  logger: Logger;
}

export interface App {
  server: http.Server;
  /** Committed changes, by request and by professional, for subscriptions (through Redis when configured). */
  live: LiveEvents;
  /** Renders syntheses in worker threads; closed by stop(). */
  synthesisRenderer: SynthesisRenderer;
  /** Announces the deadlines now near or passed, once each across every instance (also done on a timer). */
  sweepDeadlines(now?: Date): Promise<ChangeEvent[]>;
  /** Listens on the configured port (0 picks a free one) and resolves with the base URL. */
  start(port?: number): Promise<string>;
  /**
   * Stops taking connections and sockets, closes open sockets (1012: reconnect) and event
   * streams so that clients resume elsewhere, lets other requests finish, and waits for them.
   */
  stop(): Promise<void>;
}

/** WebSocket close code "Service Restart": graphql-ws clients reconnect (to another instance, or to this one once back). */
const CLOSE_SERVICE_RESTART = 1012;
const CLOSE_FORBIDDEN = 4403;
const CLOSE_INTERNAL_ERROR = 1011;
const REQUEST_ID = /^[\w.-]{1,64}$/;

interface RequestState {
  id: string;
  startedAt: number;
  operationName?: string | undefined;
}

/** What graphql-ws keeps of a socket while it is open (no more: a subscribed socket may stay for hours). */
interface SocketExtra {
  socket: WebSocket;
  /** Where the client called, for absolute file URLs. */
  baseUrl: string;
  /** Set once the token of connection_init is accepted. */
  auth?: Authenticated;
  /** When the socket is closed unless connection_init has arrived (4408); undefined once it has. */
  initDue?: number | undefined;
}

/** The HTTP connection an operation came on: when it ends, and how to keep it through a subscription. */
type Connection = Pick<Context, 'signal' | 'holdConnection'>;

/** Parts of a multipart request besides its files: the operations and the map. */
const MAX_FORM_FIELD_BYTES = 1024 * 1024;

export function buildApp({ config, db, logger }: AppOptions): App {
  const live = createLiveEvents({
    redisUrl: config.redisUrl,
    prefix: config.redisPrefix,
    logger: logger.child({ component: 'live' }),
  });
  // What /readyz checks, by name.
  const checks: Record<string, () => Promise<unknown>> = {
    database: () => db.ping(),
    ...(live.ping && { redis: live.ping }),
  };
  const authenticate = createAuthenticator(db, createTokenVerifier(config.jwt));
  const rateLimit = createRateLimit({
    points: config.rateLimitPerMinute,
    windowSeconds: 60,
    redisUrl: config.redisUrl,
    prefix: config.redisPrefix,
    logger: logger.child({ component: 'rate-limit' }),
  });
  const requests = new WeakMap<Request, RequestState>();
  /** Who sent each HTTP request, identified before its body is read. */
  const authenticated = new WeakMap<Request, Authenticated>();

  /** The caller of an HTTP request, or a 401 (or a masked error with the request id if the database fails). */
  const authenticateRequest = async (request: Request, requestId: string): Promise<Authenticated> => {
    try {
      return await authenticate(request.headers.get('authorization'));
    } catch (error) {
      if (error instanceof DomainError && error.code === 'UNAUTHENTICATED') {
        throw new GraphQLError(error.message, {
          extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } } },
        });
      }
      throw maskError(error, logger, { requestId });
    }
  };
  /** Event streams of SSE subscriptions, cut on stop. */
  const streams = new Set<http.ServerResponse>();
  let stopping = false;
  const services: Services = { prisma: db.prisma, publish: (events) => live.publish(events) };
  const synthesisRenderer = new SynthesisRenderer();
  const fileUrls = createFileUrlSigner(fileUrlKey(config.files.urlSecret), config.files.urlTtlSeconds);

  const sessionEndsAt = (auth: Authenticated) => (auth.tokenExpiresAt + config.jwt.clockToleranceSeconds) * 1000;

  /** An operation's context; over a WebSocket (no `connection`) the socket ends the operation itself. */
  const contextFor = (auth: Authenticated, requestId: string, origin: string, connection?: Connection): Context => ({
    signal: connection?.signal,
    holdConnection: connection?.holdConnection ?? holdNothing,
    db,
    services,
    synthesisRenderer,
    viewer: auth.viewer,
    sessionEndsAt: sessionEndsAt(auth),
    requestId,
    loaders: createLoaders(db, auth.viewer.id),
    renewLoaders,
    live,
    fileUrls,
    baseUrl: config.files.publicUrl ?? origin,
    maxUploadBytes: config.maxUploadBytes,
  });

  const requestLog: Plugin = {
    onRequest({ request }) {
      requests.set(request, {
        id: requestIdFrom(request.headers.get('x-request-id')),
        startedAt: performance.now(),
      });
    },
    onParams({ request, params }) {
      const state = requests.get(request);
      if (state && typeof params.operationName === 'string') state.operationName = params.operationName.slice(0, 100);
    },
    async onRequestParse({ request, requestParser, setRequestParser }) {
      // The caller is identified and counted before anything of the body is read: someone without a
      // token costs no parsing, and every operation counts, even one refused by validation or a limit.
      const state = requests.get(request);
      const auth = await authenticateRequest(request, state?.id ?? newRequestId());
      await withinRateLimit(rateLimit, auth, true);
      authenticated.set(request, auth);
      if (!requestParser) {
        // yoga would answer an empty 415: say what is accepted.
        if (request.method === 'POST') {
          setRequestParser(() => {
            throw requestRefused(
              'Send the operation as application/json, or as multipart/form-data (GraphQL multipart request) with files',
              415,
            );
          });
        }
        return;
      }
      setRequestParser(async (request) => {
        try {
          return await requestParser(await withinBodyLimit(request, config.maxBodyBytes));
        } catch (error) {
          // The multipart parser's limits, as yoga reports them ("POST body sent invalid multipart data: …").
          const message = error instanceof Error ? error.message : '';
          if (/File size limit exceeded/.test(message))
            throw payloadTooLarge(
              `A file is larger than the ${config.maxUploadBytes} bytes allowed: send a smaller or compressed file`,
            );
          if (/Files limit exceeded/.test(message))
            throw payloadTooLarge(`At most ${MAX_FILES_PER_MESSAGE} files can be sent at once`);
          if (/(Fields|Parts) limit exceeded|Field value size exceeded/.test(message)) {
            throw payloadTooLarge(
              'The multipart request has too many or too large fields: send only operations, map and the files',
            );
          }
          // Anything else refused while reading the request is the client's to fix: 400 (or yoga's 4xx)
          // with BAD_USER_INPUT, without yoga's originalError (it quotes the body back).
          if (isGraphQLError(error)) throw requestRefused(error.message, httpStatus(error) ?? 400);
          throw error;
        }
      });
    },
    onResponse({ request, response }) {
      const state = requests.get(request);
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

  const yoga = createYoga<Record<string, unknown>, Context>({
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
        fields: 10,
      },
    }),
    // Over HTTP (a socket's operations get theirs in onSubscribe, below).
    context: async (initial: YogaInitialContext & { res?: http.ServerResponse }) => {
      const state = requests.get(initial.request);
      const requestId = state?.id ?? newRequestId();
      const response = initial.res;
      const connection: Connection = {
        signal: initial.request.signal,
        // A subscription's event stream lasts as long as it does: on stop it is cut, and its client reconnects.
        holdConnection: () => {
          if (!response || response.destroyed) return;
          streams.add(response);
          response.once('close', () => streams.delete(response));
        },
      };
      const auth = authenticated.get(initial.request) ?? (await authenticateRequest(initial.request, requestId));
      return contextFor(auth, requestId, new URL(initial.request.url).origin, connection);
    },
    plugins: [
      requestLog,
      sseSingleConnectionRefused(),
      ...operationLimits(),
      socketSubscriptions(logger),
      maskExecutionErrors(logger),
    ],
  });

  const serverOptions: http.ServerOptions = {
    requestTimeout: config.requestTimeoutSeconds * 1000,
    headersTimeout: Math.min(config.requestTimeoutSeconds, 30) * 1000,
    // Node looks for requests past their time every 30 s by default: a short timeout is kept to within a second or so.
    connectionsCheckingInterval: Math.min(Math.max(config.requestTimeoutSeconds * 250, 1000), 30_000),
  };
  const server = http.createServer(serverOptions, (req, res) => {
    // A request on a connection kept alive after stop began: sent elsewhere.
    if (stopping)
      return sendJson(res.setHeader('connection', 'close'), 503, {
        error: 'The server is stopping: send the request again',
      });
    const pathname = (req.url ?? '/').split('?')[0];
    if (pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (pathname === '/readyz')
      return void readiness(checks, logger).then(({ ready, body }) => sendJson(res, ready ? 200 : 503, body));
    if (pathname === '/') {
      res.writeHead(302, { location: '/graphql' }).end();
      return;
    }
    if (pathname === '/graphql') return void yoga.handle(req, res);
    if (pathname && isDownloadPath(pathname)) {
      const requestId = requestIdFrom(req.headers['x-request-id']);
      res.setHeader('x-request-id', requestId);
      return void serveDownload(req, res, db, fileUrls, synthesisRenderer).catch((error: unknown) => {
        logger.error({ requestId, error: errorForLog(error) }, 'download failed');
        if (!res.headersSent)
          sendJson(res, 500, { error: 'Unexpected error', code: 'INTERNAL_SERVER_ERROR', requestId });
        else res.destroy();
      });
    }
    sendJson(res, 404, { error: 'Not found: the API is served at /graphql' });
  });

  // A frame is bounded like a request body (ws closes with 1009 beyond).
  const sockets = new WebSocketServer({ noServer: true, maxPayload: config.maxBodyBytes, handleProtocols });
  server.on('upgrade', (req, socket, head) => {
    const pathname = (req.url ?? '/').split('?')[0];
    if (stopping || pathname !== '/graphql') {
      socket.end(
        `HTTP/1.1 ${stopping ? '503 Service Unavailable' : '404 Not Found'}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
      );
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws) => sockets.emit('connection', ws, req));
  });
  // A client gone without closing (a phone out of coverage) would keep its subscriptions open until its
  // token expires: each socket is pinged, and one that did not answer the previous ping is dropped.
  const answered = new WeakSet<WebSocket>();
  const heartbeat =
    config.wsHeartbeatSeconds > 0
      ? setInterval(() => {
          for (const ws of sockets.clients) {
            if (!answered.delete(ws)) ws.terminate();
            else ws.ping();
          }
        }, config.wsHeartbeatSeconds * 1000).unref()
      : undefined;
  // Each socket closes when its token expires, and one that sends no connection_init in time is closed:
  // one timer for all the sockets (graphql-ws would keep a timer per socket for as long as it stays).
  const expiries = new Deadlines<WebSocket>((socket) => socket.close(CLOSE_FORBIDDEN, 'Token expired'));
  const initWaits = new Deadlines<WebSocket>((socket) =>
    socket.close(CloseCode.ConnectionInitialisationTimeout, 'Connection initialisation timeout'),
  );
  // yoga's execute and subscribe (with every plugin's hooks) are the same for every operation.
  const enveloped = yoga.getEnveloped({});
  const graphqlWs = makeServer<{ authorization?: unknown }, SocketExtra>({
    connectionInitWaitTimeout: 0,
    onConnect: async (ctx) => {
      if (ctx.extra.initDue !== undefined) initWaits.delete(ctx.extra.socket, ctx.extra.initDue);
      ctx.extra.initDue = undefined;
      try {
        const auth = await authenticate(connectionAuthorization(ctx.connectionParams));
        const socket = ctx.extra.socket;
        // The socket may have closed while the token was checked: then there is nothing to watch.
        if (socket.readyState !== socket.OPEN) return false;
        ctx.extra.auth = auth;
        expiries.add(socket, sessionEndsAt(auth));
        // The token is not kept for the life of the socket: it was needed for this check only.
        (ctx as { connectionParams?: unknown }).connectionParams = undefined;
        return true;
      } catch (error) {
        // graphql-ws closes with 4403 Forbidden; it must not see the error (it would print it with its stack).
        if (error instanceof DomainError) return false;
        // Not the token's fault (the database failed): 1011, and the client retries.
        logger.error({ error: errorForLog(error) }, 'WebSocket authentication failed');
        ctx.extra.socket.close(CLOSE_INTERNAL_ERROR, 'Unexpected error: reconnect later');
        return false;
      }
    },
    onSubscribe: async (ctx, _id, payload) => {
      const auth = ctx.extra.auth;
      if (!auth) return [graphQLError('UNAUTHENTICATED', 'Sign in first')];
      // (The socket closes at that moment too: an operation arriving meanwhile is refused.)
      if (Date.now() >= sessionEndsAt(auth))
        return [graphQLError('UNAUTHENTICATED', 'Your token expired: connect again with a fresh one')];
      // graphql-ws has already reserved this operation's id.
      if (Object.keys(ctx.subscriptions).length > MAX_OPERATIONS_PER_SOCKET) {
        return [
          graphQLError(
            'BAD_USER_INPUT',
            `At most ${MAX_OPERATIONS_PER_SOCKET} operations at once on one connection: complete some before starting others`,
          ),
        ];
      }
      try {
        await withinRateLimit(rateLimit, auth, false);
      } catch (error) {
        return [error as GraphQLError];
      }
      const requestId = newRequestId();
      const { schema: envelopedSchema, parse, validate } = yoga.getEnveloped({});
      try {
        let document;
        try {
          document = parse(payload.query);
        } catch (error) {
          // An operation over the limits keeps its code; a syntax error gets the parse code.
          if (isGraphQLError(error) && error.extensions?.['code']) return [withoutHttpExtension(error)];
          const message = isGraphQLError(error) ? error.message : 'The query could not be parsed';
          return [new GraphQLError(message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
        }
        const errors = validate(envelopedSchema, document);
        if (errors.length > 0) return errors.map(withoutHttpExtension);
        const args: ExecutionArgs = {
          schema: envelopedSchema,
          document,
          operationName: payload.operationName ?? null,
          variableValues: payload.variables ?? null,
          // Sockets are closed on stop (1012): nothing more to hold.
          contextValue: contextFor(auth, requestId, ctx.extra.baseUrl),
          rootValue: SOCKET_ROOT,
        };
        return args;
      } catch (error) {
        return [withoutHttpExtension(maskError(error, logger, { requestId }))];
      }
    },
    execute: async (args) => forSocket(await enveloped.execute(args)),
    subscribe: async (args) => forSocket(await enveloped.subscribe(args)),
  });
  /** A failure of the socket itself, or of graphql-ws handling a message: logged without data, the socket closed (4500). */
  const socketFailed = (socket: WebSocket, error: unknown) => {
    logger.error({ error: errorForLog(error) }, 'WebSocket failed');
    socket.close(CloseCode.InternalServerError, 'Internal server error');
  };
  // The functions each socket listens with are shared: `this` is the socket.
  function onSocketError(this: WebSocket, error: Error) {
    socketFailed(this, error);
  }
  function onSocketPong(this: WebSocket) {
    answered.add(this);
  }
  sockets.on('connection', (ws: WebSocket, request: http.IncomingMessage) => {
    answered.add(ws);
    ws.on('pong', onSocketPong);
    ws.on('error', onSocketError);
    // Closed within the tenth of a second after the wait: the sockets opened in one tenth share an entry.
    const initDue = Math.ceil((Date.now() + CONNECTION_INIT_WAIT_MS) / 100) * 100;
    // Only what the socket's operations need is kept, not the upgrade request.
    const extra: SocketExtra = {
      socket: ws,
      baseUrl: `http://${request.headers.host ?? `localhost:${config.port}`}`,
      initDue,
    };
    initWaits.add(ws, initDue);
    const closed = graphqlWs.opened(new SocketForGraphQLWs(ws, socketFailed), extra);
    ws.on('close', (code: number, reason: Buffer) => {
      if (extra.initDue !== undefined) initWaits.delete(ws, extra.initDue);
      if (extra.auth) expiries.delete(ws, sessionEndsAt(extra.auth));
      void closed(code, String(reason)).catch((error: unknown) =>
        logger.error({ error: errorForLog(error) }, 'WebSocket operations did not end cleanly'),
      );
    });
  });
  sockets.once('error', (error) => {
    logger.error({ error: errorForLog(error) }, 'WebSocket server failed');
    for (const client of sockets.clients) client.close(CloseCode.InternalServerError, 'Internal server error');
  });
  /** Asks every socket to go and waits until all have closed. */
  const closeSockets = async () => {
    for (const client of sockets.clients) client.close(1001, 'Going away');
    sockets.removeAllListeners();
    await new Promise<void>((resolve, reject) => sockets.close((error) => (error ? reject(error) : resolve())));
  };

  const sweep = (now?: Date) => sweepDeadlines(services, now);
  let sweeping: Promise<unknown> = Promise.resolve();
  const deadlineTimer =
    config.deadlineCheckSeconds > 0
      ? setInterval(() => {
          sweeping = sweep().catch((error: unknown) =>
            logger.error({ error: errorForLog(error) }, 'deadline check failed'),
          );
        }, config.deadlineCheckSeconds * 1000).unref()
      : undefined;

  return {
    server,
    live,
    synthesisRenderer,
    sweepDeadlines: sweep,
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
      stopping = true;
      clearInterval(deadlineTimer);
      clearInterval(heartbeat);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const stream of streams) stream.destroy();
      server.closeIdleConnections();
      for (const socket of sockets.clients) socket.close(CLOSE_SERVICE_RESTART, 'Server restarting: reconnect');
      // A peer that never answers the closing handshake is not waited for (ws would wait 30 s).
      await Promise.race([
        closeSockets(),
        new Promise((resolve) => setTimeout(resolve, SOCKET_CLOSE_GRACE_MS).unref()),
      ]);
      expiries.clear();
      initWaits.clear();
      for (const socket of sockets.clients) socket.terminate();
      // A deadline notice claimed in the database is announced before events stop.
      await sweeping;
      await closed;
      await Promise.all([live.close(), rateLimit.close(), synthesisRenderer.close()]);
    },
  };
}

const SOCKET_CLOSE_GRACE_MS = 2000;
/** Subscriptions (and operations in progress) one WebSocket may hold: an inbox and many conversations. */
const MAX_OPERATIONS_PER_SOCKET = 100;
/** How long a new socket may take to send connection_init (graphql-ws's default). */
const CONNECTION_INIT_WAIT_MS = 3000;

/** An operation's loaders, replaced (each subscription event is resolved with loaders of its own). Shared by every context. */
function renewLoaders(this: Context): void {
  this.loaders = createLoaders(this.db, this.viewer.id);
}

/** An operation over a WebSocket: nothing to hold on stop, the socket is closed (1012). */
function holdNothing(): void {}

/** The client's request id when it is a safe one to log and send back, else a new one. */
function requestIdFrom(incoming: string | string[] | null | undefined): string {
  return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : newRequestId();
}

/**
 * A request id. randomUUID builds its string from some thirty pieces (about 0.5 KB, kept as long as
 * a subscription's context): reading a character makes it one string of 36.
 */
function newRequestId(): string {
  const id = randomUUID();
  id.charCodeAt(0);
  return id;
}

/**
 * A ws socket as graphql-ws drives it (in place of graphql-ws/use/ws, which keeps each socket's upgrade
 * request, a ping timer of its own besides the heartbeat, and each received frame while its operation
 * runs). A send resolves once written, so that a subscription sends no faster than the client reads.
 */
class SocketForGraphQLWs implements GraphQLWsSocket {
  constructor(
    private readonly socket: WebSocket,
    private readonly failed: (socket: WebSocket, error: unknown) => void,
  ) {}

  get protocol(): string {
    return this.socket.protocol;
  }

  send(data: string): Promise<void> {
    const socket = this.socket;
    return new Promise((resolve, reject) => {
      if (socket.readyState !== socket.OPEN) return resolve();
      socket.send(data, (error) => (error ? reject(error) : resolve()));
    });
  }

  close(code?: number, reason?: string): void {
    this.socket.close(code, reason);
  }

  onMessage(handle: (data: string) => Promise<void>): void {
    // Not awaited here: a subscription's handling lasts as long as the subscription.
    this.socket.on('message', (data) => {
      // A socket closing (its token expired, say) runs nothing more of what its client still sends.
      if (this.socket.readyState !== this.socket.OPEN) return;
      void handle(String(data)).catch((error: unknown) => this.failed(this.socket, error));
    });
  }
}

/** The root value of every operation over a WebSocket (no resolver reads it): marks it for socketSubscriptions. */
const SOCKET_ROOT: Readonly<Record<string, never>> = Object.freeze({});

/**
 * Runs a subscription over a WebSocket once the operation limits have let it through (it comes after
 * them among yoga's plugins), in place of yoga's executor and envelop's wrappers around its event
 * stream: those stay in memory as long as the subscription does (some 6 KB per socket). graphql-js
 * runs it, and one iterator executes and masks each event; clients receive the same results and
 * errors (masked as maskExecutionErrors and yoga's masking do, a failed event stream located at the
 * operation as yoga's executor reports it). An event stream over HTTP is still yoga's.
 */
function socketSubscriptions(logger: Logger): Plugin<Context> {
  return {
    onSubscribe({ args, setResultAndStopExecution }) {
      if (args.rootValue !== SOCKET_ROOT) return;
      return subscribeOnSocket(args, logger).then(setResultAndStopExecution);
    },
  };
}

async function subscribeOnSocket(
  args: ExecutionArgs,
  logger: Logger,
): Promise<ExecutionResult | AsyncIterableIterator<ExecutionResult>> {
  const { requestId } = args.contextValue as Context;
  let stream: AsyncIterable<unknown> | ExecutionResult;
  try {
    stream = await createSourceEventStream(args);
  } catch (error) {
    // (yoga's executor answers any failure to start with an error, not a rejection.)
    stream = { errors: [error as GraphQLError] };
  }
  if (!(Symbol.asyncIterator in stream)) return maskedResult(stream, logger, requestId);
  return new SocketEvents(stream[Symbol.asyncIterator](), args, logger);
}

/** A subscription's results over a WebSocket: each event of its source stream executed, its errors masked. */
class SocketEvents implements AsyncIterableIterator<ExecutionResult> {
  constructor(
    private readonly source: AsyncIterator<unknown>,
    private readonly args: ExecutionArgs,
    private readonly logger: Logger,
  ) {}

  next(): Promise<IteratorResult<ExecutionResult>> {
    return this.source.next().then(
      (event) => (event.done ? event : this.#execute(event.value)),
      // A failed event stream ends with one masked error, with the request id (then the stream, finished, is done).
      (error: unknown) =>
        this.#failed(eventStreamError(error, getOperationAST(this.args.document, this.args.operationName))),
    );
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    await this.source.return?.();
    return { done: true, value: undefined };
  }

  async throw(error: unknown): Promise<IteratorResult<ExecutionResult>> {
    await this.source.return?.();
    throw error;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  async #execute(payload: unknown): Promise<IteratorResult<ExecutionResult>> {
    let result: ExecutionResult;
    try {
      result = await execute({ ...this.args, rootValue: payload });
    } catch (error) {
      await this.source.return?.().catch(() => undefined);
      return this.#failed(error);
    }
    return { done: false, value: maskedResult(result, this.logger, (this.args.contextValue as Context).requestId) };
  }

  #failed(error: unknown): IteratorResult<ExecutionResult> {
    const requestId = (this.args.contextValue as Context).requestId;
    return { done: false, value: { errors: [maskError(error, this.logger, { requestId })] } };
  }
}

/** A result refused before execution (a limit) carries an HTTP status for yoga: meaningless on a socket. */
function forSocket<T>(result: T): T {
  if (result === null || typeof result !== 'object' || Symbol.asyncIterator in result) return result;
  const { errors } = result as ExecutionResult;
  return errors ? { ...result, errors: errors.map(withoutHttpExtension) } : result;
}

/** Refuses the operation with RATE_LIMITED and when to retry (a 429 with Retry-After over HTTP). */
async function withinRateLimit(rateLimit: RateLimit, auth: Authenticated, http: boolean): Promise<void> {
  const decision = await rateLimit.consume(auth.viewer.id);
  if (decision.allowed) return;
  const seconds = decision.retryAfterSeconds;
  throw new GraphQLError(`Too many operations in a short time: retry in ${seconds} s`, {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfterSeconds: seconds,
      ...(http && { http: { status: 429, headers: { 'Retry-After': String(seconds) } } }),
    },
  });
}

/**
 * The request with its body read, refused with 413 past `maxBytes` whatever its Content-Length says
 * (a chunked body has none). Multipart uploads are bounded by the form-data limits instead.
 */
async function withinBodyLimit(request: Request, maxBytes: number): Promise<Request> {
  if (!request.body || /^multipart\/form-data/i.test(request.headers.get('content-type') ?? '')) return request;
  const refused = () =>
    payloadTooLarge(
      'The request body is too large: send long texts in several messages and documents as file attachments',
    );
  const declared = request.headers.get('content-length');
  if (declared !== null) {
    if (Number(declared) > maxBytes) throw refused();
    // Node's parser reads exactly the declared length: such a body is bounded already.
    return request;
  }
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw refused();
    }
    chunks.push(value);
  }
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: Buffer.concat(chunks),
    signal: request.signal,
  });
}

function requestRefused(message: string, status: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status } } });
}

function httpStatus(error: GraphQLError): number | undefined {
  const status = (error.extensions?.['http'] as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

function payloadTooLarge(message: string): GraphQLError {
  return requestRefused(message, 413);
}
const READINESS_TIMEOUT_MS = 2_000;

/** The token from graphql-ws connection parameters, whatever the case of the key. */
function connectionAuthorization(params: Record<string, unknown> | undefined): string | undefined {
  const entry = Object.entries(params ?? {}).find(([key]) => key.toLowerCase() === 'authorization');
  return typeof entry?.[1] === 'string' ? entry[1] : undefined;
}

/** yoga's log calls, through pino, with errors reduced to a data-free description. */
function yogaLogger(log: Logger) {
  const write =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      const error = args.find((arg) => arg instanceof Error);
      if (error) log[level]({ error: errorForLog(error) }, 'yoga reported an error');
      else log[level](args.filter((arg) => typeof arg === 'string').join(' '));
    };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

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
