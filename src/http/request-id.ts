// Request ids: the client's when it is safe to log and send back, else a new one.
import { randomUUID } from 'node:crypto';

const REQUEST_ID = /^[\w.-]{1,64}$/;

export function requestIdFrom(incoming: string | string[] | null | undefined): string {
  return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : newRequestId();
}

/**
 * A request id. randomUUID builds its string from some thirty pieces (about 0.5 KB, kept as long as
 * a subscription's context): reading a character makes it one string of 36.
 */
export function newRequestId(): string {
  const id = randomUUID();
  id.charCodeAt(0);
  return id;
}
