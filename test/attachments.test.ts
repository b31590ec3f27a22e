// Attachments: multipart uploads, the type read from the bytes, size limits, safe names, sha256, signed URLs, templates.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  AddPrerequisiteTemplateDocument,
  AttachmentByIdDocument,
  CreateRequestDocument,
  PostMessageDocument,
  RemovePrerequisiteTemplateDocument,
} from './generated/graphql.ts';
import { safeFileName } from '../src/domain/files.ts';
import { http } from './kit/graphql.ts';
import { createRequest, files, professionalId, rawId, requestInput, RPPS } from './kit/requests.ts';
import { startTestServer, type TestServer } from './kit/server.ts';

const LIMIT = 64 * 1024;
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ MAX_UPLOAD_BYTES: String(LIMIT), FILE_URL_TTL: '10' });
});
afterAll(() => server?.stop());

const requester = { rpps: RPPS.requester };

async function postFiles(
  requestId: string,
  attached: { name: string; bytes: Uint8Array; type?: string }[],
  as = requester,
) {
  const uploads = Object.fromEntries(attached.map((file, i) => [`input.attachments.${i}`, file]));
  return server.upload(
    PostMessageDocument,
    { input: { requestId, body: 'Pièces jointes', attachments: attached.map(() => null) } },
    uploads,
    as,
  );
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('uploads', () => {
  it('attaches files to the request when it is created, with the type read from the bytes and their sha256', async () => {
    const png = files.png();
    const pdf = files.pdf();
    const input = await requestInput(server.db, { attachments: [null, null] as never });
    const response = await server.upload(
      CreateRequestDocument,
      { input },
      { 'input.attachments.0': png, 'input.attachments.1': { ...pdf, type: 'application/octet-stream' } },
      requester,
    );
    response.expectData();
    const question = response.data!.createRequest.messages.edges[1]!.node;
    expect(question.attachments).toEqual([
      expect.objectContaining({
        fileName: 'lesion.png',
        mediaType: 'image/png',
        size: png.bytes.byteLength,
        sha256: sha256(png.bytes),
      }),
      expect.objectContaining({
        fileName: 'compte-rendu.pdf',
        mediaType: 'application/pdf',
        size: pdf.bytes.byteLength,
        sha256: sha256(pdf.bytes),
      }),
    ]);
  });

  it('accepts DICOM and plain text, and refuses a text file that calls itself an image', async () => {
    const request = await createRequest(server);
    const accepted = await postFiles(request.id, [files.dicom(), files.text()]);
    expect(accepted.data?.postMessage.attachments.map((a) => a.mediaType)).toEqual(['application/dicom', 'text/plain']);

    const lying = await postFiles(request.id, [files.text('radio.png', 'not an image at all')]);
    const lie = lying.expectError('BAD_USER_INPUT', { message: /is not a PNG image/ });
    expect(lie.extensions).toMatchObject({ fileName: 'radio.png' });
    const executable = await postFiles(request.id, [
      { name: 'setup.exe', bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, ...new Array(60).fill(0)]) },
    ]);
    executable.expectError('BAD_USER_INPUT');
    const zip = await postFiles(request.id, [
      { name: 'archive.zip', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(40).fill(0)]) },
    ]);
    zip.expectError('BAD_USER_INPUT');
  });

  it('refuses a file over the size limit with a clear error, and writes nothing', async () => {
    const request = await createRequest(server);
    const before = await server.db.prisma.message.count();
    const tooBig = await postFiles(request.id, [files.bytes('big.txt', LIMIT + 1)]);
    tooBig.expectError('BAD_USER_INPUT', { status: 413, message: new RegExp(`${LIMIT} bytes`) });
    // One good file and one bad: neither is kept.
    const mixed = await postFiles(request.id, [files.png(), files.text('radio.jpg')]);
    mixed.expectError('BAD_USER_INPUT');
    expect(await server.db.prisma.message.count()).toBe(before);
    const atLimit = await postFiles(request.id, [files.bytes('exact.txt', LIMIT)]);
    atLimit.expectData();
  });

  it('refuses a File given as a JSON value', async () => {
    const request = await createRequest(server);
    const response = await server.graphql(
      PostMessageDocument,
      { input: { requestId: request.id, body: 'x', attachments: ['data:text/plain,hello' as never] } },
      requester,
    );
    response.expectError('BAD_USER_INPUT');
  });

  it('makes file names safe: no directories, no commas or control characters, accents kept', async () => {
    const request = await createRequest(server);
    const names = [
      '../../etc/passwd.txt',
      'C:\\Users\\dr\\Échographie, 12;3.pdf',
      'compte\u0000rendu\r\n.txt',
      '.hidden.txt',
      '   ',
    ];
    const response = await postFiles(request.id, [
      files.text(names[0]),
      files.pdf(names[1]),
      files.text(names[2]),
      files.text(names[3]),
      files.text(names[4]),
    ]);
    response.expectData();
    const stored = response.data!.postMessage.attachments.map((a) => a.fileName);
    // The multipart encoder percent-encodes line breaks in names; what arrives is made safe all the same.
    expect(stored).toEqual([
      'passwd.txt',
      'Échographie_ 12_3.pdf',
      expect.stringMatching(/^compte_rendu[\w]*\.txt$/),
      'hidden.txt',
      'file',
    ]);
  });

  it('safeFileName strips what a header, a path or a terminal would misread', () => {
    expect(safeFileName('compte\u0000rendu\r\n.txt')).toBe('compte_rendu__.txt');
    expect(safeFileName('..')).toBe('file');
    expect(safeFileName('a\u202Etxt.exe')).toBe('a_txt.exe');
    expect(safeFileName('Re\u0301sultats.pdf')).toBe('Résultats.pdf');
    expect(safeFileName(`${'x'.repeat(300)}.pdf`)).toMatch(/^x{146}\.pdf$/);
  });
});

describe('downloads', () => {
  it('serves the bytes at the signed URL, to the participant it was issued to', async () => {
    const request = await createRequest(server);
    const pdf = files.pdf('Échographie, rénale.pdf');
    const posted = await postFiles(request.id, [pdf]);
    const attachment = posted.data!.postMessage.attachments[0]!;
    expect(attachment.url).toMatch(new RegExp(`^${server.url}/files/`));
    const response = await http(attachment.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-disposition')).toBe(
      `inline; filename="Echographie_ renale.pdf"; filename*=UTF-8''%C3%89chographie_%20r%C3%A9nale.pdf`,
    );
    expect(sha256(response.bytes)).toBe(attachment.sha256);
    const traced = await server.db.prisma.auditEvent.count({
      where: { action: 'attachment.download', entityId: rawId(attachment.id) },
    });
    expect(traced).toBe(1);
  });

  it('answers 404 to a forged, tampered, misdirected or expired URL', async () => {
    const request = await createRequest(server);
    const attachment = (await postFiles(request.id, [files.png()])).data!.postMessage.attachments[0]!;
    const other = (await postFiles(request.id, [files.pdf()])).data!.postMessage.attachments[0]!;
    const url = new URL(attachment.url);
    const token = url.searchParams.get('token')!;
    const [header, payload, signature] = token.split('.');
    const tampered = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    tampered.exp += 3600;
    const forged = [
      `${server.url}/files/${rawId(attachment.id)}`,
      `${server.url}/files/${rawId(attachment.id)}?token=${header}.${Buffer.from(JSON.stringify(tampered)).toString('base64url')}.${signature}`,
      `${server.url}/files/${rawId(other.id)}?token=${token}`,
      `${server.url}/files/not-an-id?token=${token}`,
    ];
    for (const address of forged) {
      const response = await http(address);
      expect(response.status, address).toBe(404);
      expect(response.json).toMatchObject({ code: 'NOT_FOUND' });
    }
    expect((await http(attachment.url)).status).toBe(200);
    // The server was started with 10-second URLs: eleven seconds later, the same URL is dead.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 11_000 });
    try {
      expect((await http(attachment.url)).status).toBe(404);
    } finally {
      vi.useRealTimers();
    }
  });

  it('lets a front-end on another origin read the file, a preflight and the 404 of a dead link, without credentials', async () => {
    const request = await createRequest(server);
    const attachment = (await postFiles(request.id, [files.pdf()])).data!.postMessage.attachments[0]!;
    const origin = 'https://app.example.fr';

    const preflight = await http(attachment.url, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'x-request-id' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, HEAD');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('x-request-id');
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();

    const download = await http(attachment.url, { headers: { origin, 'x-request-id': 'pdfjs-1' } });
    expect(download.status).toBe(200);
    expect(download.headers.get('access-control-allow-origin')).toBe(origin);
    expect(download.headers.get('access-control-allow-credentials')).toBeNull();
    expect(download.headers.get('vary')).toBe('Origin');
    expect(download.headers.get('x-request-id')).toBe('pdfjs-1');
    const exposed = download.headers.get('access-control-expose-headers')!.toLowerCase().split(/,\s*/);
    expect(exposed).toEqual(
      expect.arrayContaining(['content-disposition', 'content-length', 'content-type', 'x-request-id']),
    );
    expect(sha256(download.bytes)).toBe(attachment.sha256);

    const url = new URL(attachment.url);
    url.searchParams.set('token', `${url.searchParams.get('token')}x`);
    const forged = await http(url, { headers: { origin } });
    expect(forged.status).toBe(404);
    expect(forged.headers.get('access-control-allow-origin')).toBe(origin);
    expect(forged.json).toMatchObject({ code: 'NOT_FOUND' });

    // Without an Origin (a link, an <img>) nothing changes but the Vary.
    const plain = await http(attachment.url);
    expect(plain.status).toBe(200);
    expect(plain.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('prerequisite templates', () => {
  it('are uploaded by the expert and open every new conversation, removed ones stay in old conversations', async () => {
    const expert = { rpps: RPPS.rheumatologist };
    const form = files.pdf('Formulaire prérequis.pdf');
    const added = await server.upload(AddPrerequisiteTemplateDocument, { file: null as never }, { file: form }, expert);
    added.expectData();
    const [template] = added.data!.addPrerequisiteTemplate.prerequisiteTemplates;
    expect(template).toMatchObject({ fileName: 'Formulaire prérequis.pdf', mediaType: 'application/pdf' });

    const request = await createRequest(server, RPPS.requester, {
      expertId: await professionalId(server.db, RPPS.rheumatologist),
    });
    const opening = request.messages.edges[0]!.node;
    expect(opening.kind).toBe('PREREQUISITES');
    expect(opening.attachments).toEqual([
      expect.objectContaining({ fileName: 'Formulaire prérequis.pdf', sha256: template!.sha256 }),
    ]);
    expect((await http(opening.attachments[0]!.url)).status).toBe(200);

    const removed = await server.graphql(RemovePrerequisiteTemplateDocument, { id: template!.id }, expert);
    expect(removed.data?.removePrerequisiteTemplate.prerequisiteTemplates).toEqual([]);
    const copy = await server.graphql(AttachmentByIdDocument, { id: opening.attachments[0]!.id }, requester);
    expect(copy.data?.node).toMatchObject({ id: opening.attachments[0]!.id });
    const notMine = await server.graphql(
      RemovePrerequisiteTemplateDocument,
      { id: opening.attachments[0]!.id },
      expert,
    );
    notMine.expectError('NOT_FOUND');
  });
});
