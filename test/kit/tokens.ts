// Tokens for tests: the one place they are signed, and a cache of the ordinary ones (one per professional and claims).
import { SignJWT, type JWTHeaderParameters, type JWTPayload } from 'jose';
import { DEVELOPMENT_JWT_SECRET } from '../../src/config.ts';

export const secret = new TextEncoder().encode(DEVELOPMENT_JWT_SECRET);

export interface SignOptions {
  /** A span from now ('5m'), or seconds since the epoch; null: no exp claim. @default '1h' (or the claims' own exp) */
  expiresIn?: string | number | null;
  /** @default the development secret the test server trusts */
  key?: Uint8Array | CryptoKey;
  /** @default { alg: 'HS256' } */
  header?: JWTHeaderParameters;
}

/** Signs `claims` now (iat and exp added unless the claims carry them): for tokens a test shapes itself. */
export function signToken(claims: JWTPayload, options: SignOptions = {}): Promise<string> {
  const { expiresIn = '1h', key = secret, header = { alg: 'HS256' } } = options;
  const builder = new SignJWT(claims).setProtectedHeader(header);
  if (claims.iat === undefined) builder.setIssuedAt();
  if (expiresIn !== null && claims.exp === undefined) builder.setExpirationTime(expiresIn);
  return builder.sign(key);
}

const cache = new Map<string, Promise<string>>();

/**
 * A valid token for `rpps`, with optional extra claims (given_name, profession…). Without `expiresIn` it is the
 * professional's session token: signed once per (rpps, claims) for the test file, valid for an hour, as a client
 * keeps its token. With `expiresIn` (a span from now, or seconds since the epoch) it is signed afresh.
 */
export function tokenFor(rpps: string, claims: JWTPayload = {}, expiresIn?: string | number): Promise<string> {
  if (expiresIn !== undefined) return signToken({ ...claims, sub: rpps }, { expiresIn });
  const key = JSON.stringify([rpps, Object.entries(claims).sort(([a], [b]) => a.localeCompare(b))]);
  let token = cache.get(key);
  if (!token) cache.set(key, (token = signToken({ ...claims, sub: rpps })));
  return token;
}
