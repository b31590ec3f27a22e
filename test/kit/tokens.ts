// Tokens for tests, signed with the development secret the test server trusts.
import { SignJWT, type JWTPayload } from 'jose';
import { DEVELOPMENT_JWT_SECRET } from '../../src/config.ts';

export const secret = new TextEncoder().encode(DEVELOPMENT_JWT_SECRET);

/** A valid token for `rpps`, with optional extra claims (given_name, profession…) and lifetime. */
export async function tokenFor(
  rpps: string,
  claims: JWTPayload = {},
  expiresIn: string | number = '10m',
): Promise<string> {
  return new SignJWT({ ...claims, sub: rpps })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(secret);
}
