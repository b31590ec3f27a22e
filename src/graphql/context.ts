// What every resolver receives: the verified caller and the services of this request.
import type { FileUrlSigner } from '../auth/file-urls.ts';
import type { Database } from '../db/client.ts';
import type { Services } from '../domain/changes.ts';
import type { Professional } from '../generated/prisma/client.ts';
import type { LiveEvents } from '../live/events.ts';
import type { SynthesisRenderer } from '../synthesis/index.ts';
import type { Authenticated } from '../auth/authenticate.ts';
import { createLoaders, type Loaders } from './loaders.ts';

export interface Context {
  /** How the operation came: over HTTP (including SSE), or over a graphql-ws WebSocket. */
  transport: 'http' | 'ws';
  db: Database;
  /** The domain's dependencies: the database and where committed changes are announced. */
  services: Services;
  /** Renders syntheses (shareSynthesis) in worker threads: the app's one pool. */
  synthesisRenderer: SynthesisRenderer;
  /** The authenticated professional making the call. */
  viewer: Pick<Professional, 'id' | 'rpps'>;
  /** Milliseconds since the epoch at which the token stops being accepted (expiry plus clock tolerance): subscriptions end then. */
  sessionEndsAt: number;
  requestId: string;
  /** Batched loads of this operation; a subscription makes new ones for every event (renewLoaders). */
  loaders: Loaders;
  /** Replaces the loaders, so that nothing cached for one subscription event is served for the next. */
  renewLoaders(): void;
  /** Committed changes, live, for subscriptions. */
  live: LiveEvents;
  /**
   * Aborts when the HTTP client goes away: its event stream ends. Undefined over a WebSocket, which
   * ends its operations itself: graphql-ws returns every subscription of a socket that closes, and
   * the socket closes (4403) when the token expires.
   */
  signal: AbortSignal | undefined;
  /** Marks this operation's HTTP connection as a subscription's event stream, which stop() cuts so that its client reconnects. */
  holdConnection(): void;
  fileUrls: FileUrlSigner;
  /** Where absolute file URLs point: the configured public URL or the address the client called. */
  baseUrl: string;
  maxUploadBytes: number;
}

/** The HTTP connection an operation came on: when it ends, and how to keep it through a subscription. */
export type Connection = Pick<Context, 'signal' | 'holdConnection'>;

/** What every context shares: the app's services. */
export type ContextServices = Pick<
  Context,
  'db' | 'services' | 'synthesisRenderer' | 'live' | 'fileUrls' | 'maxUploadBytes'
> & { publicUrl: string | undefined; clockToleranceSeconds: number };

export interface Contexts {
  /** An operation's context; over a WebSocket (no `connection`) the socket ends the operation itself. */
  create(auth: Authenticated, requestId: string, origin: string, connection?: Connection): Context;
  /** When the caller's token stops being accepted, in milliseconds since the epoch. */
  sessionEndsAt(auth: Authenticated): number;
}

export function createContexts(shared: ContextServices): Contexts {
  const { publicUrl, clockToleranceSeconds, ...services } = shared;
  const sessionEndsAt = (auth: Authenticated) => (auth.tokenExpiresAt + clockToleranceSeconds) * 1000;
  return {
    sessionEndsAt,
    create: (auth, requestId, origin, connection) => ({
      transport: connection ? 'http' : 'ws',
      ...services,
      signal: connection?.signal,
      holdConnection: connection?.holdConnection ?? holdNothing,
      viewer: auth.viewer,
      sessionEndsAt: sessionEndsAt(auth),
      requestId,
      loaders: createLoaders(services.db, auth.viewer.id),
      renewLoaders,
      baseUrl: publicUrl ?? origin,
    }),
  };
}

/** An operation's loaders, replaced (each subscription event is resolved with loaders of its own). Shared by every context. */
function renewLoaders(this: Context): void {
  this.loaders = createLoaders(this.db, this.viewer.id);
}

/** An operation over a WebSocket: nothing to hold on stop, the socket is closed (1012). */
function holdNothing(): void {}

/** An absolute download URL for `path`, signed for the caller only. */
export async function downloadUrl(ctx: Context, path: string): Promise<string> {
  return ctx.baseUrl + (await ctx.fileUrls.sign(path, ctx.viewer.id));
}
