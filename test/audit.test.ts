// The trace: every change writes its audit records in its own transaction, reads of patient data are traced, and the table is append-only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AcceptRequestDocument,
  ConversationDocument,
  GrantDelegationDocument,
  InboxDocument,
  RequestByIdDocument,
} from './generated/graphql.ts';
import { createRequest, professionalId, rawId, RPPS } from './kit/requests.ts';
import { startTestServer, type TestServer } from './kit/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const idOf = async (rpps: string) => rawId(await professionalId(server.db, rpps));
const trail = (requestId: string) =>
  server.db.prisma.auditEvent.findMany({ where: { requestId: rawId(requestId) }, orderBy: { id: 'asc' } });

describe('audit records', () => {
  it('say who did what to which record and when, acting for whom', async () => {
    await server.graphql(
      GrantDelegationDocument,
      { delegateId: await professionalId(server.db, RPPS.secretary) },
      { rpps: RPPS.colleague },
    );
    const request = await createRequest(server, RPPS.secretary, {
      onBehalfOfId: await professionalId(server.db, RPPS.colleague),
    });
    // The creation's own records; the response read the patient, which is traced apart.
    const records = (await trail(request.id)).filter((r) => r.action !== 'patient.read');
    const secretary = await idOf(RPPS.secretary);
    const colleague = await idOf(RPPS.colleague);
    expect(records.map((r) => [r.action, r.entityType])).toEqual([
      ['request.create', 'TeleexpertiseRequest'],
      ['consent.record', 'TeleexpertiseRequest'],
      ['patient.record', 'Patient'],
      ['message.post', 'Message'],
      ['message.post', 'Message'],
    ]);
    for (const record of records)
      expect(record).toMatchObject({ actorId: secretary, onBehalfOfId: colleague, at: new Date(request.createdAt) });
    expect(records[1]!.details).toEqual({ givenBy: 'PATIENT' });
    // Never health data: no question, no message body, no patient name in the details.
    expect(JSON.stringify(records.map((r) => r.details))).not.toMatch(/Lésion|Lefèvre|Marie/);

    const due = new Date(Date.now() + 2 * 24 * 3600 * 1000).toISOString();
    await server.graphql(AcceptRequestDocument, { requestId: request.id, responseDueAt: due }, { rpps: RPPS.expert });
    const accepted = (await trail(request.id)).filter((r) => r.action !== 'patient.read').slice(records.length);
    expect(accepted.map((r) => [r.action, r.details])).toEqual([
      ['request.status', { from: 'SUBMITTED', to: 'ACCEPTED' }],
      ['message.post', { sequence: 3, kind: 'SYSTEM', attachments: 0 }],
    ]);
    expect(accepted[0]).toMatchObject({ actorId: await idOf(RPPS.expert), onBehalfOfId: null });
  });

  it('trace each read of patient data, and only those', async () => {
    const request = await createRequest(server);
    const reads = () =>
      server.db.prisma.auditEvent.count({ where: { requestId: rawId(request.id), action: 'patient.read' } });
    const before = await reads();
    await server.graphql(RequestByIdDocument, { id: request.id }, { rpps: RPPS.expert });
    expect(await reads()).toBe(before + 1);
    const read = await server.db.prisma.auditEvent.findFirstOrThrow({
      where: { requestId: rawId(request.id), action: 'patient.read' },
      orderBy: { id: 'desc' },
    });
    expect(read).toMatchObject({ actorId: await idOf(RPPS.expert), entityType: 'Patient' });

    await server.graphql(InboxDocument, { first: 50 }, { rpps: RPPS.expert });
    expect(await reads()).toBe(before + 2);
    // A query that does not ask for the patient reads no patient data.
    await server.graphql(ConversationDocument, { id: request.id, first: 10 }, { rpps: RPPS.expert });
    expect(await reads()).toBe(before + 2);
  });
});

describe('the audit table', () => {
  it('refuses UPDATE, DELETE and TRUNCATE in the database itself', async () => {
    const request = await createRequest(server);
    const [record] = await trail(request.id);
    for (const sql of [
      `UPDATE "AuditEvent" SET "action" = 'nothing' WHERE "id" = ${record!.id}`,
      `DELETE FROM "AuditEvent" WHERE "id" = ${record!.id}`,
      'TRUNCATE "AuditEvent"',
    ]) {
      await expect(server.db.prisma.$executeRawUnsafe(sql), sql).rejects.toThrow(/append-only/);
    }
    expect((await trail(request.id))[0]).toEqual(record);
  });
});
