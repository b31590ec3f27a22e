// Signed downloads: GET /<resource>?token=… serves an attachment, a synthesis or a billing export to
// the professional its signed URL was issued to.
import type http from 'node:http';
import contentDisposition from 'content-disposition';
import type { FileUrlSigner } from '../auth/file-urls.ts';
import type { Database } from '../db/client.ts';
import { billingCsv, parseExportKey } from '../domain/billing-export.ts';
import { asciiFileName, downloadAttachment } from '../domain/files.ts';
import { DomainError } from '../domain/errors.ts';
import { downloadSharedSynthesis, downloadSynthesis } from '../domain/synthesis.ts';
import type { SynthesisRenderer } from '../synthesis/index.ts';
import { sendRefusal } from './respond.ts';

interface Download {
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
  /** A strong validator when the bytes are addressed by content. */
  sha256?: string;
}

const UUID = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';

/** Each kind of signed resource: its path, and how to read it for the professional the URL was issued to (undefined: not theirs). */
const ROUTES: {
  path: RegExp;
  load: (db: Database, viewerId: string, key: string, renderer: SynthesisRenderer) => Promise<Download | undefined>;
}[] = [
  {
    path: new RegExp(`^/files/${UUID}$`, 'i'),
    load: (db, viewerId, id) => downloadAttachment(db.prisma, viewerId, id.toLowerCase()),
  },
  {
    path: new RegExp(`^/syntheses/${UUID}\\.pdf$`, 'i'),
    load: async (db, viewerId, id, renderer) =>
      pdf(await downloadSynthesis(db.prisma, renderer, viewerId, id.toLowerCase())),
  },
  {
    path: new RegExp(`^/shared-syntheses/${UUID}\\.pdf$`, 'i'),
    load: async (db, viewerId, id) => pdf(await downloadSharedSynthesis(db.prisma, viewerId, id.toLowerCase())),
  },
  {
    path: new RegExp(`^/billing-acts/((?:${UUID}/)?\\d{4}-\\d{2}-\\d{2}_\\d{4}-\\d{2}-\\d{2})\\.csv$`, 'i'),
    load: async (db, viewerId, key) => {
      const named = parseExportKey(key);
      if (!named) return undefined;
      const csv = await billingCsv(db.prisma, viewerId, named.professionalId, named.period);
      if (csv === undefined) return undefined;
      return {
        fileName: `actes-teleexpertise-${named.period.name}.csv`,
        mediaType: 'text/csv',
        bytes: new TextEncoder().encode(csv),
      };
    },
  },
];

const pdf = (file: { fileName: string; bytes: Uint8Array; sha256: string } | undefined): Download | undefined =>
  file && { ...file, mediaType: 'application/pdf' };

/** Shown in the browser rather than saved: documents and images a browser renders without running anything. */
const INLINE = new Set(['application/pdf', 'image/jpeg', 'image/png', 'text/plain']);
/** Text types get their charset, so that accents survive. */
const TEXT = new Set(['text/plain', 'text/csv']);

export function isDownloadPath(pathname: string): boolean {
  return /^\/(files|syntheses|shared-syntheses|billing-acts)\//.test(pathname);
}

/** What a script on another origin may read of a download besides the safelisted headers (named all the same: older browsers need it). */
const EXPOSED_HEADERS = 'Content-Disposition, Content-Length, Content-Type, ETag, Retry-After, x-request-id';

/**
 * Lets a front-end on another origin read a download (fetch, pdf.js), every answer included, 404 too.
 * Like yoga's default on /graphql, the caller's Origin is reflected; unlike it, without credentials:
 * the signed URL is the credential and no cookie is ever read.
 */
function allowCrossOrigin(req: http.IncomingMessage, res: http.ServerResponse): void {
  res.setHeader('vary', 'Origin');
  const origin = req.headers.origin;
  if (!origin) return;
  res.setHeader('access-control-allow-origin', origin);
  res.setHeader('access-control-expose-headers', EXPOSED_HEADERS);
}

/** A CORS preflight: GET and HEAD, with whatever headers the page asked to send (none is a credential here). */
function answerPreflight(req: http.IncomingMessage, res: http.ServerResponse): void {
  const headers = req.headers['access-control-request-headers'];
  res.writeHead(204, {
    allow: ALLOWED_METHODS,
    'access-control-allow-methods': 'GET, HEAD',
    ...(headers && { 'access-control-allow-headers': headers }),
    'content-length': '0',
  });
  res.end();
}

const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';

export async function serveDownload(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  db: Database,
  signer: FileUrlSigner,
  renderer: SynthesisRenderer,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  allowCrossOrigin(req, res);
  if (req.method === 'OPTIONS') return answerPreflight(req, res);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return sendRefusal(res, 405, 'BAD_USER_INPUT', 'Downloads are fetched with GET', {
      headers: { allow: ALLOWED_METHODS },
    });
  }
  let file: Download | undefined;
  for (const route of ROUTES) {
    const key = route.path.exec(url.pathname)?.[1];
    if (key === undefined) continue;
    // The signature covers the path as the API issued it.
    const viewerId = await signer.verify(url.pathname.slice(1), url.searchParams.get('token'));
    // A forged, expired or misdirected URL and a resource that is not the caller's look the same.
    try {
      file = viewerId ? await route.load(db, viewerId, key, renderer) : undefined;
    } catch (error) {
      // A synthesis that cannot be generated (a limit of its render): said as the API says it.
      if (!(error instanceof DomainError)) throw error;
      const busy = error.details['reason'] === 'SYNTHESIS_BUSY';
      return sendRefusal(res, busy ? 503 : 409, error.code, error.message, {
        ...error.details,
        ...(busy && { headers: { 'retry-after': '60' } }),
      });
    }
    break;
  }
  if (!file) {
    return sendRefusal(res, 404, 'NOT_FOUND', 'No such file, or the link has expired: ask the API for a fresh url');
  }
  res.writeHead(200, {
    'content-type': TEXT.has(file.mediaType) ? `${file.mediaType}; charset=utf-8` : file.mediaType,
    'content-length': String(file.bytes.byteLength),
    'content-disposition': contentDisposition(file.fileName, {
      type: INLINE.has(file.mediaType) ? 'inline' : 'attachment',
      fallback: asciiFileName(file.fileName),
    }),
    'cache-control': 'private, no-store',
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
    ...(file.sha256 && { etag: `"${file.sha256}"` }),
  });
  res.end(
    req.method === 'HEAD' ? undefined : Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength),
  );
}
