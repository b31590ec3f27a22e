// The WebSocket side of the one port: graphql-ws on /graphql, with a heartbeat and one timer for all deadlines.
import type http from 'node:http';
import { CloseCode, handleProtocols, makeServer } from 'graphql-ws';
import type { Logger } from 'pino';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Authenticated, Authenticator } from '../auth/authenticate.ts';
import { isTransientFailure } from '../db/failures.ts';
import { DomainError } from '../domain/errors.ts';
import type { Contexts } from '../graphql/context.ts';
import type { GraphQLHandler } from '../http/yoga.ts';
import type { RateLimit } from '../rate-limit.ts';
import { Deadlines } from '../timers.ts';
import { CLOSE_POLICY_VIOLATION, SocketBounds, type SocketLimits } from './bounds.ts';
import { startHeartbeat } from './heartbeat.ts';
import { operationPreparer } from './operation.ts';
import { SocketForGraphQLWs } from './socket.ts';
import { forSocket } from './subscriptions.ts';

/** WebSocket close code "Service Restart": graphql-ws clients reconnect (to another instance, or to this one once back). */
const CLOSE_SERVICE_RESTART = 1012;
const CLOSE_FORBIDDEN = 4403;
/** "Internal Error" rather than graphql-ws's 4500: a standard code clients retry. */
const CLOSE_INTERNAL_ERROR = 1011;
/** "Try Again Later" (RFC 6455): the database is unavailable for a moment; graphql-ws clients reconnect. */
const CLOSE_TRY_AGAIN_LATER = 1013;
/** How long a new socket may take to send connection_init (graphql-ws's default). */
const CONNECTION_INIT_WAIT_MS = 3000;
/** A peer that never answers the closing handshake is not waited for longer (ws would wait 30 s). */
const SOCKET_CLOSE_GRACE_MS = 2000;

export interface SocketServerOptions {
  yoga: GraphQLHandler;
  authenticate: Authenticator;
  rateLimit: RateLimit;
  contexts: Contexts;
  logger: Logger;
  /** A frame is bounded like a request body (ws closes with 1009 beyond). */
  maxPayloadBytes: number;
  heartbeatSeconds: number;
  port: number;
  limits: SocketLimits;
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
  /** The socket's running operations by id (graphql-ws's own record), once signed in: what the professional's bound counts. */
  subscriptions?: Record<string, unknown>;
}

export interface SocketServer {
  /** Closes every socket with 1012 (reconnect) and resolves once they are closed, or after a short grace. */
  stop(): Promise<void>;
}

export function attachSocketServer(server: http.Server, options: SocketServerOptions): SocketServer {
  const { logger, contexts } = options;
  const sockets = new WebSocketServer({ noServer: true, maxPayload: options.maxPayloadBytes, handleProtocols });
  const bounds = new SocketBounds(options.limits);
  let stopping = false;
  server.on('upgrade', (req, socket, head) => {
    const pathname = (req.url ?? '/').split('?')[0];
    // Too many sockets waiting to sign in (a flood): refused on the headers, before anything is allocated.
    const refusal =
      pathname !== '/graphql'
        ? '404 Not Found'
        : stopping || !bounds.mayAwaitSignIn()
          ? '503 Service Unavailable\r\nRetry-After: 5'
          : undefined;
    if (refusal) return void socket.end(`HTTP/1.1 ${refusal}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    sockets.handleUpgrade(req, socket, head, (ws) => sockets.emit('connection', ws, req));
  });
  const heartbeat = startHeartbeat(sockets, options.heartbeatSeconds);
  // Each socket closes when its token expires, and one that sends no connection_init in time is closed:
  // one timer for all the sockets (graphql-ws would keep a timer per socket for as long as it stays).
  const expiries = new Deadlines<WebSocket>((socket) => socket.close(CLOSE_FORBIDDEN, 'Token expired'));
  const initWaits = new Deadlines<WebSocket>((socket) =>
    socket.close(CloseCode.ConnectionInitialisationTimeout, 'Connection initialisation timeout'),
  );
  const graphqlWs = graphqlWsServer(options, { expiries, initWaits }, bounds);
  /** A failure of the socket itself, or of graphql-ws handling a message: logged without data, the socket closed (4500). */
  const socketFailed = (socket: WebSocket, error: unknown) => {
    logger.error({ err: error }, 'WebSocket failed');
    socket.close(CloseCode.InternalServerError, 'Internal server error');
  };
  // The functions each socket listens with are shared: `this` is the socket.
  function onSocketError(this: WebSocket, error: Error) {
    socketFailed(this, error);
  }
  sockets.on('connection', (ws: WebSocket, request: http.IncomingMessage) => {
    heartbeat.watch(ws);
    ws.on('error', onSocketError);
    // Closed within the tenth of a second after the wait: the sockets opened in one tenth share an entry.
    const initDue = Math.ceil((Date.now() + CONNECTION_INIT_WAIT_MS) / 100) * 100;
    // Only what the socket's operations need is kept, not the upgrade request.
    const extra: SocketExtra = {
      socket: ws,
      baseUrl: `http://${request.headers.host ?? `localhost:${options.port}`}`,
      initDue,
    };
    initWaits.add(ws, initDue);
    bounds.pending(1);
    const closed = graphqlWs.opened(new SocketForGraphQLWs(ws, socketFailed), extra);
    ws.on('close', (code: number, reason: Buffer) => {
      if (extra.initDue !== undefined) {
        initWaits.delete(ws, extra.initDue);
        bounds.pending(-1);
      }
      if (extra.auth) {
        expiries.delete(ws, contexts.sessionEndsAt(extra.auth));
        bounds.signOut(extra.auth.viewer.id, extra);
      }
      void closed(code, String(reason)).catch((error: unknown) =>
        logger.error({ err: error }, 'WebSocket operations did not end cleanly'),
      );
    });
  });
  sockets.once('error', (error) => {
    logger.error({ err: error }, 'WebSocket server failed');
    for (const client of sockets.clients) client.close(CloseCode.InternalServerError, 'Internal server error');
  });
  return {
    async stop() {
      stopping = true;
      heartbeat.stop();
      for (const socket of sockets.clients) socket.close(CLOSE_SERVICE_RESTART, 'Server restarting: reconnect');
      await Promise.race([
        closeAll(sockets),
        new Promise((resolve) => setTimeout(resolve, SOCKET_CLOSE_GRACE_MS).unref()),
      ]);
      expiries.clear();
      initWaits.clear();
      for (const socket of sockets.clients) socket.terminate();
    },
  };
}

/** graphql-ws's protocol on each socket: the token checked at connection_init, each operation prepared and run through yoga. */
function graphqlWsServer(
  options: SocketServerOptions,
  deadlines: { expiries: Deadlines<WebSocket>; initWaits: Deadlines<WebSocket> },
  bounds: SocketBounds,
) {
  const prepare = operationPreparer(options);
  // yoga's execute and subscribe (with every plugin's hooks) are the same for every operation.
  const enveloped = options.yoga.getEnveloped({});
  return makeServer<{ authorization?: unknown }, SocketExtra>({
    connectionInitWaitTimeout: 0,
    onConnect: async (ctx) => {
      const { extra } = ctx;
      if (extra.initDue !== undefined) {
        deadlines.initWaits.delete(extra.socket, extra.initDue);
        bounds.pending(-1);
      }
      extra.initDue = undefined;
      const auth = await authenticateSocket(extra.socket, ctx.connectionParams, options);
      if (!auth) return false;
      extra.subscriptions = ctx.subscriptions;
      const refused = bounds.signIn(auth.viewer.id, extra);
      if (refused) {
        extra.socket.close(CLOSE_POLICY_VIOLATION, refused);
        return false;
      }
      extra.auth = auth;
      deadlines.expiries.add(extra.socket, options.contexts.sessionEndsAt(auth));
      // The token is not kept for the life of the socket: it was needed for this check only.
      (ctx as { connectionParams?: unknown }).connectionParams = undefined;
      return true;
    },
    onSubscribe: (ctx, _id, payload) =>
      prepare({
        auth: ctx.extra.auth,
        operations: Object.keys(ctx.subscriptions).length,
        overProfessionalLimit: () => bounds.overSubscriptions(ctx.extra.auth!.viewer.id),
        baseUrl: ctx.extra.baseUrl,
        payload,
      }),
    execute: async (args) => forSocket(await enveloped.execute(args)),
    subscribe: async (args) => forSocket(await enveloped.subscribe(args)),
  });
}

/**
 * The caller of connection_init, or undefined: graphql-ws then closes with 4403 (a refused token),
 * unless the socket was closed here with 1011 (the database failed: the client retries).
 */
async function authenticateSocket(
  socket: WebSocket,
  params: Record<string, unknown> | undefined,
  { authenticate, logger }: Pick<SocketServerOptions, 'authenticate' | 'logger'>,
): Promise<Authenticated | undefined> {
  try {
    const auth = await authenticate(connectionAuthorization(params));
    // The socket may have closed while the token was checked: then there is nothing to watch.
    return socket.readyState === socket.OPEN ? auth : undefined;
  } catch (error) {
    // graphql-ws must not see a refused token's error (it would print it with its stack).
    if (error instanceof DomainError) return undefined;
    const unavailable = isTransientFailure(error);
    logger[unavailable ? 'warn' : 'error']({ err: error }, 'WebSocket authentication failed');
    socket.close(
      unavailable ? CLOSE_TRY_AGAIN_LATER : CLOSE_INTERNAL_ERROR,
      unavailable
        ? 'The service is unavailable for a moment: reconnect in a few seconds'
        : 'Unexpected error: reconnect later',
    );
    return undefined;
  }
}

/** The token from graphql-ws connection parameters, whatever the case of the key. */
function connectionAuthorization(params: Record<string, unknown> | undefined): string | undefined {
  const entry = Object.entries(params ?? {}).find(([key]) => key.toLowerCase() === 'authorization');
  return typeof entry?.[1] === 'string' ? entry[1] : undefined;
}

/** Asks every socket to go and waits until all have closed. */
async function closeAll(sockets: WebSocketServer): Promise<void> {
  for (const client of sockets.clients) client.close(1001, 'Going away');
  sockets.removeAllListeners();
  await new Promise<void>((resolve, reject) => sockets.close((error) => (error ? reject(error) : resolve())));
}
