// What every resolver receives: the verified caller and the services of this request.
import type { Logger } from 'pino';
import type { Database } from '../db/client.ts';
import type { Professional } from '../generated/prisma/client.ts';

export interface Context {
  db: Database;
  /** The authenticated professional making the call. */
  viewer: Professional;
  /** Seconds since the epoch at which the caller's token expires. */
  tokenExpiresAt: number;
  requestId: string;
  log: Logger;
}
