// The benchmark peer: PostGraphile 5 (Amber preset, Grafserv's Node adapter) serving the same database
// as our server, with the same tokens. Authorization is PostgreSQL's row-level security (bench/peer/rls.sql,
// to be run once on the database beforehand): every request switches to the bench_peer role and hands
// the token's RPPS to the policies as jwt.claims.rpps.
//
// Standalone (Node 20 needs the polyfill; postgraphile 5 calls Promise.withResolvers):
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/db PORT=4100 \
//     node --import ./bench/peer/polyfill.mjs --import tsx bench/peer/postgraphile.ts
import { realpathSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { errors as joseErrors, jwtVerify } from 'jose';
import { LRUCache } from 'lru-cache';
import { bearerToken } from '../../src/auth/tokens.ts';

export interface PostGraphileOptions {
  databaseUrl: string;
  port: number;
  host?: string;
  /** HS256 secret of the tokens; our server's development secret by default. */
  jwtSecret?: string;
  /** Connections of the pool (ours: 10). */
  poolSize?: number;
  /**
   * How long a verified token is trusted again without checking its signature (never past its `exp`),
   * as our server does (src/auth/authenticate.ts: 60 s, 10,000 tokens). 0: verify every request.
   */
  tokenCacheMs?: number;
}

export interface RunningPeer {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4100/graphql */
  url: string;
  close(): Promise<void>;
}

/**
 * Our server's development secret (src/config.ts DEVELOPMENT_JWT_SECRET; bench/peer/check.ts checks they are
 * equal). Not imported from there: src/config.ts pulls in the Prisma client (~30 MB of the peer's memory).
 */
export const DEVELOPMENT_JWT_SECRET = 'teleexpertise-development-secret-do-not-use-in-production';

/** The role the peer's transactions run as (NOLOGIN, created by rls.sql). */
export const PEER_ROLE = 'bench_peer';
/** The pgSetting the policies read the viewer's RPPS from. */
export const RPPS_SETTING = 'jwt.claims.rpps';

const RPPS = /^\d{11}$/;
/** Seconds of clock skew tolerated on exp/nbf/iat, as our server (JWT_CLOCK_TOLERANCE default). */
const CLOCK_TOLERANCE_SECONDS = 30;

/**
 * A refused request: Grafserv answers with HTTP `statusCode` and `{ errors: [{ message }] }` (it keeps the
 * message, not the extensions). Grafserv also console.error()s whatever the context callback throws: the
 * stack is cut to one line to keep that short.
 */
class Unauthenticated extends Error {
  override name = 'Unauthenticated';
  readonly statusCode = 401;
  constructor(message: string) {
    super(message);
    this.stack = `${this.name}: ${message}`;
  }
}

const VERIFIED_TOKENS_KEPT = 10_000;

/**
 * Verifies `Authorization: Bearer <HS256 JWT>` as our server does and returns the RPPS (`sub`) it names.
 * A verified token is remembered for `cacheMs` (never past its expiry), as our server remembers it.
 */
export function createAuthenticator(
  secret: string,
  cacheMs = 60_000,
): (authorization: string | undefined) => Promise<string> {
  const key = new TextEncoder().encode(secret);
  /** token → RPPS, as long as it is trusted. */
  const verified = new LRUCache<string, string>({ max: VERIFIED_TOKENS_KEPT, ttl: cacheMs });
  return async (authorization) => {
    const token = bearerToken(authorization);
    if (!token)
      throw new Unauthenticated('Sign in first: send your token in the Authorization header as "Bearer <token>"');
    const known = verified.get(token);
    if (known) return known;
    let sub: unknown;
    let exp: number | undefined;
    try {
      ({
        payload: { sub, exp },
      } = await jwtVerify(token, key, {
        algorithms: ['HS256'],
        requiredClaims: ['exp'],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      }));
    } catch (error) {
      if (error instanceof joseErrors.JOSEError) throw new Unauthenticated(`The token was refused (${error.code})`);
      throw error;
    }
    if (typeof sub !== 'string' || !RPPS.test(sub)) {
      throw new Unauthenticated('The token does not name a professional by an 11-digit RPPS number');
    }
    const ttl = Math.min(cacheMs, (exp ?? 0) * 1000 - Date.now());
    if (ttl > 0) verified.set(token, sub, { ttl });
    return sub;
  };
}

// PostGraphile's packages are loaded through untyped specifiers on purpose: grafast's declarations augment
// the 'graphql' module (ExecutionResult gains `hasNext?: never`), which would break the type checking of
// src/ (npm run typecheck covers bench/). The few shapes used here are declared below instead.
interface PostGraphileModule {
  postgraphile(preset: object): PostGraphileInstance;
}
interface PostGraphileInstance {
  createServ(grafserv: unknown): NodeGrafserv;
  getSchema(): unknown;
  release(): unknown;
}
interface NodeGrafserv {
  addTo(server: Server): Promise<void>;
  release(): unknown;
}
interface RequestContext {
  http?: { getHeader(name: string): string | undefined };
  node?: { req: IncomingMessage };
}
const untyped = (specifier: string): Promise<any> => import(specifier);

export async function startPostGraphile(opts: PostGraphileOptions): Promise<RunningPeer> {
  // Grafast reads its mode once, when first loaded: production unless told otherwise (development mode
  // adds checks and makes planning "significantly more expensive").
  if (process.env.GRAPHILE_ENV === undefined) process.env.GRAPHILE_ENV = 'production';
  const [{ postgraphile }, { PostGraphileAmberPreset }, { makePgService }, { grafserv }, { jsonPgSmartTags }] =
    (await Promise.all([
      untyped('postgraphile'),
      untyped('postgraphile/presets/amber'),
      untyped('postgraphile/adaptors/pg'),
      untyped('postgraphile/grafserv/node'),
      untyped('postgraphile/utils'),
    ])) as [
      PostGraphileModule,
      { PostGraphileAmberPreset: object },
      { makePgService(options: object): { release(): Promise<void> } },
      { grafserv: unknown },
      { jsonPgSmartTags(json: object): object },
    ];

  const authenticate = createAuthenticator(opts.jwtSecret ?? DEVELOPMENT_JWT_SECRET, opts.tokenCacheMs ?? 60_000);
  const pgService = makePgService({
    connectionString: opts.databaseUrl,
    schemas: ['public'],
    poolConfig: { max: opts.poolSize ?? 10, application_name: 'bench-postgraphile' },
    // No subscriptions: no LISTEN client.
    pubsub: false,
    // Build the schema from what bench_peer may do: read its tables, and insert a message (createMessage, the one write it is granted).
    pgSettingsForIntrospection: { role: PEER_ROLE },
  });
  const preset = {
    extends: [PostGraphileAmberPreset],
    plugins: [
      // PostGraphile only offers orderBy on indexed columns; attachments are listed by (createdAt, id) as
      // ours are, which PostgreSQL sorts after the "Attachment"("messageId") index scan, as for our server.
      jsonPgSmartTags({
        version: 1,
        config: { class: { Attachment: { attribute: { createdAt: { tags: { behavior: '+orderBy' } } } } } },
      }),
    ],
    pgServices: [pgService],
    grafserv: {
      graphqlPath: '/graphql',
      graphiql: false,
      graphiqlOnGraphQLGET: false,
      graphqlOverGET: false,
      watch: false,
      websockets: false,
      // As our server (MAX_BODY_BYTES default 1 MiB).
      maxRequestLength: 1024 * 1024,
    },
    grafast: {
      explain: false,
      // Runs before each operation; a throw refuses it (Grafserv: HTTP status = error.statusCode).
      async context(requestContext: RequestContext) {
        const authorization =
          requestContext.http?.getHeader('authorization') ?? headerOf(requestContext.node?.req, 'authorization');
        const rpps = await authenticate(authorization);
        // Each statement runs in a transaction opened with set_config(role / jwt.claims.rpps, local).
        return { pgSettings: { role: PEER_ROLE, [RPPS_SETTING]: rpps } };
      },
    },
  };

  const pgl = postgraphile(preset);
  const serv = pgl.createServ(grafserv);
  const server = createServer();
  // pgl.release() releases the Grafserv instance, not the pool: the service owns that.
  const release = async () => {
    try {
      await pgl.release();
    } finally {
      await pgService.release();
    }
  };
  try {
    // Fail now on a database or schema problem, not at the first request.
    await pgl.getSchema();
    await serv.addTo(server);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(opts.port, opts.host ?? '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    server.close();
    await release();
    throw error;
  }
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${address.port}/graphql`,
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await release();
      })();
      return closing;
    },
  };
}

function headerOf(req: IncomingMessage | undefined, name: string): string | undefined {
  const value = req?.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('Set DATABASE_URL (postgresql://…) to the database to serve');
  const port = Number(process.env.PORT ?? 4100);
  const peer = await startPostGraphile({
    databaseUrl,
    port,
    host: process.env.HOST || undefined,
    jwtSecret: process.env.JWT_SECRET || undefined,
  });
  console.log(`PostGraphile peer serving ${peer.url}`);
  const stop = () => {
    peer.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const runDirectly = (() => {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
})();

if (runDirectly) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
