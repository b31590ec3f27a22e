// Availability: experts and teams declare absences with a backup, the directory shows them, and a request to an
// expert who is away or takes no new request is refused before anything is sent.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  AvailabilityDocument,
  CancelAbsenceDocument,
  CreateRequestDocument,
  DeclareAbsenceDocument,
  DirectoryDocument,
  SetAcceptsNewRequestsDocument,
} from './generated/graphql.ts';
import { freshPatient } from './kit/reports.ts';
import { globalId, inDays, professionalId, rawId, requestInput, RPPS } from './kit/requests.ts';
import { startTestServer, type TestServer } from './kit/server.ts';

const COORDINATOR = '10000000116'; // Dr Nicolas Chevalier, coordinator of the demonstration's dermatology service
let server: TestServer;
let serviceId: string;

beforeAll(async () => {
  server = await startTestServer();
  const result = await server.graphql(DirectoryDocument, { filter: { text: 'herriot' } }, { rpps: RPPS.requester });
  serviceId = result.expectData().directory.edges.find((edge) => edge.node.__typename === 'Team')!.node.id;
});
afterAll(() => server?.stop());
beforeEach(async () => {
  await server.db.prisma.absence.deleteMany({});
  await server.db.prisma.expertProfile.updateMany({ data: { acceptsNewRequests: true } });
});

async function declare(rpps: string, input: Record<string, unknown>) {
  return server.graphql(
    DeclareAbsenceDocument,
    { input: { startsAt: inDays(-1), endsAt: inDays(10), ...input } },
    { rpps },
  );
}

async function sendTo(rpps: string, extra: Record<string, unknown> = {}) {
  const input = await requestInput(server.db, {
    expertId: await professionalId(server.db, rpps),
    patient: freshPatient(),
    ...extra,
  });
  return server.graphql(CreateRequestDocument, { input }, { rpps: RPPS.requester });
}

const requestCount = () => server.db.prisma.teleexpertiseRequest.count();

describe('an expert away', () => {
  it('is shown in the directory with the return date, the message and the backup', async () => {
    const backupId = await professionalId(server.db, '10000000111');
    const declared = await declare(RPPS.expert, { message: 'Congés d’hiver', backupExpertId: backupId });
    expect(declared.expectData().declareAbsence).toMatchObject({
      current: true,
      message: 'Congés d’hiver',
      backup: { __typename: 'Professional', id: backupId, lastName: 'Morel' },
    });
    const shown = await server.graphql(
      AvailabilityDocument,
      { filter: { text: 'rousseau' } },
      { rpps: RPPS.requester },
    );
    const [expert] = shown.expectData().experts.edges;
    expect(expert!.node.expertProfile).toMatchObject({
      acceptsNewRequests: true,
      absences: [{ current: true, endsAt: expect.any(String), backup: { lastName: 'Morel' } }],
    });
  });

  it('is told to the requester before anything is sent, and a requester who chooses to wait sends', async () => {
    const endsAt = inDays(10);
    await declare(RPPS.expert, { endsAt, backupTeamId: serviceId, message: 'Formation' });
    const before = await requestCount();
    const refused = (await sendTo(RPPS.expert)).expectError('EXPERT_ABSENT', { message: /away until/ });
    expect(refused.extensions).toMatchObject({
      returnsAt: new Date(endsAt).toISOString(),
      absenceMessage: 'Formation',
      backup: { id: serviceId, name: 'Service de dermatologie – Hôpital Édouard-Herriot' },
    });
    expect(await requestCount()).toBe(before);
    (await sendTo(RPPS.expert, { waitForReturn: true })).expectData();
    expect(await requestCount()).toBe(before + 1);
  });

  it('takes requests again once the absence is over or cancelled, and before it starts', async () => {
    const later = await declare(RPPS.expert, { startsAt: inDays(2), endsAt: inDays(5) });
    expect(later.expectData().declareAbsence.current).toBe(false);
    (await sendTo(RPPS.expert)).expectData();
    const now = await declare(RPPS.expert, {});
    (await sendTo(RPPS.expert)).expectError('EXPERT_ABSENT');
    const cancelled = await server.graphql(
      CancelAbsenceDocument,
      { id: now.expectData().declareAbsence.id },
      { rpps: RPPS.outsider },
    );
    cancelled.expectError('FORBIDDEN');
    await server.graphql(CancelAbsenceDocument, { id: now.data!.declareAbsence.id }, { rpps: RPPS.expert });
    (await sendTo(RPPS.expert)).expectData();
    const actions = await server.db.prisma.auditEvent.findMany({
      where: { entityId: rawId(now.data!.declareAbsence.id) },
      orderBy: { id: 'asc' },
    });
    expect(actions.map((row) => row.action)).toEqual(['absence.declare', 'absence.cancel']);
  });

  it('tells the return of absences that follow each other, not the end of the first', async () => {
    const now = Date.now();
    await declare(RPPS.expert, { startsAt: inDays(-1, now), endsAt: inDays(3, now) });
    const second = inDays(8, now);
    await declare(RPPS.expert, { startsAt: inDays(3, now), endsAt: second });
    // After a gap: the expert is back in between.
    await declare(RPPS.expert, { startsAt: inDays(9, now), endsAt: inDays(12, now) });
    const refused = (await sendTo(RPPS.expert)).expectError('EXPERT_ABSENT');
    expect(refused.extensions?.['returnsAt']).toBe(new Date(second).toISOString());
  });

  it('refuses periods and backups that make no sense, writing nothing', async () => {
    const cases: [Record<string, unknown>, string, RegExp?][] = [
      [{ startsAt: inDays(3), endsAt: inDays(2) }, 'endsAt'],
      [{ startsAt: inDays(-3), endsAt: inDays(-2) }, 'endsAt'],
      [{ endsAt: inDays(500) }, 'endsAt'],
      [{ message: 'x'.repeat(501) }, 'message'],
      [{ backupExpertId: await professionalId(server.db, RPPS.expert) }, 'backupExpertId'],
    ];
    for (const [input, field] of cases)
      expect((await declare(RPPS.expert, input)).expectError('BAD_USER_INPUT').extensions?.['field']).toBe(field);
    const unlisted = await declare(RPPS.expert, { backupExpertId: await professionalId(server.db, RPPS.unlisted) });
    unlisted.expectError('NOT_FOUND');
    (await declare(RPPS.requester, {})).expectError('BAD_USER_INPUT', { message: /Only an expert/ });
    (await declare(RPPS.unlisted, {})).expectError('BAD_USER_INPUT', { message: /Only an expert/ });
    expect(await server.db.prisma.absence.count()).toBe(0);
  });
});

describe('an expert taking no new request', () => {
  it('is shown so, and createRequest is refused before anything is sent', async () => {
    const set = await server.graphql(SetAcceptsNewRequestsDocument, { accepts: false }, { rpps: RPPS.cardiologist });
    expect(set.expectData().updateExpertProfile.acceptsNewRequests).toBe(false);
    const before = await requestCount();
    (await sendTo(RPPS.cardiologist, { waitForReturn: true })).expectError('EXPERT_UNAVAILABLE');
    expect(await requestCount()).toBe(before);
  });
});

describe('a team away', () => {
  it('is declared by its coordinators only, and shown in the directory', async () => {
    (await declare(RPPS.expert, { teamId: serviceId })).expectError('FORBIDDEN');
    (await declare(COORDINATOR, { teamId: serviceId, message: 'Fermeture estivale' })).expectData();
    const shown = await server.graphql(AvailabilityDocument, { filter: { text: 'herriot' } }, { rpps: RPPS.requester });
    const team = shown.expectData().directory.edges.find((edge) => edge.node.__typename === 'Team')!.node;
    expect(team).toMatchObject({ acceptsNewRequests: true, absences: [{ message: 'Fermeture estivale' }] });
    // An unknown team is NOT_FOUND, as any unknown id.
    const unknown = globalId('Team', '01900000-0000-7000-8000-000000000000');
    (await declare(COORDINATOR, { teamId: unknown })).expectError('NOT_FOUND');
  });
});
