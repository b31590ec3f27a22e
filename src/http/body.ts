// Request bodies within their limits: JSON bodies by size, multipart uploads by the form-data limits.
import { MAX_FILES_PER_MESSAGE } from '../domain/files.ts';
import { isGraphQLError } from '../graphql/errors.ts';
import { clientStatus, payloadTooLarge, requestRefused } from '../graphql/refusals.ts';

/** Parts of a multipart request besides its files: the operations and the map. */
export const MAX_FORM_FIELD_BYTES = 1024 * 1024;
export const MAX_FORM_FIELDS = 10;

export interface BodyLimits {
  maxBodyBytes: number;
  maxUploadBytes: number;
}

/**
 * The request with its body read, refused with 413 past `maxBytes` whatever its Content-Length says
 * (a chunked body has none). Multipart uploads are bounded by the form-data limits instead.
 */
export async function withinBodyLimit(request: Request, maxBytes: number): Promise<Request> {
  if (!request.body || /^multipart\/form-data/i.test(request.headers.get('content-type') ?? '')) return request;
  const refused = () =>
    payloadTooLarge(
      'The request body is too large: send long texts in several messages and documents as file attachments',
    );
  const declared = request.headers.get('content-length');
  if (declared !== null) {
    if (Number(declared) > maxBytes) throw refused();
    // Node's parser reads exactly the declared length: such a body is bounded already.
    return request;
  }
  const chunks = await readAtMost(request.body, maxBytes);
  if (!chunks) throw refused();
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: Buffer.concat(chunks),
    signal: request.signal,
  });
}

/** The body's chunks, or undefined (the stream cancelled) once it passes `maxBytes`. */
async function readAtMost(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array[] | undefined> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return chunks;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
}

/**
 * What a client is told when reading its request failed: a limit of the multipart parser as a 413
 * that names it, anything else of yoga's as BAD_USER_INPUT with its 4xx, without yoga's
 * originalError (it quotes the body back); undefined when the failure is not the client's.
 */
export function readingRefusal(error: unknown, limits: BodyLimits): Error | undefined {
  const exceeded = multipartLimitExceeded(error);
  if (exceeded === 'fileSize')
    return payloadTooLarge(
      `A file is larger than the ${limits.maxUploadBytes} bytes allowed: send a smaller or compressed file`,
    );
  if (exceeded === 'files') return payloadTooLarge(`At most ${MAX_FILES_PER_MESSAGE} files can be sent at once`);
  if (exceeded === 'fields')
    return payloadTooLarge(
      'The multipart request has too many or too large fields: send only operations, map and the files',
    );
  if (isGraphQLError(error)) return requestRefused(error.message, clientStatus(error) ?? 400);
  return undefined;
}

/**
 * Which form-data limit the multipart parser hit, read from its message: no code tells them apart.
 * @whatwg-node/node-fetch 0.8 raises plain Errors ("File size limit exceeded: …", formData() in
 * https://github.com/ardatan/whatwg-node/blob/master/packages/node-fetch/src/Body.ts), which yoga 5.24
 * wraps as "POST body sent invalid multipart data: …" and codes REQUEST_ENTITY_TOO_LARGE for the file
 * size only, as it codes the whole body's size (https://github.com/graphql-hive/graphql-yoga/blob/main/packages/graphql-yoga/src/plugins/request-parser/post-multipart.ts).
 */
function multipartLimitExceeded(error: unknown): 'fileSize' | 'files' | 'fields' | undefined {
  const message = error instanceof Error ? error.message : '';
  if (/File size limit exceeded/.test(message)) return 'fileSize';
  if (/Files limit exceeded/.test(message)) return 'files';
  if (/(Fields|Parts) limit exceeded|Field (name|value) size exceeded/.test(message)) return 'fields';
  return undefined;
}
