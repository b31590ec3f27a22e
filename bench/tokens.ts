// Tokens for the benchmark's professionals, signed with a secret both servers under test are given.
import { SignJWT } from 'jose';

export const BENCH_JWT_SECRET = 'benchmark-only-secret-not-for-any-deployment-0123456789';
const key = new TextEncoder().encode(BENCH_JWT_SECRET);

export async function bearer(rpps: string): Promise<string> {
  const token = await new SignJWT({ sub: rpps })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .setExpirationTime('2h')
    .sign(key);
  return `Bearer ${token}`;
}
