// Short-lived signed URLs for files: whoever holds one may fetch that file, as that professional, until it expires.
import { createHmac } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';

export interface FileUrlSigner {
  /** A path with its signature, e.g. /files/<id>?token=…, valid for the configured time. */
  sign(attachmentId: string, viewerId: string): Promise<string>;
  /** The professional the URL was issued to, or undefined when it is forged, expired or for another file. */
  verify(attachmentId: string, token: string | null): Promise<string | undefined>;
}

const AUDIENCE = 'teleexpertise-file';

/** Derives the signing key from the configured secret, so that file URLs and login tokens never share one. */
export function fileUrlKey(secret: string): Uint8Array {
  return createHmac('sha256', secret).update('teleexpertise file URLs').digest();
}

export function createFileUrlSigner(key: Uint8Array, ttlSeconds: number): FileUrlSigner {
  return {
    async sign(attachmentId, viewerId) {
      const token = await new SignJWT({ att: attachmentId })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(viewerId)
        .setAudience(AUDIENCE)
        .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
        .sign(key);
      return `/files/${attachmentId}?token=${token}`;
    },
    async verify(attachmentId, token) {
      if (!token) return undefined;
      try {
        const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'], audience: AUDIENCE, requiredClaims: ['exp', 'sub'] });
        return payload['att'] === attachmentId ? payload.sub : undefined;
      } catch (error) {
        if (error instanceof errors.JOSEError) return undefined;
        throw error;
      }
    },
  };
}
