// What every resolver receives: the verified caller and the services of this request.
import type { Logger } from 'pino';
import type { FileUrlSigner } from '../auth/file-urls.ts';
import type { Database } from '../db/client.ts';
import type { Services } from '../domain/changes.ts';
import type { Professional } from '../generated/prisma/client.ts';
import type { Loaders } from './loaders.ts';

export interface Context {
  db: Database;
  /** The domain's dependencies: the database and where committed changes are announced. */
  services: Services;
  /** The authenticated professional making the call. */
  viewer: Professional;
  /** Seconds since the epoch at which the caller's token expires. */
  tokenExpiresAt: number;
  requestId: string;
  log: Logger;
  /** Batched loads of this operation; a subscription makes new ones for every event. */
  loaders: Loaders;
  fileUrls: FileUrlSigner;
  /** Where absolute file URLs point: the configured public URL or the address the client called. */
  baseUrl: string;
  maxUploadBytes: number;
}
