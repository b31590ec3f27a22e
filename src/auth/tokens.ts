// Bearer token verification (docs/api.md#authentication): HS256 with a shared secret, or RS256/ES256 from an OIDC provider's JWKS.
import { createRemoteJWKSet, decodeProtectedHeader, errors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import type { Config } from '../config.ts';

export class AuthenticationError extends Error {
  override name = 'AuthenticationError';
}

export interface VerifiedToken {
  /** The national id (RPPS) read from the configured claim. */
  nationalId: string;
  claims: JWTPayload;
  /** Seconds since the epoch at which the token stops being valid. */
  expiresAt: number;
}

export type TokenVerifier = (token: string) => Promise<VerifiedToken>;

const ASYMMETRIC_ALGORITHMS = ['RS256', 'ES256'];

export function createTokenVerifier(jwt: Config['jwt']): TokenVerifier {
  const secret = jwt.secret === undefined ? undefined : new TextEncoder().encode(jwt.secret);
  const jwks = jwt.jwksUrl === undefined ? undefined : createRemoteJWKSet(new URL(jwt.jwksUrl));

  return async (token) => {
    let algorithm: string | undefined;
    try {
      algorithm = decodeProtectedHeader(token).alg;
    } catch {
      throw new AuthenticationError('The bearer token is not a JWT: sign in again to get a new one');
    }
    const common = {
      requiredClaims: ['exp'],
      clockTolerance: jwt.clockToleranceSeconds,
      ...(jwt.issuer === undefined ? {} : { issuer: jwt.issuer }),
      ...(jwt.audience === undefined ? {} : { audience: jwt.audience }),
    };
    try {
      let payload: JWTPayload;
      if (algorithm === 'HS256' && secret) {
        ({ payload } = await jwtVerify(token, secret, { ...common, algorithms: ['HS256'] }));
      } else if (algorithm !== undefined && ASYMMETRIC_ALGORITHMS.includes(algorithm) && jwks) {
        ({ payload } = await jwtVerify(token, jwks, { ...common, algorithms: ASYMMETRIC_ALGORITHMS }));
      } else {
        throw new AuthenticationError(`Tokens signed with ${algorithm ?? 'no algorithm'} are not accepted here`);
      }
      const nationalId = payload[jwt.idClaim];
      if (typeof nationalId !== 'string' || nationalId === '') {
        throw new AuthenticationError(`The token has no "${jwt.idClaim}" claim with the professional's national id`);
      }
      return { nationalId, claims: payload, expiresAt: payload.exp as number };
    } catch (error) {
      throw asAuthenticationError(error);
    }
  };
}

function asAuthenticationError(error: unknown): AuthenticationError {
  if (error instanceof AuthenticationError) return error;
  if (error instanceof errors.JWTExpired) return new AuthenticationError('The token has expired: sign in again');
  if (error instanceof errors.JWTClaimValidationFailed) {
    return new AuthenticationError(
      `The token was refused: claim "${error.claim}" is ${error.reason === 'missing' ? 'missing' : 'invalid'}`,
    );
  }
  if (error instanceof errors.JWSSignatureVerificationFailed)
    return new AuthenticationError('The token signature is invalid');
  if (error instanceof errors.JOSEAlgNotAllowed)
    return new AuthenticationError('The token algorithm is not accepted here');
  if (error instanceof errors.JWKSNoMatchingKey)
    return new AuthenticationError('The token was signed with an unknown key');
  if (error instanceof errors.JOSEError) return new AuthenticationError('The token is invalid: sign in again');
  // A JWKS fetch failure or a bug: do not blame the caller's token for it, but do not accept it either.
  return new AuthenticationError('The token could not be verified right now: try again shortly');
}

/** Reads `Bearer <token>` from an Authorization header value. */
export function bearerToken(header: string | null | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}

export interface DevelopmentClaims {
  /** The professional's RPPS number, written under the configured id claim. */
  nationalId: string;
  given_name?: string;
  family_name?: string;
  profession?: string;
  specialty?: string;
  city?: string;
  postal_code?: string;
  /** FINESS or SIRET of the site the professional practises at. */
  practice_structure_id?: string;
  email?: string;
  /** The MSSanté address, written under the configured claim (MSSANTE_CLAIM). */
  mssante?: string;
}

/** Signs an HS256 token with the configured secret (development, demonstration and tests). */
export async function signDevelopmentToken(
  jwt: Config['jwt'],
  claims: DevelopmentClaims,
  options: { expiresIn?: string | number } = {},
): Promise<string> {
  if (jwt.secret === undefined) throw new Error('No JWT_SECRET is configured: tokens come from the identity provider');
  const { nationalId, mssante, ...profile } = claims;
  let builder = new SignJWT({ ...profile, ...(mssante && { [jwt.mssanteClaim]: mssante }), [jwt.idClaim]: nationalId })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '12h');
  if (jwt.issuer) builder = builder.setIssuer(jwt.issuer);
  if (jwt.audience) builder = builder.setAudience(jwt.audience);
  return builder.sign(new TextEncoder().encode(jwt.secret));
}
