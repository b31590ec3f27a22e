// From an Authorization value to the professional it speaks for, or an UNAUTHENTICATED error.
import { LRUCache } from 'lru-cache';
import type { Database } from '../db/client.ts';
import type { ContactClaims } from '../domain/contact-details.ts';
import { DomainError } from '../domain/errors.ts';
import { professionForToken } from '../domain/professionals.ts';
import type { Professional } from '../generated/prisma/client.ts';
import { AuthenticationError, bearerToken, type TokenVerifier } from './tokens.ts';

export interface Authenticated {
  /** Who calls: the id is all an operation reads (a professional's id never changes for their RPPS). */
  viewer: Pick<Professional, 'id' | 'rpps'>;
  /** The token's `exp`, in seconds since the epoch. */
  tokenExpiresAt: number;
}

/**
 * A token verified once is trusted again for at most this long (and never past its expiry), without
 * checking its signature or reading the professional again: one statement and one HMAC or RSA check
 * less per operation. A key withdrawn from the provider's JWKS stops its tokens within this delay.
 */
const VERIFIED_TOKEN_TTL_MS = 60_000;
const VERIFIED_TOKENS_KEPT = 10_000;

export type Authenticator = (authorization: string | null | undefined) => Promise<Authenticated>;

export function createAuthenticator(db: Database, verify: TokenVerifier, contactClaims: ContactClaims): Authenticator {
  const verified = new LRUCache<string, Authenticated>({ max: VERIFIED_TOKENS_KEPT, ttl: VERIFIED_TOKEN_TTL_MS });
  /**
   * Checks under way, by token: the calls that arrive with the same token meanwhile (a client opening
   * several sockets at once) wait for the same check, and share what it returns, rather than each
   * checking the signature, reading the professional and keeping a copy for as long as its socket.
   */
  const checking = new Map<string, Promise<Authenticated>>();
  const check = async (token: string): Promise<Authenticated> => {
    let checked;
    try {
      checked = await verify(token);
    } catch (error) {
      if (error instanceof AuthenticationError) throw new DomainError('UNAUTHENTICATED', error.message);
      throw error;
    }
    const { id, rpps } = await professionForToken(db.prisma, checked.nationalId, checked.claims, contactClaims);
    const authenticated: Authenticated = { viewer: { id, rpps }, tokenExpiresAt: checked.expiresAt };
    const ttl = Math.min(VERIFIED_TOKEN_TTL_MS, checked.expiresAt * 1000 - Date.now());
    if (ttl > 0) verified.set(token, authenticated, { ttl });
    return authenticated;
  };
  return async (authorization) => {
    const token = bearerToken(authorization);
    if (!token) {
      throw new DomainError(
        'UNAUTHENTICATED',
        authorization
          ? 'The Authorization header must read "Bearer <token>"'
          : 'Sign in first: send your token in the Authorization header as "Bearer <token>"',
      );
    }
    const known = verified.get(token);
    if (known && known.tokenExpiresAt * 1000 > Date.now()) return known;
    let pending = checking.get(token);
    if (!pending) {
      pending = check(token).finally(() => checking.delete(token));
      checking.set(token, pending);
    }
    return pending;
  };
}
