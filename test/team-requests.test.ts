// Requests to a team: they wait in the team's queue, told to every member, until a member claims one or a
// coordinator assigns it; members read them while they are members, and only the holder acts on them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AcceptRequestDocument,
  AssignRequestDocument,
  ClaimRequestDocument,
  CreateTeamRequestDocument,
  MarkReadDocument,
  MessageAddedDocument,
  PostMessageDocument,
  RemoveTeamMemberDocument,
  TeamInboxDocument,
  TeamQueueDocument,
  TeamRequestDocument,
} from './generated/graphql.ts';
import { sweepDeadlines } from '../src/domain/deadlines.ts';
import { http } from './kit/graphql.ts';
import { openSocket, type Socket } from './kit/live.ts';
import { freshPatient } from './kit/reports.ts';
import { files, globalId, inDays, postMessage, professionalId, rawId, requestInput, RPPS } from './kit/requests.ts';
import { startTestServer, type TestServer } from './kit/server.ts';

const COORDINATOR = '10000000116'; // Dr Nicolas Chevalier, coordinator of the demonstration's dermatology service
const MEMBER = '10000000117'; // Dr Inès Roux, a member of it (as is Dr Rousseau, RPPS.expert)
const SERVICE = 'Service de dermatologie – Hôpital Édouard-Herriot';

let server: TestServer;
let teamId: string;
const sockets: Socket[] = [];

beforeAll(async () => {
  server = await startTestServer();
  const team = await server.db.prisma.team.findFirstOrThrow({ where: { name: SERVICE }, select: { id: true } });
  teamId = globalId('Team', team.id);
});
afterAll(async () => {
  await Promise.all(sockets.map((socket) => socket.dispose()));
  await server?.stop();
});

async function sendToTeam(extra: Record<string, unknown> = {}, as: string = RPPS.requester) {
  const input = await requestInput(server.db, { expertId: null, teamId, patient: freshPatient(), ...extra });
  return server.graphql(CreateTeamRequestDocument, { input }, { rpps: as });
}

const view = (id: string, rpps: string) => server.graphql(TeamRequestDocument, { id }, { rpps });
const claim = (requestId: string, rpps: string) => server.graphql(ClaimRequestDocument, { requestId }, { rpps });
const queue = (rpps: string, page: { first?: number; after?: string; last?: number; before?: string } = {}) =>
  server.graphql(TeamQueueDocument, { teamId, ...page }, { rpps });

/** The inbox entries recorded for a request, as (professional's RPPS, kind) pairs. */
async function inboxOf(requestId: string) {
  const entries = await server.db.prisma.inboxEntry.findMany({ where: { requestId: rawId(requestId) } });
  const people = await server.db.prisma.professional.findMany({
    where: { id: { in: entries.map((entry) => entry.professionalId) } },
    select: { id: true, rpps: true },
  });
  const rpps = new Map(people.map((person) => [person.id, person.rpps]));
  return entries.map((entry) => [rpps.get(entry.professionalId), entry.kind]).sort();
}

describe('a request to a team', () => {
  it('waits unassigned, opens with the team’s prerequisites and is told to every member', async () => {
    const created = (await sendToTeam()).expectData().createRequest;
    expect(created).toMatchObject({ status: 'SUBMITTED', viewerRole: 'REQUESTER', expert: null, assignedAt: null });
    expect(created.team).toEqual({ id: teamId, name: SERVICE });
    const [prerequisites, question] = created.messages.edges.map((edge) => edge.node);
    expect(prerequisites).toMatchObject({ kind: 'PREREQUISITES', author: null });
    expect(prerequisites!.body).toContain('Photos nettes avec un repère de taille');
    expect(question).toMatchObject({ kind: 'TEXT' });
    expect(await inboxOf(created.id)).toEqual([
      [RPPS.requester, 'NEW_REQUEST'],
      [RPPS.expert, 'NEW_REQUEST'],
      [COORDINATOR, 'NEW_REQUEST'],
      [MEMBER, 'NEW_REQUEST'],
    ]);
    for (const rpps of [COORDINATOR, MEMBER, RPPS.expert]) {
      expect((await view(created.id, rpps)).expectData().node, rpps).toMatchObject({
        viewerRole: 'TEAM_MEMBER',
        expert: null,
        team: { id: teamId },
        unreadCount: 2,
      });
    }
  });

  it('is refused to a member of the team, and with both an expert and a team or neither', async () => {
    const expertId = await professionalId(server.db, RPPS.cardiologist);
    for (const [extra, as] of [
      [{}, MEMBER],
      [{ expertId }, RPPS.requester],
      [{ teamId: null }, RPPS.requester],
    ] as const) {
      expect((await sendToTeam(extra, as)).codes, JSON.stringify(extra)).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('is read, not acted on, by members who do not hold it: they must claim it first', async () => {
    const request = (await sendToTeam()).expectData().createRequest;
    const accepted = await server.graphql(
      AcceptRequestDocument,
      { requestId: request.id, responseDueAt: inDays(3) },
      { rpps: MEMBER },
    );
    expect(accepted.codes).toEqual(['FORBIDDEN']);
    expect(accepted.errors![0]!.message).toContain('Claim it');
    const posted = await server.graphql(
      PostMessageDocument,
      { input: { requestId: request.id, body: 'Vu' } },
      { rpps: MEMBER },
    );
    expect(posted.codes).toEqual(['FORBIDDEN']);
    const last = (await view(request.id, MEMBER)).expectData().node!;
    const upTo = (last as { messages: { edges: { node: { id: string } }[] } }).messages.edges.at(-1)!.node.id;
    const read = await server.graphql(MarkReadDocument, { requestId: request.id, upTo }, { rpps: MEMBER });
    expect(read.expectData().markRead.id).toBe(request.id);
  });
});

describe('claiming and assigning', () => {
  it('makes the claimer the expert, told to the requester and every member, with the unread count they left', async () => {
    const request = (await sendToTeam()).expectData().createRequest;
    await postMessage(server, request.id, RPPS.requester, 'Photo jointe demain.');
    const claimed = (await claim(request.id, MEMBER)).expectData().claimRequest;
    expect(claimed).toMatchObject({
      viewerRole: 'EXPERT',
      expert: { lastName: 'Roux' },
      assignedAt: expect.any(String),
    });
    // The prerequisites, the question and the requester's message (their own claim is not unread).
    expect(claimed.unreadCount).toBe(3);
    const after = await inboxOf(request.id);
    expect(after.filter(([, kind]) => kind === 'REQUEST_ASSIGNED')).toEqual([
      [RPPS.requester, 'REQUEST_ASSIGNED'],
      [RPPS.expert, 'REQUEST_ASSIGNED'],
      [COORDINATOR, 'REQUEST_ASSIGNED'],
      [MEMBER, 'REQUEST_ASSIGNED'],
    ]);
    const seen = (await view(request.id, RPPS.requester)).expectData().node as {
      expert: { lastName: string };
      messages: { edges: { node: { kind: string; body: string } }[] };
    };
    expect(seen.expert.lastName).toBe('Roux');
    expect(seen.messages.edges.at(-1)!.node).toMatchObject({ kind: 'SYSTEM', body: 'Inès Roux took the request' });
    expect((await view(request.id, RPPS.expert)).expectData().node).toMatchObject({ viewerRole: 'TEAM_MEMBER' });
    const accepted = await server.graphql(
      AcceptRequestDocument,
      { requestId: request.id, responseDueAt: inDays(3) },
      { rpps: MEMBER },
    );
    expect(accepted.expectData().acceptRequest.status).toBe('ACCEPTED');
  });

  it('is a CONFLICT naming the holder for the second claimer, and for an assignment after it', async () => {
    const request = (await sendToTeam()).expectData().createRequest;
    (await claim(request.id, RPPS.expert)).expectData();
    const second = await claim(request.id, MEMBER);
    expect(second.codes).toEqual(['CONFLICT']);
    expect(second.errors![0]!.extensions).toMatchObject({
      holder: { id: await professionalId(server.db, RPPS.expert), name: 'Hélène Rousseau' },
    });
    const memberId = await professionalId(server.db, MEMBER);
    const assigned = await server.graphql(
      AssignRequestDocument,
      { requestId: request.id, expertId: memberId },
      { rpps: COORDINATOR },
    );
    expect(assigned.codes).toEqual(['CONFLICT']);
  });

  it('lets only coordinators assign, and only to members', async () => {
    const request = (await sendToTeam()).expectData().createRequest;
    const memberId = await professionalId(server.db, MEMBER);
    const assign = (expertId: string, rpps: string) =>
      server.graphql(AssignRequestDocument, { requestId: request.id, expertId }, { rpps });
    expect((await assign(memberId, RPPS.expert)).codes).toEqual(['FORBIDDEN']);
    expect((await assign(await professionalId(server.db, RPPS.cardiologist), COORDINATOR)).codes).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect((await assign(memberId, RPPS.outsider)).codes).toEqual(['NOT_FOUND']);
    const assigned = (await assign(memberId, COORDINATOR)).expectData().assignRequest;
    expect(assigned).toMatchObject({ viewerRole: 'TEAM_MEMBER', expert: { id: memberId } });
    const seen = (await view(request.id, MEMBER)).expectData().node as {
      viewerRole: string;
      messages: { edges: { node: { body: string } }[] };
    };
    expect(seen.viewerRole).toBe('EXPERT');
    expect(seen.messages.edges.at(-1)!.node.body).toBe('Nicolas Chevalier assigned the request to Inès Roux');
  });

  it('refuses a request sent to an expert, and one withdrawn', async () => {
    const direct = await server.graphql(
      CreateTeamRequestDocument,
      { input: await requestInput(server.db, { patient: freshPatient() }) },
      { rpps: RPPS.requester },
    );
    expect((await claim(direct.expectData().createRequest.id, RPPS.expert)).codes).toEqual(['BAD_USER_INPUT']);
    const request = (await sendToTeam()).expectData().createRequest;
    await server.db.prisma.teleexpertiseRequest.update({
      where: { id: rawId(request.id) },
      data: { status: 'WITHDRAWN' },
    });
    expect((await claim(request.id, MEMBER)).codes).toEqual(['CONFLICT']);
  });
});

describe('the team queue', () => {
  it('lists the requests no one holds first, then the others, in pages that neither skip nor repeat', async () => {
    for (let i = 0; i < 2; i++) (await sendToTeam()).expectData();
    const all: { id: string; expert?: unknown }[] = [];
    let after: string | undefined;
    for (;;) {
      const page = (await queue(COORDINATOR, { first: 2, ...(after && { after }) })).expectData().requests;
      all.push(...page.edges.map((edge) => edge.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    const expected = await server.db.prisma.teleexpertiseRequest.findMany({
      where: { teamId: rawId(teamId) },
      orderBy: [{ lastActivityAt: 'desc' }, { id: 'desc' }],
      select: { id: true, expertId: true },
    });
    const inOrder = [...expected.filter((r) => !r.expertId), ...expected.filter((r) => r.expertId)];
    expect(all.map((node) => rawId(node.id))).toEqual(inOrder.map((r) => r.id));
    expect(all.some((node) => node.expert) && all.some((node) => !node.expert)).toBe(true);

    const backward: string[] = [];
    let before: string | undefined;
    for (;;) {
      const page = (await queue(COORDINATOR, { last: 3, ...(before && { before }) })).expectData().requests;
      backward.unshift(...page.edges.map((edge) => rawId(edge.node.id)));
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor!;
    }
    expect(backward).toEqual(inOrder.map((r) => r.id));
  });

  it('costs the same statements for a page of 2 as for a page of 10', async () => {
    const statements = async (first: number) =>
      (await server.statements(async () => (await queue(COORDINATOR, { first })).expectData())).statements.length;
    expect(await statements(10)).toBe(await statements(2));
  });

  it('is FORBIDDEN to anyone but the team’s members, and refuses a cursor of another list', async () => {
    expect((await queue(RPPS.requester)).codes).toEqual(['FORBIDDEN']);
    const inbox = await server.graphql(`query { requests(first: 1) { pageInfo { endCursor } } }`, {}, { rpps: MEMBER });
    const cursor = (inbox.expectData() as { requests: { pageInfo: { endCursor: string } } }).requests.pageInfo
      .endCursor;
    expect((await queue(MEMBER, { after: cursor })).codes).toEqual(['BAD_USER_INPUT']);
  });

  it('lives apart from the members’ own inboxes until a request is theirs', async () => {
    const request = (await sendToTeam()).expectData().createRequest;
    const own = async () => {
      const result = await server.graphql(
        `query { requests(first: 100) { edges { node { id } } } }`,
        {},
        { rpps: MEMBER },
      );
      return (result.expectData() as { requests: { edges: { node: { id: string } }[] } }).requests.edges.map(
        (edge) => edge.node.id,
      );
    };
    expect(await own()).not.toContain(request.id);
    (await claim(request.id, MEMBER)).expectData();
    expect(await own()).toContain(request.id);
  });
});

describe('live', () => {
  it('tells each member of a new request and of its claim over the inbox subscription, once each', async () => {
    const socket = await openSocket(server.graphqlUrl, { rpps: COORDINATOR });
    sockets.push(socket);
    const feed = socket.subscribe(TeamInboxDocument, {});
    const { id } = await server.db.prisma.professional.findUniqueOrThrow({ where: { rpps: COORDINATOR } });
    await expect.poll(() => server.app.live.listenerCount('inbox', id)).toBe(1);
    const request = (await sendToTeam()).expectData().createRequest;
    (await claim(request.id, MEMBER)).expectData();
    const [created, claimed] = await feed.take(2);
    expect(created!.inbox).toMatchObject({
      kind: 'NEW_REQUEST',
      request: { id: request.id, viewerRole: 'TEAM_MEMBER' },
    });
    expect(claimed!.inbox).toMatchObject({
      kind: 'REQUEST_ASSIGNED',
      request: { id: request.id, expert: { id: await professionalId(server.db, MEMBER) } },
      message: { kind: 'SYSTEM', body: 'Inès Roux took the request' },
    });
    expect(feed.results).toHaveLength(2);
  });
});

describe('deadlines', () => {
  it('warn the coordinators of a request no one holds, and not once a member holds it', async () => {
    const waiting = (await sendToTeam()).expectData().createRequest;
    const held = (await sendToTeam()).expectData().createRequest;
    (await claim(held.id, MEMBER)).expectData();
    const soon = new Date(Date.now() + 12 * 3600 * 1000);
    await server.db.prisma.teleexpertiseRequest.updateMany({
      where: { id: { in: [rawId(waiting.id), rawId(held.id)] } },
      data: { dueAt: soon },
    });
    const events = await sweepDeadlines({ prisma: server.db.prisma, publish: () => undefined });
    const toldOf = async (id: string) => {
      const event = events.find((one) => one.requestId === rawId(id) && one.kind === 'DEADLINE_APPROACHING')!;
      const people = await server.db.prisma.professional.findMany({
        where: { id: { in: event.participantIds } },
        select: { rpps: true },
      });
      return people.map((person) => person.rpps).sort();
    };
    expect(await toldOf(waiting.id)).toEqual([RPPS.requester, COORDINATOR].sort());
    expect(await toldOf(held.id)).toEqual([RPPS.requester, MEMBER].sort());
  });
});

describe('two members claiming at once', () => {
  it('gives the request to one; the others get a CONFLICT naming who has it', async () => {
    const claimers = [RPPS.expert, MEMBER, COORDINATOR];
    const names = new Map([
      [await professionalId(server.db, RPPS.expert), 'Hélène Rousseau'],
      [await professionalId(server.db, MEMBER), 'Inès Roux'],
      [await professionalId(server.db, COORDINATOR), 'Nicolas Chevalier'],
    ]);
    for (let round = 0; round < 5; round++) {
      const request = (await sendToTeam()).expectData().createRequest;
      const results = await Promise.all(claimers.map((rpps) => claim(request.id, rpps)));
      const won = results.filter((result) => result.data?.claimRequest);
      expect(won, `round ${round}`).toHaveLength(1);
      const holder = won[0]!.data!.claimRequest!.expert!.id;
      for (const lost of results.filter((result) => !result.data?.claimRequest)) {
        expect(lost.codes).toEqual(['CONFLICT']);
        expect(lost.errors![0]!.extensions?.['holder']).toEqual({ id: holder, name: names.get(holder) });
      }
      const row = await server.db.prisma.teleexpertiseRequest.findUniqueOrThrow({
        where: { id: rawId(request.id) },
        select: { expertId: true, lastSequence: true },
      });
      expect(globalId('Professional', row.expertId!)).toBe(holder);
      // The opening two messages and one claim.
      expect(row.lastSequence).toBe(3);
    }
  });
});

describe('a former member', () => {
  it('sees nothing of the team’s requests: not through node, the queue, subscriptions or file URLs', async () => {
    const created = await server.upload(
      CreateTeamRequestDocument,
      {
        input: await requestInput(server.db, {
          expertId: null,
          teamId,
          patient: freshPatient(),
          attachments: [null],
        }),
      },
      { 'input.attachments.0': files.png() },
      { rpps: RPPS.requester },
    );
    const request = created.expectData().createRequest;
    const seen = (await view(request.id, MEMBER)).expectData().node as {
      messages: { edges: { node: { attachments: { url: string }[] } }[] };
    };
    const url = seen.messages.edges.flatMap((edge) => edge.node.attachments).at(-1)!.url;
    expect((await http(url)).status).toBe(200);

    const memberRow = await server.db.prisma.professional.findUniqueOrThrow({ where: { rpps: MEMBER } });
    const heldBefore = await server.db.prisma.teleexpertiseRequest.findMany({
      where: {
        teamId: rawId(teamId),
        expertId: memberRow.id,
        status: { in: ['SUBMITTED', 'INFO_REQUESTED', 'ACCEPTED'] },
      },
      select: { id: true },
    });
    expect(heldBefore.length).toBeGreaterThan(0);
    const left = await server.graphql(
      RemoveTeamMemberDocument,
      { teamId, professionalId: await professionalId(server.db, MEMBER) },
      { rpps: MEMBER },
    );
    left.expectData();
    const after = await view(request.id, MEMBER);
    expect(after.data?.node ?? null).toBeNull();
    expect(after.codes).toEqual(['NOT_FOUND']);
    expect((await queue(MEMBER)).codes).toEqual(['FORBIDDEN']);
    expect((await http(url)).status).toBe(404);
    const socket = await openSocket(server.graphqlUrl, { rpps: MEMBER });
    sockets.push(socket);
    const feed = socket.subscribe(MessageAddedDocument, { requestId: request.id });
    await feed.ended;
    expect(feed.results.flatMap((result) => result.errors?.map((e) => e.extensions?.['code']) ?? [])).toEqual([
      'NOT_FOUND',
    ]);
    expect((await claim(request.id, MEMBER)).codes).toEqual(['NOT_FOUND']);
    // What they held waits in the queue again, for the others to take.
    const requeued = await server.db.prisma.teleexpertiseRequest.findMany({
      where: { id: { in: heldBefore.map((one) => one.id) } },
      select: { expertId: true, status: true, lastMessage: { select: { kind: true, body: true } } },
    });
    for (const one of requeued)
      expect(one).toEqual({
        expertId: null,
        status: 'SUBMITTED',
        lastMessage: { kind: 'SYSTEM', body: 'Inès Roux left the team: the request waits in its queue again' },
      });
  });
});
