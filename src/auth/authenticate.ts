// From an Authorization value to the professional it speaks for, or an UNAUTHENTICATED error.
import type { Database } from '../db/client.ts';
import { DomainError } from '../domain/errors.ts';
import { professionForToken } from '../domain/professionals.ts';
import type { Professional } from '../generated/prisma/client.ts';
import { AuthenticationError, bearerToken, type TokenVerifier } from './tokens.ts';

export interface Authenticated {
  viewer: Professional;
  tokenExpiresAt: number;
}

export type Authenticator = (authorization: string | null | undefined) => Promise<Authenticated>;

export function createAuthenticator(db: Database, verify: TokenVerifier): Authenticator {
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
    let verified;
    try {
      verified = await verify(token);
    } catch (error) {
      if (error instanceof AuthenticationError) throw new DomainError('UNAUTHENTICATED', error.message);
      throw error;
    }
    const viewer = await professionForToken(db.prisma, verified.nationalId, verified.claims);
    return { viewer, tokenExpiresAt: verified.expiresAt };
  };
}
