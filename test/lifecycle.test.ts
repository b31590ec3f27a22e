// Triage and the life of a request: who may move it where, deadlines, and the CONFLICT that says what is possible.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AcceptRequestDocument,
  DeclineRequestDocument,
  InboxDocument,
  PostMessageDocument,
  RequestByIdDocument,
  RequestInformationDocument,
  WithdrawRequestDocument,
} from './generated/graphql.ts';
import { createRequest, inDays, rawId, RPPS } from './kit/requests.ts';
import { startTestServer, type TestServer } from './kit/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const expert = { rpps: RPPS.expert };
const requester = { rpps: RPPS.requester };

async function statusOf(id: string) {
  return (await server.db.prisma.teleexpertiseRequest.findUniqueOrThrow({ where: { id: rawId(id) } })).status;
}

describe('triage by the expert', () => {
  it('asks for information, and the requester’s answer sends the request back to triage', async () => {
    const request = await createRequest(server);
    const asked = await server.graphql(
      RequestInformationDocument,
      { requestId: request.id, message: 'Merci de joindre une photo avec un repère de taille.' },
      expert,
    );
    expect(asked.data?.requestInformation).toMatchObject({
      status: 'INFO_REQUESTED',
      allowedTransitions: ['SUBMITTED', 'DECLINED', 'REPORTED', 'WITHDRAWN'],
    });
    expect(asked.data?.requestInformation.lastMessage).toMatchObject({ kind: 'SYSTEM', sequence: 4 });

    // The expert's own further message does not end the wait.
    await server.graphql(
      PostMessageDocument,
      { input: { requestId: request.id, body: 'Et la date d’apparition.' } },
      expert,
    );
    expect(await statusOf(request.id)).toBe('INFO_REQUESTED');

    const answer = await server.graphql(
      PostMessageDocument,
      { input: { requestId: request.id, body: 'Photo jointe, apparue en août.' } },
      requester,
    );
    expect(answer.data?.postMessage).toMatchObject({ kind: 'TEXT', sequence: 6, request: { status: 'SUBMITTED' } });
    const system = await server.db.prisma.message.findFirstOrThrow({
      where: { requestId: rawId(request.id), sequence: 7 },
    });
    expect(system).toMatchObject({ kind: 'SYSTEM', status: 'SUBMITTED' });
  });

  it('accepts with a deadline in the future and at most 7 days after the request was sent', async () => {
    const request = await createRequest(server);
    const sentAt = new Date(request.createdAt).getTime();
    for (const responseDueAt of [inDays(-1), inDays(7.01, sentAt)]) {
      const response = await server.graphql(AcceptRequestDocument, { requestId: request.id, responseDueAt }, expert);
      expect(response.expectError('BAD_USER_INPUT').extensions).toMatchObject({ latestAllowed: inDays(7, sentAt) });
    }
    expect(await statusOf(request.id)).toBe('SUBMITTED');
    const due = inDays(3);
    const accepted = await server.graphql(AcceptRequestDocument, { requestId: request.id, responseDueAt: due }, expert);
    expect(accepted.data?.acceptRequest).toMatchObject({
      status: 'ACCEPTED',
      responseDueAt: due,
      dueAt: due,
      isOverdue: false,
    });
  });

  it('declines only with a justification, which is kept and shown', async () => {
    const request = await createRequest(server);
    const empty = await server.graphql(DeclineRequestDocument, { requestId: request.id, reason: '  ' }, expert);
    empty.expectError('BAD_USER_INPUT');
    const declined = await server.graphql(
      DeclineRequestDocument,
      { requestId: request.id, reason: 'Relève d’une consultation en présentiel.' },
      expert,
    );
    expect(declined.data?.declineRequest).toMatchObject({
      status: 'DECLINED',
      declineReason: 'Relève d’une consultation en présentiel.',
      allowedTransitions: [],
    });
    expect(declined.data?.declineRequest.lastMessage?.body).toContain('Relève d’une consultation en présentiel.');
  });

  it('lets only the expert triage, and only the requester side withdraw', async () => {
    const request = await createRequest(server);
    const due = inDays(2);
    for (const response of [
      await server.graphql(AcceptRequestDocument, { requestId: request.id, responseDueAt: due }, requester),
      await server.graphql(DeclineRequestDocument, { requestId: request.id, reason: 'non' }, requester),
      await server.graphql(RequestInformationDocument, { requestId: request.id, message: 'ok' }, requester),
      await server.graphql(WithdrawRequestDocument, { requestId: request.id, reason: 'non' }, expert),
    ]) {
      response.expectError('FORBIDDEN');
    }
    expect(await statusOf(request.id)).toBe('SUBMITTED');
    const withdrawn = await server.graphql(
      WithdrawRequestDocument,
      { requestId: request.id, reason: 'Patient vu en consultation entre-temps.' },
      requester,
    );
    expect(withdrawn.data?.withdrawRequest).toMatchObject({
      status: 'WITHDRAWN',
      withdrawReason: 'Patient vu en consultation entre-temps.',
    });
  });
});

describe('refused transitions', () => {
  it('answers CONFLICT and names the transitions that are possible', async () => {
    const request = await createRequest(server);
    await server.graphql(AcceptRequestDocument, { requestId: request.id, responseDueAt: inDays(2) }, expert);
    const again = await server.graphql(
      RequestInformationDocument,
      { requestId: request.id, message: 'Encore ?' },
      expert,
    );
    const conflict = again.expectError('CONFLICT', {
      message: /REPORTED \(submitReport\), WITHDRAWN \(withdrawRequest\)/,
    });
    expect(conflict.extensions).toMatchObject({ status: 'ACCEPTED', allowedTransitions: ['REPORTED', 'WITHDRAWN'] });
    await server.graphql(WithdrawRequestDocument, { requestId: request.id }, requester);
    for (const response of [
      await server.graphql(AcceptRequestDocument, { requestId: request.id, responseDueAt: inDays(2) }, expert),
      await server.graphql(DeclineRequestDocument, { requestId: request.id, reason: 'trop tard' }, expert),
      await server.graphql(WithdrawRequestDocument, { requestId: request.id }, requester),
      await server.graphql(PostMessageDocument, { input: { requestId: request.id, body: 'Encore là ?' } }, requester),
    ]) {
      expect(response.expectError('CONFLICT').extensions).toMatchObject({
        status: 'WITHDRAWN',
        allowedTransitions: [],
      });
    }
  });

  it('changes nothing when a refused transition is attempted', async () => {
    const request = await createRequest(server);
    const before = await server.db.prisma.teleexpertiseRequest.findUniqueOrThrow({ where: { id: rawId(request.id) } });
    const audits = await server.db.prisma.auditEvent.count({ where: { requestId: rawId(request.id) } });
    await server.graphql(AcceptRequestDocument, { requestId: request.id, responseDueAt: inDays(30) }, expert);
    expect(await server.db.prisma.teleexpertiseRequest.findUniqueOrThrow({ where: { id: rawId(request.id) } })).toEqual(
      before,
    );
    expect(await server.db.prisma.auditEvent.count({ where: { requestId: rawId(request.id) } })).toBe(audits);
  });
});

describe('deadlines', () => {
  it('marks a request overdue once its deadline passed without a report, and filters on it', async () => {
    const late = await createRequest(server, RPPS.colleague);
    const accepted = await createRequest(server, RPPS.colleague);
    const onTime = await createRequest(server, RPPS.colleague);
    await server.graphql(AcceptRequestDocument, { requestId: accepted.id, responseDueAt: inDays(1) }, expert);
    // Eight days later for the first; the accepted one's own deadline passed.
    await server.db.prisma.teleexpertiseRequest.update({
      where: { id: rawId(late.id) },
      data: { createdAt: new Date(inDays(-8)), dueAt: new Date(inDays(-1)) },
    });
    await server.db.prisma.teleexpertiseRequest.update({
      where: { id: rawId(accepted.id) },
      data: { dueAt: new Date(inDays(-0.5)) },
    });

    const overdueIds = async (overdue: boolean) => {
      const response = await server.graphql(
        InboxDocument,
        { filter: { overdue }, first: 100 },
        { rpps: RPPS.colleague },
      );
      return response.data!.requests.edges.map((e) => e.node.id);
    };
    expect((await overdueIds(true)).sort()).toEqual([late.id, accepted.id].sort());
    expect(await overdueIds(false)).toEqual([onTime.id]);
    const read = await server.graphql(RequestByIdDocument, { id: late.id }, expert);
    expect(read.data?.node).toMatchObject({ isOverdue: true });

    // A closed request is never overdue.
    await server.graphql(DeclineRequestDocument, { requestId: late.id, reason: 'Hors délai.' }, expert);
    expect(await overdueIds(true)).toEqual([accepted.id]);
  });
});
