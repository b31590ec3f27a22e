// The expert's report: who signs, what it becomes, corrections as versions, transmissions and the mail outbox.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { drainOutbox, type OutgoingMail } from '../src/domain/outbox.ts';
import {
  AcceptRequestDocument,
  DeclineRequestDocument,
  GrantDelegationDocument,
  ReceivedReportsDocument,
  RequestBeyondWhatWasSentDocument,
  RevokeDelegationDocument,
  ShareSynthesisDocument,
  InboxReportsDocument,
  ReportByIdDocument,
  RequestQuestionDocument,
  RequestAsRecipientDocument,
  RequestReportDocument,
  SubmitReportDocument,
  SynthesisUrlDocument,
} from './generated/graphql.ts';
import { freshPatient, reportInput, signReport } from './kit/reports.ts';
import { openSocket } from './kit/live.ts';
import { createRequest, inDays, postMessage, professionalId, rawId, RPPS } from './kit/requests.ts';
import { startTestServer, type TestServer } from './kit/server.ts';

let server: TestServer;
let treatingDoctorId: string;
beforeAll(async () => {
  server = await startTestServer();
  treatingDoctorId = await professionalId(server.db, RPPS.colleague);
});
afterAll(() => server?.stop());

const expert = { rpps: RPPS.expert };
const requester = { rpps: RPPS.requester };

async function auditActions(requestId: string): Promise<string[]> {
  const events = await server.db.prisma.auditEvent.findMany({
    where: { requestId: rawId(requestId) },
    orderBy: { id: 'asc' },
  });
  return events.map((event) => event.action);
}

describe('signing the report', () => {
  it('is the expert’s: the request becomes REPORTED, and the report goes to the requester and the treating doctor', async () => {
    const request = await createRequest(server, RPPS.requester, { patient: freshPatient({ treatingDoctorId }) });
    await server.graphql(AcceptRequestDocument, { requestId: request.id, responseDueAt: inDays(3) }, expert);

    const byRequester = await server.graphql(SubmitReportDocument, { input: reportInput(request.id) }, requester);
    byRequester.expectError('FORBIDDEN');
    const byOutsider = await server.graphql(
      SubmitReportDocument,
      { input: reportInput(request.id) },
      { rpps: RPPS.outsider },
    );
    byOutsider.expectError('NOT_FOUND');
    const empty = await server.graphql(
      SubmitReportDocument,
      { input: reportInput(request.id, { conclusion: '  ' }) },
      expert,
    );
    empty.expectError('BAD_USER_INPUT', { message: 'conclusion is required' });

    const before = Date.now();
    const report = await signReport(server, request.id);
    expect(report).toMatchObject({
      version: 1,
      conclusion: 'Naevus atypique : exérèse conseillée avec examen anatomopathologique.',
      proposedTreatments: 'Exérèse chirurgicale avec marges de 2 mm.',
      complementaryExams: 'Examen anatomopathologique de la pièce.',
      followUp: 'IN_PERSON_CONSULTATION',
      correctionReason: null,
      author: { lastName: 'Rousseau' },
    });
    expect(new Date(report.signedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    const sent = (recipient: string, channel: string) =>
      report.transmissions.find((t) => t.recipient.lastName === recipient && t.channel === channel);
    expect(sent('Martin', 'IN_APP')).toMatchObject({ role: 'REQUESTER', sentAt: report.signedAt });
    expect(sent('Bernard', 'IN_APP')).toMatchObject({ role: 'TREATING_DOCTOR', sentAt: report.signedAt });
    // The treating doctor's secure mail waits for the connector.
    expect(sent('Bernard', 'SECURE_EMAIL')).toMatchObject({
      role: 'TREATING_DOCTOR',
      address: 'julien.bernard@medecin.mssante.fr',
      sentAt: null,
    });
    expect(report.transmissions).toHaveLength(3);

    const read = await server.graphql(RequestReportDocument, { id: request.id }, requester);
    expect(read.data?.node).toMatchObject({
      status: 'REPORTED',
      report: { id: report.id },
      reports: [{ id: report.id }],
    });
    expect(await auditActions(request.id)).toEqual(
      expect.arrayContaining(['report.sign', 'report.transmit', 'report.queue', 'billing.act', 'request.status']),
    );
    const outbox = await server.db.prisma.outboxMessage.findMany({
      where: { transmission: { reportId: rawId(report.id) } },
    });
    expect(outbox).toEqual([
      expect.objectContaining({ toAddress: 'julien.bernard@medecin.mssante.fr', sentAt: null, attempts: 0 }),
    ]);
    // No health data in a mail subject.
    expect(outbox[0]!.subject).toBe('Compte-rendu de téléexpertise');
  });

  it('answers directly from SUBMITTED, but not once the request is declined', async () => {
    const direct = await createRequest(server);
    expect((await signReport(server, direct.id)).version).toBe(1);

    const declined = await createRequest(server);
    await server.graphql(
      DeclineRequestDocument,
      { requestId: declined.id, reason: 'Hors de mon champ : orientez vers un chirurgien.' },
      expert,
    );
    const late = await server.graphql(SubmitReportDocument, { input: reportInput(declined.id) }, expert);
    expect(late.expectError('CONFLICT').extensions).toMatchObject({ status: 'DECLINED', allowedTransitions: [] });
    expect(await server.db.prisma.report.count({ where: { requestId: rawId(declined.id) } })).toBe(0);
  });
});

describe('a signed report', () => {
  it('is never changed: a correction is a new version, the first stays readable, and nothing is billed twice', async () => {
    const request = await createRequest(server, RPPS.requester, { patient: freshPatient() });
    const first = await signReport(server, request.id);

    const again = await server.graphql(SubmitReportDocument, { input: reportInput(request.id) }, expert);
    again.expectError('BAD_USER_INPUT', { message: /correctionReason/ });

    const second = await signReport(server, request.id, RPPS.expert, {
      conclusion: 'Naevus bénin : surveillance simple.',
      followUp: 'NONE',
      correctionReason: 'Erreur de latéralité corrigée',
    });
    expect(second).toMatchObject({ version: 2, correctionReason: 'Erreur de latéralité corrigée', followUp: 'NONE' });
    expect(second.transmissions.map((t) => t.role)).toEqual(['REQUESTER']);

    const read = await server.graphql(RequestReportDocument, { id: request.id }, requester);
    expect(read.data?.node).toMatchObject({
      status: 'REPORTED',
      report: { id: second.id, version: 2 },
      reports: [
        { id: first.id, version: 1, conclusion: first.conclusion },
        { id: second.id, version: 2 },
      ],
    });
    const acts = read.data?.node?.__typename === 'TeleexpertiseRequest' ? read.data.node.billingActs : [];
    expect(acts.map((act) => act.code)).toEqual(['TE2', 'RQD']);
    // The database itself refuses to change or delete a signed report.
    await expect(
      server.db.prisma.$executeRawUnsafe(
        `UPDATE "Report" SET "conclusion" = 'autre' WHERE "id" = '${rawId(first.id)}'`,
      ),
    ).rejects.toThrow(/cannot be changed/);
    await expect(
      server.db.prisma.$executeRawUnsafe(`DELETE FROM "Report" WHERE "id" = '${rawId(first.id)}'`),
    ).rejects.toThrow(/cannot be changed/);
    const stored = await server.db.prisma.report.findUniqueOrThrow({ where: { id: rawId(first.id) } });
    expect(stored.conclusion).toBe(first.conclusion);
  });
});

describe('the treating doctor', () => {
  it('reads the report transmitted to them, and nothing else of the request', async () => {
    const request = await createRequest(server, RPPS.requester, { patient: freshPatient({ treatingDoctorId }) });
    const report = await signReport(server, request.id);
    const doctor = { rpps: RPPS.colleague };

    const received = await server.graphql(ReportByIdDocument, { id: report.id }, doctor);
    expect(received.data?.node).toMatchObject({ id: report.id, conclusion: report.conclusion });
    const viaRequest = await server.graphql(RequestAsRecipientDocument, { id: request.id }, doctor);
    expect(viaRequest.errors, JSON.stringify(viaRequest.errors)).toBeUndefined();
    expect(viaRequest.data?.node).toMatchObject({ id: request.id, report: { id: report.id } });
    // They were not sent the synthesis.
    const synthesis = await server.graphql(SynthesisUrlDocument, { id: request.id }, doctor);
    synthesis.expectError('FORBIDDEN');
    const question = await server.graphql(RequestQuestionDocument, { id: request.id }, doctor);
    question.expectError('FORBIDDEN');
    expect(question.errors?.[0]?.path).toEqual(['node', 'question']);
    expect(JSON.stringify(question.data ?? {})).not.toContain('Lésion');
    const beyond = await server.graphql(RequestBeyondWhatWasSentDocument, { id: request.id }, doctor);
    expect(new Set(beyond.errors?.map((error) => error.extensions?.code))).toEqual(new Set(['FORBIDDEN']));
    expect(beyond.errors?.map((error) => error.path?.[1])).toContain('status');
    expect(beyond.data?.node ?? null).toBeNull();
    // They find it again later, without the inbox event; the requester, who takes part, reads it through the request.
    const list = await server.graphql(ReceivedReportsDocument, {}, doctor);
    expect(list.data!.receivedReports.edges[0]!.node).toMatchObject({
      id: report.id,
      conclusion: report.conclusion,
      request: { id: request.id },
    });
    expect((await server.graphql(ReceivedReportsDocument, {}, requester)).data!.receivedReports.edges).toEqual([]);
    // Their reading of the report is traced.
    const reads = await server.db.prisma.auditEvent.findMany({
      where: { action: 'report.read', entityId: rawId(report.id) },
    });
    expect(reads.map((read) => read.actorId)).toContain(rawId(treatingDoctorId));

    // Anyone else is told neither exists.
    for (const id of [report.id, request.id]) {
      const outsider = await server.graphql(ReportByIdDocument, { id }, { rpps: RPPS.outsider });
      outsider.expectError('NOT_FOUND');
    }
  });
});

describe('the inbox', () => {
  it('tells the participants and the treating doctor once, with the report; the doctor gets no message of the conversation', async () => {
    const request = await createRequest(server, RPPS.requester, { patient: freshPatient({ treatingDoctorId }) });
    const requesterSocket = await openSocket(server.graphqlUrl, requester);
    const doctorSocket = await openSocket(server.graphqlUrl, { rpps: RPPS.colleague });
    const requesterInbox = requesterSocket.subscribe(InboxReportsDocument, {});
    const doctorInbox = doctorSocket.subscribe(InboxReportsDocument, {});
    for (const rpps of [RPPS.requester, RPPS.colleague]) {
      const id = rawId(await professionalId(server.db, rpps));
      await vi.waitFor(() => expect(server.app.live.listenerCount('inbox', id)).toBe(1));
    }

    const report = await signReport(server, request.id);
    const [signed] = await requesterInbox.take(1);
    expect(signed!.inbox).toMatchObject({
      kind: 'REPORT_SIGNED',
      request: { id: request.id },
      message: { kind: 'SYSTEM' },
      report: { id: report.id, version: 1 },
    });
    const [received] = await doctorInbox.take(1);
    expect(received!.inbox).toMatchObject({
      kind: 'REPORT_SIGNED',
      request: { id: request.id },
      message: null,
      report: { id: report.id, conclusion: report.conclusion },
    });

    // The signature was told once: the next event is the next message, not a STATUS_CHANGED.
    await postMessage(server, request.id, RPPS.expert, 'Je reste disponible.');
    const [next] = await requesterInbox.take(1);
    expect(next!.inbox.kind).toBe('NEW_MESSAGE');
    // The doctor, who does not take part, was told nothing of it: their next event is the synthesis sent to them afterwards.
    await server.graphql(ShareSynthesisDocument, { requestId: request.id, recipientId: treatingDoctorId }, requester);
    const [shared] = await doctorInbox.take(1);
    expect(shared!.inbox.kind).toBe('SYNTHESIS_SHARED');
    await Promise.all([requesterSocket.dispose(), doctorSocket.dispose()]);
  });
});

describe('the secure-mail outbox', () => {
  it('hands each queued mail to one connector at a time, marks it sent and traces it; a failure or a hung send is retried later', async () => {
    const requests = [];
    for (let i = 0; i < 2; i++)
      requests.push(await createRequest(server, RPPS.requester, { patient: freshPatient({ treatingDoctorId }) }));
    for (const request of requests) await signReport(server, request.id);
    const request = requests[0]!;
    const services = { prisma: server.db.prisma, publish: () => {} };
    // Every mail queued so far is due: these two, and those of the earlier tests.
    const queued = await server.db.prisma.outboxMessage.count({ where: { sentAt: null } });
    expect(queued).toBeGreaterThanOrEqual(2);

    const failed = await drainOutbox(services, async () => {
      throw new Error('MSSanté operator unreachable');
    });
    expect(failed).toBe(0);
    const pending = await server.db.prisma.outboxMessage.findMany({ where: { sentAt: null } });
    expect(pending).toHaveLength(queued);
    for (const mail of pending) {
      expect(mail).toMatchObject({ attempts: 1, lastError: 'MSSanté operator unreachable' });
      expect(mail.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    }
    // Not due again yet.
    expect(await drainOutbox(services, async () => {})).toBe(0);

    // A send that hangs is given up, and the mail stays queued.
    await server.db.prisma.outboxMessage.updateMany({ data: { nextAttemptAt: new Date() } });
    const hung = await drainOutbox(
      services,
      (_mail, signal) => new Promise((resolve) => signal.addEventListener('abort', () => resolve())),
      {
        limit: 1,
        sendTimeoutMs: 50,
      },
    );
    expect(hung).toBe(0);
    expect(
      await server.db.prisma.outboxMessage.count({
        where: { sentAt: null, lastError: 'the mail was not sent within 0.05 s' },
      }),
    ).toBe(1);

    // Two connectors at once: each mail is handed to one of them, once.
    await server.db.prisma.outboxMessage.updateMany({ data: { nextAttemptAt: new Date() } });
    const handed: OutgoingMail[] = [];
    const slowly = async (mail: OutgoingMail) => {
      handed.push(mail);
      await new Promise((resolve) => setTimeout(resolve, 20));
    };
    const [first, second] = await Promise.all([drainOutbox(services, slowly), drainOutbox(services, slowly)]);
    expect(first + second).toBe(queued);
    expect(new Set(handed.map((mail) => mail.id)).size).toBe(queued);
    expect(handed).toHaveLength(queued);
    expect(handed.every((mail) => mail.toAddress === 'julien.bernard@medecin.mssante.fr' && mail.attempt >= 2)).toBe(
      true,
    );
    expect(await drainOutbox(services, slowly)).toBe(0);

    const transmission = await server.db.prisma.reportTransmission.findFirstOrThrow({
      where: { channel: 'SECURE_EMAIL', report: { requestId: rawId(request.id) } },
    });
    expect(transmission.sentAt).not.toBeNull();
    expect(await auditActions(request.id)).toContain('report.sent');
  });
});

describe('a delegated request', () => {
  it('bills RQD to the professional in whose name it was made, and transmits to both', async () => {
    const delegator = await professionalId(server.db, RPPS.requester);
    await server.graphql(
      GrantDelegationDocument,
      { delegateId: await professionalId(server.db, RPPS.secretary) },
      requester,
    );
    const request = await createRequest(server, RPPS.secretary, { onBehalfOfId: delegator, patient: freshPatient() });
    const report = await signReport(server, request.id);
    expect(report.transmissions.map((t) => [t.recipient.lastName, t.role]).sort()).toEqual([
      ['Fournier', 'REQUESTER'],
      ['Martin', 'ON_BEHALF_OF'],
    ]);
    const acts = await server.db.prisma.billingAct.findMany({
      where: { requestId: rawId(request.id) },
      include: { professional: true },
    });
    expect(acts.map((act) => [act.code, act.professional.lastName]).sort()).toEqual([
      ['RQD', 'Martin'],
      ['TE2', 'Rousseau'],
    ]);
  });

  it('does not send the report to a delegate whose delegation was revoked', async () => {
    const delegator = await professionalId(server.db, RPPS.requester);
    const granted = await server.graphql(
      GrantDelegationDocument,
      { delegateId: await professionalId(server.db, RPPS.secretary) },
      requester,
    );
    const request = await createRequest(server, RPPS.secretary, { onBehalfOfId: delegator, patient: freshPatient() });
    await server.graphql(RevokeDelegationDocument, { id: granted.data!.grantDelegation.id }, requester);
    const report = await signReport(server, request.id);
    expect(report.transmissions.map((t) => [t.recipient.lastName, t.role])).toEqual([['Martin', 'ON_BEHALF_OF']]);
    for (const id of [report.id, request.id]) {
      const read = await server.graphql(ReportByIdDocument, { id }, { rpps: RPPS.secretary });
      read.expectError('NOT_FOUND');
    }
  });
});
