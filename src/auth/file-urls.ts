// Short-lived signed URLs for downloads (attachments, syntheses, billing exports): whoever holds one
// may fetch that resource, as the professional it was issued to, until it expires.
import { createHmac } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';

export interface FileUrlSigner {
  /** The resource's path with its signature, e.g. /files/<id>?token=…, valid for the configured time. */
  sign(resource: string, viewerId: string): Promise<string>;
  /** The professional the URL was issued to, or undefined when it is forged, expired or for another resource. */
  verify(resource: string, token: string | null): Promise<string | undefined>;
}

const AUDIENCE = 'teleexpertise-file';

/** Derives the signing key from the configured secret, so that file URLs and login tokens never share one. */
export function fileUrlKey(secret: string): Uint8Array {
  return createHmac('sha256', secret).update('teleexpertise file URLs').digest();
}

/** `resource` is a path without its leading slash, e.g. `files/<id>` or `syntheses/<id>.pdf`. */
export function createFileUrlSigner(key: Uint8Array, ttlSeconds: number): FileUrlSigner {
  return {
    async sign(resource, viewerId) {
      const token = await new SignJWT({ res: resource })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(viewerId)
        .setAudience(AUDIENCE)
        .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
        .sign(key);
      return `/${resource}?token=${token}`;
    },
    async verify(resource, token) {
      if (!token) return undefined;
      try {
        const { payload } = await jwtVerify(token, key, {
          algorithms: ['HS256'],
          audience: AUDIENCE,
          requiredClaims: ['exp', 'sub'],
        });
        return payload['res'] === resource ? payload.sub : undefined;
      } catch (error) {
        if (error instanceof errors.JOSEError) return undefined;
        throw error;
      }
    },
  };
}
