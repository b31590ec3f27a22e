// GET /files/<id>?token=…: serves an attachment to the professional its signed URL was issued to.
import type http from 'node:http';
import contentDisposition from 'content-disposition';
import type { FileUrlSigner } from './auth/file-urls.ts';
import type { Database } from './db/client.ts';
import { asciiFileName, downloadAttachment } from './domain/files.ts';

const PATH = /^\/files\/([0-9a-f-]{36})$/i;
/** Shown in the browser rather than saved: documents and images a browser renders without running anything. */
const INLINE = new Set(['application/pdf', 'image/jpeg', 'image/png', 'text/plain']);

export function isFilePath(pathname: string): boolean {
  return pathname.startsWith('/files/');
}

export async function serveFile(req: http.IncomingMessage, res: http.ServerResponse, db: Database, signer: FileUrlSigner): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const id = PATH.exec(url.pathname)?.[1]?.toLowerCase();
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'application/json' }).end(JSON.stringify({ error: 'Files are fetched with GET' }));
    return;
  }
  const viewerId = id ? await signer.verify(id, url.searchParams.get('token')) : undefined;
  // A forged, expired or misdirected URL and a file that is not the caller's look the same.
  const file = id && viewerId ? await downloadAttachment(db.prisma, viewerId, id) : undefined;
  if (!file) {
    res
      .writeHead(404, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
      .end(JSON.stringify({ error: 'No such file, or the link has expired: ask the API for a fresh url', code: 'NOT_FOUND' }));
    return;
  }
  res.writeHead(200, {
    'content-type': file.mediaType === 'text/plain' ? 'text/plain; charset=utf-8' : file.mediaType,
    'content-length': String(file.bytes.byteLength),
    'content-disposition': contentDisposition(file.fileName, {
      type: INLINE.has(file.mediaType) ? 'inline' : 'attachment',
      fallback: asciiFileName(file.fileName),
    }),
    'cache-control': 'private, no-store',
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
    etag: `"${file.sha256}"`,
  });
  res.end(req.method === 'HEAD' ? undefined : Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
}
