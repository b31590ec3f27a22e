// What every resolver receives: the verified caller and the services of this request.
import type { FileUrlSigner } from '../auth/file-urls.ts';
import type { Database } from '../db/client.ts';
import type { Services } from '../domain/changes.ts';
import type { Professional } from '../generated/prisma/client.ts';
import type { LiveEvents } from '../live/events.ts';
import type { SynthesisRenderer } from '../synthesis/index.ts';
import type { Loaders } from './loaders.ts';

export interface Context {
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
