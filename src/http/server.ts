// The HTTP side of the one port: GraphQL (and its event streams), signed downloads, health routes.
import http from 'node:http';
import type { Logger } from 'pino';
import type { FileUrlSigner } from '../auth/file-urls.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import type { Contexts } from '../graphql/context.ts';
import type { SynthesisRenderer } from '../synthesis/index.ts';
import { isDownloadPath, serveDownload } from './downloads.ts';
import type { Pipeline } from './pipeline.ts';
import { readiness, type Checks } from './readiness.ts';
import { requestIdFrom } from './request-id.ts';
import { sendJson, sendRefusal } from './respond.ts';
import { createGraphQLHandler, type GraphQLHandler } from './yoga.ts';

export interface HttpServerOptions {
  config: Config;
  db: Database;
  logger: Logger;
  pipeline: Pipeline;
  contexts: Contexts;
  fileUrls: FileUrlSigner;
  synthesisRenderer: SynthesisRenderer;
  /** What /readyz checks, by name. */
  checks: Checks;
}

export interface HttpServer {
  server: http.Server;
  yoga: GraphQLHandler;
  /** Takes no more requests, cuts event streams (their clients reconnect elsewhere), and resolves once the others are done. */
  stop(): Promise<void>;
}

export function createHttpServer(options: HttpServerOptions): HttpServer {
  const { config, logger } = options;
  const streams = new Set<http.ServerResponse>();
  const yoga = createGraphQLHandler({ ...options, streams });
  let stopping = false;
  const route = router({ ...options, yoga });
  const server = http.createServer(serverTimeouts(config.requestTimeoutSeconds), (req, res) => {
    // A request on a connection kept alive after stop began: sent elsewhere.
    if (stopping) {
      return sendRefusal(res, 503, 'UNAVAILABLE', 'The server is stopping: send the request again', {
        headers: { connection: 'close' },
      });
    }
    route(req, res).catch((error: unknown) => {
      logger.error({ err: error }, 'request failed');
      if (!res.headersSent) sendRefusal(res, 500, 'INTERNAL_SERVER_ERROR', 'Unexpected error');
      else res.destroy();
    });
  });
  return {
    server,
    yoga,
    stop() {
      stopping = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const stream of streams) stream.destroy();
      server.closeIdleConnections();
      return closed;
    },
  };
}

function serverTimeouts(requestTimeoutSeconds: number): http.ServerOptions {
  return {
    requestTimeout: requestTimeoutSeconds * 1000,
    headersTimeout: Math.min(requestTimeoutSeconds, 30) * 1000,
    // Node looks for requests past their time every 30 s by default: a short timeout is kept to within a second or so.
    connectionsCheckingInterval: Math.min(Math.max(requestTimeoutSeconds * 250, 1000), 30_000),
  };
}

function router({
  db,
  logger,
  fileUrls,
  synthesisRenderer,
  checks,
  yoga,
}: HttpServerOptions & { yoga: GraphQLHandler }) {
  return async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    if (pathname === '/graphql') return void (await yoga.handle(req, res));
    if (pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (pathname === '/readyz') {
      const { ready, body } = await readiness(checks, logger);
      return sendJson(res, ready ? 200 : 503, body);
    }
    if (pathname === '/') return void res.writeHead(302, { location: '/graphql' }).end();
    if (!isDownloadPath(pathname))
      return sendRefusal(res, 404, 'NOT_FOUND', 'Not found: the API is served at /graphql');
    const requestId = requestIdFrom(req.headers['x-request-id']);
    res.setHeader('x-request-id', requestId);
    try {
      await serveDownload(req, res, db, fileUrls, synthesisRenderer);
    } catch (error) {
      logger.error({ requestId, err: error }, 'download failed');
      if (!res.headersSent) sendRefusal(res, 500, 'INTERNAL_SERVER_ERROR', 'Unexpected error', { requestId });
      else res.destroy();
    }
  };
}
