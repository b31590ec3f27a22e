// The PDF synthesis: what it says (read back with pdf.js), who may download it, and sharing it with another professional.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SYNTHESIS_RENDER_LIMITS } from '../src/synthesis/pool.ts';
import { http } from './kit/graphql.ts';
import { objectStreamBombPdf, watchMemory } from './kit/bombs.ts';
import {
  MeDocument,
  PostMessageDocument,
  ReceivedSynthesesDocument,
  RequestAsRecipientDocument,
  RequestBeyondWhatWasSentDocument,
  RequestQuestionDocument,
  ShareSynthesisDocument,
  SynthesisUrlDocument,
  InboxReportsDocument,
} from './generated/graphql.ts';
import { openSocket } from './kit/live.ts';
import { pdfWithText, readPdf } from './kit/pdf.ts';
import { freshPatient, signReport } from './kit/reports.ts';
import { createRequest, files, postMessage, professionalId, rawId, RPPS } from './kit/requests.ts';
import { startTestServer, type TestServer } from './kit/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const requester = { rpps: RPPS.requester };

async function synthesisUrl(requestId: string, rpps: string): Promise<string> {
  const response = await server.graphql(SynthesisUrlDocument, { id: requestId }, { rpps });
  const { node } = response.expectData();
  return node?.__typename === 'TeleexpertiseRequest' ? node.synthesisUrl : '';
}

async function download(url: string): Promise<Uint8Array> {
  const response = await http(url);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  return response.bytes;
}

describe('the synthesis', () => {
  it('holds the whole conversation: parties, patient, consent, question, messages, images drawn, PDF attachments appended, report', async () => {
    const treatingDoctorId = await professionalId(server.db, RPPS.colleague);
    const request = await createRequest(server, RPPS.requester, { patient: freshPatient({ treatingDoctorId }) });
    const annex = await pdfWithText('ANNEXE-ECG-7731', 2);
    const posted = await server.upload(
      PostMessageDocument,
      {
        input: {
          requestId: request.id,
          body: 'Voici la photo et l’ECG ; fièvre ≥ 38,5 °C depuis 2 jours.',
          attachments: [null, null],
        },
      },
      {
        'input.attachments.0': files.png('dos.png'),
        'input.attachments.1': { name: 'ecg.pdf', type: 'application/pdf', bytes: annex },
      },
      requester,
    );
    posted.expectData();
    await postMessage(server, request.id, RPPS.expert, 'Merci, je regarde cela aujourd’hui.');
    await signReport(server, request.id);

    const bytes = await download(await synthesisUrl(request.id, RPPS.requester));
    const { text, images, pageCount } = await readPdf(bytes);
    for (const expected of [
      'Synthèse de téléexpertise',
      'Claire Martin',
      'Hélène Rousseau',
      'Lefèvre',
      'Marie Jeanne',
      '14/03/1956',
      'Julien Bernard',
      'Lésion pigmentée du dos apparue il y a 3 mois',
      'fièvre ≥ 38,5 °C depuis 2 jours',
      'Merci, je regarde cela aujourd’hui.',
      'dos.png',
      'ecg.pdf',
      'Naevus atypique : exérèse conseillée avec examen anatomopathologique.',
      'ANNEXE-ECG-7731 page 1',
      'ANNEXE-ECG-7731 page 2',
    ]) {
      expect(text).toContain(expected);
    }
    // The annex comes after the synthesis, which ends with the report.
    expect(text.indexOf('ANNEXE-ECG-7731 page 1')).toBeGreaterThan(text.indexOf('Naevus atypique'));
    expect(images.length).toBeGreaterThanOrEqual(1);
    expect(pageCount).toBeGreaterThanOrEqual(3);
    expect(
      await server.db.prisma.auditEvent.count({
        where: { requestId: rawId(request.id), action: 'synthesis.download' },
      }),
    ).toBe(1);
  });

  it('says so when the patient is anonymized, and names nobody', async () => {
    const request = await createRequest(server, RPPS.requester, { patient: null });
    const { text } = await readPdf(await download(await synthesisUrl(request.id, RPPS.expert)));
    expect(text).toContain('Patient : anonymisé');
    expect(text).not.toContain('Lefèvre');
  });

  it('is downloaded by the professional its URL was issued to, for that request only', async () => {
    const request = await createRequest(server);
    const url = await synthesisUrl(request.id, RPPS.requester);
    const other = await createRequest(server);
    expect((await http(url.replace(rawId(request.id), rawId(other.id)))).status).toBe(404);
    expect((await http(url.replace(/token=.*/, 'token=forged'))).status).toBe(404);
    // A token issued for another kind of download does not open this one.
    const message = await server.upload(
      PostMessageDocument,
      { input: { requestId: request.id, body: 'Photo.', attachments: [null] } },
      { 'input.attachments.0': files.png() },
      requester,
    );
    const fileToken = new URL(message.data!.postMessage.attachments[0]!.url).searchParams.get('token');
    expect((await http(url.replace(/token=.*/, `token=${fileToken}`))).status).toBe(404);
    const outsider = await server.graphql(SynthesisUrlDocument, { id: request.id }, { rpps: RPPS.outsider });
    outsider.expectError('NOT_FOUND');
  });
});

describe('sharing the synthesis', () => {
  it('sends it to another professional, who gets an inbox event and that PDF, and nothing else of the request', async () => {
    const request = await createRequest(server, RPPS.requester, { patient: freshPatient() });
    const recipientRpps = '10000000004'; // Dr Thomas Thomas
    const recipientId = await professionalId(server.db, recipientRpps);
    const socket = await openSocket(server.graphqlUrl, { rpps: recipientRpps });
    const inbox = socket.subscribe(InboxReportsDocument, {});
    await vi.waitFor(() => expect(server.app.live.listenerCount('inbox', rawId(recipientId))).toBe(1));

    const outsiderShare = await server.graphql(
      ShareSynthesisDocument,
      { requestId: request.id, recipientId },
      { rpps: RPPS.outsider },
    );
    outsiderShare.expectError('NOT_FOUND');
    const toParticipant = await server.graphql(
      ShareSynthesisDocument,
      { requestId: request.id, recipientId: await professionalId(server.db, RPPS.expert) },
      requester,
    );
    toParticipant.expectError('BAD_USER_INPUT');

    const shared = await server.graphql(ShareSynthesisDocument, { requestId: request.id, recipientId }, requester);
    shared.expectData();
    const share = shared.data!.shareSynthesis.sharedSyntheses[0]!;
    expect(share).toMatchObject({ recipient: { lastName: 'Thomas' }, sharedBy: { lastName: 'Martin' } });

    const event = await inbox.next();
    expect(event.errors, JSON.stringify(event.errors)).toBeUndefined();
    expect(event.data?.inbox).toMatchObject({
      kind: 'SYNTHESIS_SHARED',
      request: { id: request.id },
      message: null,
      synthesis: { id: share.id },
    });
    const fromEvent = await download(event.data!.inbox.synthesis!.url);
    expect((await readPdf(fromEvent)).text).toContain('Lésion pigmentée du dos');

    // What came after the share is not in what was shared.
    await postMessage(server, request.id, RPPS.expert, 'Message écrit après le partage.');
    const received = await server.graphql(ReceivedSynthesesDocument, {}, { rpps: recipientRpps });
    const edge = received.data!.receivedSyntheses.edges[0]!;
    expect(edge.node).toMatchObject({ id: share.id, sharedBy: { lastName: 'Martin' }, request: { id: request.id } });
    const snapshot = (await readPdf(await download(edge.node.request.synthesisUrl))).text;
    expect(snapshot).not.toContain('Message écrit après le partage.');

    for (const document of [RequestQuestionDocument, RequestBeyondWhatWasSentDocument]) {
      const beyond = await server.graphql(
        document as typeof RequestQuestionDocument,
        { id: request.id },
        { rpps: recipientRpps },
      );
      expect(beyond.errors?.length).toBeGreaterThan(0);
      expect(beyond.errors?.every((error) => error.extensions?.code === 'FORBIDDEN')).toBe(true);
      expect(beyond.data?.node ?? null).toBeNull();
    }
    // Nor the report: that was not sent to them.
    const report = await server.graphql(RequestAsRecipientDocument, { id: request.id }, { rpps: recipientRpps });
    expect(report.errors?.map((error) => [error.path?.join('.'), error.extensions?.code])).toEqual([
      ['node.report', 'FORBIDDEN'],
    ]);
    // A third professional sees nothing at all.
    const third = await server.graphql(SynthesisUrlDocument, { id: request.id }, { rpps: RPPS.outsider });
    third.expectError('NOT_FOUND');
    expect(
      await server.db.prisma.auditEvent.count({ where: { requestId: rawId(request.id), action: 'synthesis.share' } }),
    ).toBe(1);
    await socket.dispose();
  });
});

describe('a synthesis of hostile attachments', () => {
  afterEach(() => {
    server.app.synthesisRenderer.setLimits(DEFAULT_SYNTHESIS_RENDER_LIMITS);
  });

  it('lists a PDF that inflates to a gigabyte as not integrated, and the server’s memory stays flat', async () => {
    const request = await createRequest(server);
    const bomb = objectStreamBombPdf('ANNEXE-BOMBE-0001', 1024 * 1024 * 1024);
    const posted = await server.upload(
      PostMessageDocument,
      { input: { requestId: request.id, body: 'Voici le dossier.', attachments: [null, null] } },
      {
        'input.attachments.0': { name: 'dossier.pdf', type: 'application/pdf', bytes: bomb },
        'input.attachments.1': {
          name: 'ecg.pdf',
          type: 'application/pdf',
          bytes: await pdfWithText('ANNEXE-ECG-7731', 1),
        },
      },
      requester,
    );
    posted.expectData();

    const url = await synthesisUrl(request.id, RPPS.requester);
    const { result: bytes, sampledGrowthMb, peakGrowthMb } = await watchMemory(() => download(url));
    const { flat, text } = await readPdf(bytes);
    expect(flat).toMatch(
      /• dossier\.pdf \([^)]*\) — annexe non intégrée \(fichier trop volumineux ou trop complexe\) : à télécharger depuis la conversation/,
    );
    expect(text).not.toContain('ANNEXE-BOMBE-0001');
    expect(text).toContain('ANNEXE-ECG-7731 page 1');
    // 1.1 GB more when the renderer inflated it whole, in the API's thread; under 200 MB now, the worker included.
    expect(sampledGrowthMb).toBeLessThan(400);
    expect(peakGrowthMb).toBeLessThan(400);
  });

  it('answers CONFLICT, shares nothing and traces nothing when the render overruns its deadline; the next one works', async () => {
    const request = await createRequest(server, RPPS.requester, { patient: freshPatient() });
    const recipientId = await professionalId(server.db, '10000000004');
    const url = await synthesisUrl(request.id, RPPS.requester);
    const traced = () =>
      server.db.prisma.auditEvent.count({
        where: { requestId: rawId(request.id), action: { in: ['synthesis.share', 'synthesis.download'] } },
      });

    server.app.synthesisRenderer.setLimits({ timeoutMs: 1 });
    const shared = await server.graphql(ShareSynthesisDocument, { requestId: request.id, recipientId }, requester);
    expect(shared.data ?? null).toBeNull();
    const timeout = shared.expectError('CONFLICT', {
      message: /^The synthesis could not be generated within 1 s: .*downloaded one by one from the conversation/,
    });
    expect(timeout.extensions).toMatchObject({ reason: 'SYNTHESIS_TIMEOUT' });
    const failed = await http(url);
    // The download says it as the API does: 409, the message and the reason; no PDF, nothing half-sent.
    expect(failed.status).toBe(409);
    expect(failed.headers.get('content-type')).toMatch(/^application\/json/);
    expect(failed.json).toEqual({
      error: expect.stringMatching(/^The synthesis could not be generated within 1 s/),
      code: 'CONFLICT',
      reason: 'SYNTHESIS_TIMEOUT',
    });
    expect(await server.db.prisma.synthesisShare.count({ where: { requestId: rawId(request.id) } })).toBe(0);
    expect(await traced()).toBe(0);

    server.app.synthesisRenderer.setLimits(DEFAULT_SYNTHESIS_RENDER_LIMITS);
    expect((await server.graphql(MeDocument, {}, requester)).data?.me.rpps).toBe(RPPS.requester);
    expect((await readPdf(await download(url))).text).toContain('Synthèse de téléexpertise');
    const again = await server.graphql(ShareSynthesisDocument, { requestId: request.id, recipientId }, requester);
    again.expectData();
    expect(await server.db.prisma.synthesisShare.count({ where: { requestId: rawId(request.id) } })).toBe(1);
    expect(await traced()).toBe(2);
  });
});
