// Redirection: an open request goes on to another expert, member or team with everything it holds, the 7 days
// running from the original; an absent expert hands their requests to the backup; a declined one is resubmitted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AcceptRequestDocument,
  CreateTeamRequestDocument,
  DeclareAbsenceDocument,
  DeclineRequestDocument,
  HandOverToBackupDocument,
  MessageAddedDocument,
  RedirectRequestDocument,
  ResubmitRequestDocument,
  TeamRequestDocument,
} from './generated/graphql.ts';
import { http } from './kit/graphql.ts';
import { openSocket } from './kit/live.ts';
import { freshPatient } from './kit/reports.ts';
import { files, globalId, inDays, professionalId, rawId, requestInput, RPPS } from './kit/requests.ts';
import { startTestServer, type TestServer } from './kit/server.ts';

const COORDINATOR = '10000000116'; // Dr Nicolas Chevalier, coordinator of the demonstration's dermatology service
const MEMBER = '10000000117'; // Dr Inès Roux, a member of it (as is Dr Rousseau, RPPS.expert)

let server: TestServer;
let teamId: string;
const idOf = async (rpps: string) => professionalId(server.db, rpps);

beforeAll(async () => {
  server = await startTestServer();
  const team = await server.db.prisma.team.findFirstOrThrow({ where: { members: { some: {} } }, select: { id: true } });
  teamId = globalId('Team', team.id);
});
afterAll(() => server?.stop());

/** A request to `to` (an expert's RPPS, or the team), with a photo. */
async function send(to: { rpps: string } | 'team') {
  const addressee = to === 'team' ? { expertId: null, teamId } : { expertId: await idOf(to.rpps) };
  const input = await requestInput(server.db, { ...addressee, patient: freshPatient(), attachments: [null] });
  const result = await server.upload(
    CreateTeamRequestDocument,
    { input },
    { 'input.attachments.0': files.png() },
    { rpps: RPPS.requester },
  );
  return result.expectData().createRequest;
}

const redirect = (
  requestId: string,
  rpps: string,
  target: { expertId?: string; teamId?: string },
  reason = 'Hors de mon champ',
) => server.graphql(RedirectRequestDocument, { requestId, ...target, reason }, { rpps });

type Seen = {
  viewerRole: string;
  status: string;
  expert: { id: string } | null;
  team: { id: string } | null;
  messages: { edges: { node: { kind: string; body: string; attachments: { url: string }[] } }[] };
};
const view = async (id: string, rpps: string) =>
  (await server.graphql(TeamRequestDocument, { id }, { rpps })) as unknown as {
    data?: { node: Seen | null };
    codes: unknown[];
  };

async function photoUrl(requestId: string, rpps: string): Promise<string> {
  const seen = (await view(requestId, rpps)).data!.node!;
  return seen.messages.edges.flatMap((edge) => edge.node.attachments).at(-1)!.url;
}

describe('redirecting a request', () => {
  it('moves it with its conversation and attachments, back to triage within the original 7 days', async () => {
    const request = await send({ rpps: RPPS.cardiologist });
    const accepted = await server.graphql(
      AcceptRequestDocument,
      { requestId: request.id, responseDueAt: inDays(2) },
      { rpps: RPPS.cardiologist },
    );
    accepted.expectData();
    const before = await server.db.prisma.teleexpertiseRequest.findUniqueOrThrow({ where: { id: rawId(request.id) } });
    const oldUrl = await photoUrl(request.id, RPPS.cardiologist);
    // Following the conversation while it is taken from them.
    const following = await openSocket(server.graphqlUrl, { rpps: RPPS.cardiologist });
    const followed = following.subscribe(MessageAddedDocument, { requestId: request.id });
    await expect
      .poll(() => server.app.live.listenerCount('request', rawId(request.id)), { timeout: 5000 })
      .toBeGreaterThan(0);

    const result = await redirect(request.id, RPPS.cardiologist, { expertId: await idOf(RPPS.rheumatologist) });
    expect(result.expectData().redirectRequest).toBeNull();
    const after = await server.db.prisma.teleexpertiseRequest.findUniqueOrThrow({ where: { id: rawId(request.id) } });
    expect(after).toMatchObject({ status: 'SUBMITTED', responseDueAt: null, acceptedAt: null, teamId: null });
    expect(after.dueAt.getTime()).toBe(before.createdAt.getTime() + 7 * 24 * 3600 * 1000);

    const seen = (await view(request.id, RPPS.rheumatologist)).data!.node!;
    expect(seen).toMatchObject({ viewerRole: 'EXPERT', status: 'SUBMITTED' });
    expect(seen.messages.edges.at(-1)!.node).toMatchObject({
      kind: 'SYSTEM',
      body: 'Pierre Fontaine now answers this request, redirected: Hors de mon champ',
    });
    expect((await http(await photoUrl(request.id, RPPS.rheumatologist))).status).toBe(200);
    // The previous expert sees nothing more, through node or the file's URL.
    expect((await view(request.id, RPPS.cardiologist)).codes).toEqual(['NOT_FOUND']);
    expect((await http(oldUrl)).status).toBe(404);
    const inbox = await server.graphql(
      `query { requests(first: 100) { edges { node { id } } } }`,
      {},
      {
        rpps: RPPS.cardiologist,
      },
    );
    expect(JSON.stringify(inbox.expectData())).not.toContain(request.id);
    // Their open subscription ends without the message recording the move.
    await followed.ended;
    await following.dispose();
    expect(followed.results.filter((r) => r.data)).toEqual([]);
    expect(followed.results.flatMap((r) => r.errors?.map((e) => e.extensions?.['code']) ?? [])).toEqual(['NOT_FOUND']);
    const socket = await openSocket(server.graphqlUrl, { rpps: RPPS.cardiologist });
    const feed = socket.subscribe(MessageAddedDocument, { requestId: request.id });
    await feed.ended;
    await socket.dispose();
    expect(feed.results.flatMap((r) => r.errors?.map((e) => e.extensions?.['code']) ?? [])).toEqual(['NOT_FOUND']);

    const told = await server.db.prisma.inboxEntry.findMany({
      where: { requestId: rawId(request.id), kind: 'REQUEST_REDIRECTED' },
      select: { professionalId: true },
    });
    const ids = await Promise.all([RPPS.requester, RPPS.cardiologist, RPPS.rheumatologist].map(idOf));
    expect(told.map((entry) => globalId('Professional', entry.professionalId)).sort()).toEqual(ids.sort());
    const trace = await server.db.prisma.auditEvent.findFirstOrThrow({
      where: { requestId: rawId(request.id), action: 'request.redirect' },
    });
    expect(trace.details).toMatchObject({ reason: 'Hors de mon champ', previousStatus: 'ACCEPTED' });
  });

  it('keeps a team request with its team when sent to another member, and the previous holder reads it still', async () => {
    const request = await send('team');
    await server.graphql(
      `mutation($id: ID!) { claimRequest(requestId: $id) { id } }`,
      { id: request.id },
      { rpps: MEMBER },
    );
    const moved = await redirect(request.id, MEMBER, { expertId: await idOf(RPPS.expert) });
    expect(moved.expectData().redirectRequest).toMatchObject({
      viewerRole: 'TEAM_MEMBER',
      expert: { id: await idOf(RPPS.expert) },
      team: { id: teamId },
    });
    expect((await view(request.id, RPPS.expert)).data!.node!.viewerRole).toBe('EXPERT');
  });

  it('puts it in a team’s queue when sent to a team, told to its members', async () => {
    const request = await send({ rpps: RPPS.cardiologist });
    const moved = await redirect(request.id, RPPS.cardiologist, { teamId });
    expect(moved.expectData().redirectRequest).toBeNull();
    for (const rpps of [COORDINATOR, MEMBER])
      expect((await view(request.id, rpps)).data!.node, rpps).toMatchObject({
        viewerRole: 'TEAM_MEMBER',
        expert: null,
      });
    const told = await server.db.prisma.inboxEntry.count({
      where: { requestId: rawId(request.id), kind: 'REQUEST_REDIRECTED' },
    });
    // The requester, the previous expert and the team's three members.
    expect(told).toBe(5);
  });

  it('is for the expert or a coordinator only, with a reason, to somewhere else that can take it', async () => {
    const request = await send({ rpps: RPPS.cardiologist });
    const rheumatologist = await idOf(RPPS.rheumatologist);
    expect((await redirect(request.id, RPPS.requester, { expertId: rheumatologist })).codes).toEqual(['FORBIDDEN']);
    expect((await redirect(request.id, RPPS.outsider, { expertId: rheumatologist })).codes).toEqual(['NOT_FOUND']);
    expect((await redirect(request.id, RPPS.cardiologist, { expertId: rheumatologist }, ' ')).codes).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect((await redirect(request.id, RPPS.cardiologist, { expertId: await idOf(RPPS.cardiologist) })).codes).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect((await redirect(request.id, RPPS.cardiologist, { expertId: await idOf(RPPS.requester) })).codes).toEqual([
      'NOT_FOUND',
    ]);
    const away = await server.graphql(
      DeclareAbsenceDocument,
      { input: { startsAt: inDays(-1), endsAt: inDays(5) } },
      { rpps: RPPS.rheumatologist },
    );
    const absenceId = away.expectData().declareAbsence.id;
    expect((await redirect(request.id, RPPS.cardiologist, { expertId: rheumatologist })).codes).toEqual([
      'EXPERT_ABSENT',
    ]);
    await server.graphql(
      `mutation($id: ID!) { cancelAbsence(id: $id) }`,
      { id: absenceId },
      { rpps: RPPS.rheumatologist },
    );
    const declined = await server.graphql(
      DeclineRequestDocument,
      { requestId: request.id, reason: 'Non' },
      { rpps: RPPS.cardiologist },
    );
    declined.expectData();
    expect((await redirect(request.id, RPPS.cardiologist, { expertId: rheumatologist })).codes).toEqual(['CONFLICT']);
  });
});

describe('an expert away', () => {
  it('hands every open request over to the backup at once, and only they can', async () => {
    const requests = [await send({ rpps: RPPS.cardiologist }), await send({ rpps: RPPS.cardiologist })];
    const away = await server.graphql(
      DeclareAbsenceDocument,
      { input: { startsAt: inDays(1), endsAt: inDays(10), backupExpertId: await idOf(RPPS.rheumatologist) } },
      { rpps: RPPS.cardiologist },
    );
    const absenceId = away.expectData().declareAbsence.id;
    const handOver = (rpps: string) =>
      server.graphql(HandOverToBackupDocument, { absenceId, reason: 'Congés' }, { rpps });
    expect((await handOver(RPPS.rheumatologist)).codes).toEqual(['FORBIDDEN']);
    const handed = (await handOver(RPPS.cardiologist)).expectData().handOverToBackup;
    expect(handed).toEqual(expect.arrayContaining(requests.map((request) => request.id)));
    const open = await server.db.prisma.teleexpertiseRequest.count({
      where: {
        expertId: rawId(await idOf(RPPS.cardiologist)),
        status: { in: ['SUBMITTED', 'INFO_REQUESTED', 'ACCEPTED'] },
      },
    });
    expect(open).toBe(0);
    for (const request of requests)
      expect((await view(request.id, RPPS.rheumatologist)).data!.node!.viewerRole).toBe('EXPERT');
  });
});

describe('a declined request', () => {
  it('is resubmitted to someone else with its question, patient, consent and attachments, linked to it', async () => {
    const request = await send({ rpps: RPPS.expert });
    (
      await server.graphql(
        DeclineRequestDocument,
        { requestId: request.id, reason: 'Hors champ' },
        { rpps: RPPS.expert },
      )
    ).expectData();
    const resubmit = (rpps: string, expertId: string) =>
      server.graphql(ResubmitRequestDocument, { requestId: request.id, expertId }, { rpps });
    const cardiologist = await idOf(RPPS.cardiologist);
    expect((await resubmit(RPPS.expert, cardiologist)).codes).toEqual(['FORBIDDEN']);
    expect((await resubmit(RPPS.requester, await idOf(RPPS.expert))).codes).toEqual(['BAD_USER_INPUT']);
    const again = (await resubmit(RPPS.requester, cardiologist)).expectData().resubmitRequest;
    const original = await server.db.prisma.teleexpertiseRequest.findUniqueOrThrow({
      where: { id: rawId(request.id) },
      include: { patient: true },
    });
    expect(again).toMatchObject({
      status: 'SUBMITTED',
      question: original.question,
      expert: { id: cardiologist },
      patient: { birthName: original.patient!.birthName },
      consent: { givenBy: original.consentGivenBy, collectedAt: original.consentCollectedAt!.toISOString() },
      resubmittedFrom: { id: request.id, status: 'DECLINED' },
    });
    const question = again.messages.edges[1]!.node;
    expect(question.attachments.map((attachment) => attachment.fileName)).toEqual(['lesion.png']);
    // Sent again: the same resubmission.
    expect((await resubmit(RPPS.requester, cardiologist)).expectData().resubmitRequest.id).toBe(again.id);
    // The expert who declined it does not follow it to the new request.
    expect((await view(again.id, RPPS.expert)).codes).toEqual(['NOT_FOUND']);
  });

  it('is the only kind resubmitted', async () => {
    const request = await send({ rpps: RPPS.expert });
    const resubmitted = await server.graphql(
      ResubmitRequestDocument,
      { requestId: request.id, expertId: await idOf(RPPS.cardiologist) },
      { rpps: RPPS.requester },
    );
    expect(resubmitted.codes).toEqual(['CONFLICT']);
  });
});
