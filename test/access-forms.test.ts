// Every form of the participant rule (docs/rules.md#participants-and-access) gives the same answer for every professional and request.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createHash, randomUUID } from 'node:crypto';
import { parse } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  DELEGATION_JOIN,
  isParticipant,
  lockRequest,
  participantSql,
  participantsOf,
  receivedRequestWhere,
  sideOf,
  sideWhere,
  teamRequestWhere,
  visibleRequestWhere,
  type PartySide,
  type Side,
} from '../src/domain/access.ts';
import { sweepDeadlines } from '../src/domain/deadlines.ts';
import { inboxPage, inboxWhere, teamQueuePage } from '../src/domain/inbox.ts';
import { DomainError } from '../src/domain/errors.ts';
import { Prisma } from '../src/generated/prisma/client.ts';
import { createLoaders } from '../src/graphql/loaders.ts';
import { participates } from '../src/graphql/request.ts';
import { globalId, RPPS } from './kit/requests.ts';
import { startTestServer, type TestServer } from './kit/server.ts';

/** Who is who in the cases below, by RPPS. */
const PEOPLE = {
  requester: RPPS.requester,
  colleague: RPPS.colleague,
  secretary: RPPS.secretary,
  outsider: RPPS.outsider,
  expert: RPPS.expert,
  cardiologist: RPPS.cardiologist,
  rheumatologist: RPPS.rheumatologist,
  nurse: '10000000006',
  coordinator: '10000000104',
  member: '10000000105',
  formerMember: '10000000103',
} as const;
type Person = keyof typeof PEOPLE;

/** The delegation a case is made under: live, revoked, or revoked while a newer one between the same two people is live. */
type DelegationState = 'live' | 'revoked' | 'superseded';

interface Case {
  name: string;
  requester: Person;
  onBehalfOf?: Person;
  delegation?: DelegationState;
  /** The expert: named, or the member of the team holding it; none while a team request waits in its queue. */
  expert?: Person;
  /** Sent to THE_TEAM rather than to an expert. */
  toTeam?: true;
  /** Report transmissions: to whom, in which role. */
  reportTo?: [Person, 'REQUESTER' | 'ON_BEHALF_OF' | 'TREATING_DOCTOR', 'IN_APP' | 'SECURE_EMAIL'][];
  synthesisTo?: Person[];
  /** What the rule says, written out: each participant's side. */
  sides: Partial<Record<Person, Side>>;
  /** Who received something without taking part (docs/rules.md#treating-doctor, #shared-synthesis). */
  received?: Person[];
}

const CASES: Case[] = [
  {
    name: 'asked directly',
    requester: 'requester',
    expert: 'expert',
    sides: { requester: 'REQUESTER', expert: 'EXPERT' },
  },
  {
    name: 'made by a delegate under a live delegation',
    requester: 'secretary',
    onBehalfOf: 'requester',
    delegation: 'live',
    expert: 'expert',
    sides: { secretary: 'REQUESTER', requester: 'REQUESTER', expert: 'EXPERT' },
  },
  {
    name: 'made by a delegate whose delegation was revoked, who was then sent its synthesis',
    requester: 'secretary',
    onBehalfOf: 'colleague',
    delegation: 'revoked',
    expert: 'cardiologist',
    synthesisTo: ['secretary'],
    sides: { colleague: 'REQUESTER', cardiologist: 'EXPERT' },
    received: ['secretary'],
  },
  {
    name: 'made under a revoked delegation while a newer one is live',
    requester: 'secretary',
    onBehalfOf: 'requester',
    delegation: 'superseded',
    expert: 'cardiologist',
    sides: { requester: 'REQUESTER', cardiologist: 'EXPERT' },
  },
  {
    name: 'whose report went to the treating doctor',
    requester: 'requester',
    expert: 'cardiologist',
    reportTo: [
      ['requester', 'REQUESTER', 'IN_APP'],
      ['rheumatologist', 'TREATING_DOCTOR', 'IN_APP'],
      ['rheumatologist', 'TREATING_DOCTOR', 'SECURE_EMAIL'],
    ],
    sides: { requester: 'REQUESTER', cardiologist: 'EXPERT' },
    received: ['rheumatologist'],
  },
  {
    name: 'whose treating doctor takes part (a secure mail, no second transmission in the app)',
    requester: 'colleague',
    expert: 'rheumatologist',
    reportTo: [
      ['colleague', 'REQUESTER', 'IN_APP'],
      ['colleague', 'TREATING_DOCTOR', 'SECURE_EMAIL'],
    ],
    sides: { colleague: 'REQUESTER', rheumatologist: 'EXPERT' },
  },
  {
    name: 'whose synthesis was shared',
    requester: 'colleague',
    expert: 'expert',
    synthesisTo: ['nurse'],
    sides: { colleague: 'REQUESTER', expert: 'EXPERT' },
    received: ['nurse'],
  },
  {
    name: 'asked by an expert of another expert',
    requester: 'expert',
    expert: 'cardiologist',
    sides: { expert: 'REQUESTER', cardiologist: 'EXPERT' },
  },
  {
    name: 'sent to a team, waiting in its queue',
    requester: 'requester',
    toTeam: true,
    sides: { requester: 'REQUESTER', coordinator: 'TEAM', member: 'TEAM' },
  },
  {
    name: 'sent to a team and held by one of its members',
    requester: 'requester',
    toTeam: true,
    expert: 'member',
    sides: { requester: 'REQUESTER', member: 'EXPERT', coordinator: 'TEAM' },
  },
  {
    name: 'sent to a team by a delegate whose delegation was revoked',
    requester: 'secretary',
    onBehalfOf: 'colleague',
    delegation: 'revoked',
    toTeam: true,
    sides: { colleague: 'REQUESTER', coordinator: 'TEAM', member: 'TEAM' },
  },
];

/** The team of the cases sent to a team; formerMember was one of its members and left. */
const THE_TEAM: { coordinators: Person[]; members: Person[]; formerMembers: Person[] } = {
  coordinators: ['coordinator'],
  members: ['member'],
  formerMembers: ['formerMember'],
};
let teamId: string;

let server: TestServer;
/** Every professional, by id. */
let professionals: { id: string; rpps: string }[];
const idOf = {} as Record<Person, string>;
/** Each case's request id. */
const requestIds = new Map<Case, string>();
const now = new Date();

beforeAll(async () => {
  server = await startTestServer();
  const { prisma } = server.db;
  professionals = await prisma.professional.findMany({ select: { id: true, rpps: true }, orderBy: { rpps: 'asc' } });
  for (const [person, rpps] of Object.entries(PEOPLE) as [Person, string][])
    idOf[person] = professionals.find((p) => p.rpps === rpps)!.id;
  const content = Buffer.from('%PDF-1.4\n%%EOF\n');
  const sha256 = createHash('sha256').update(content).digest('hex');
  await prisma.fileContent.create({ data: { sha256, bytes: content, size: content.length } });
  teamId = await seedTeam();
  for (const one of CASES) requestIds.set(one, await seed(one, sha256));
  await prisma.teamMember.deleteMany({
    where: { teamId, professionalId: { in: THE_TEAM.formerMembers.map((person) => idOf[person]) } },
  });
});
afterAll(() => server?.stop());

async function seedTeam(): Promise<string> {
  const role = (people: Person[], as: 'COORDINATOR' | 'MEMBER') =>
    people.map((person) => ({ professionalId: idOf[person], role: as, since: now }));
  const team = await server.db.prisma.team.create({
    data: {
      name: 'Équipe des cas',
      nameKey: 'equipe des cas',
      profession: 'PHYSICIAN',
      members: {
        create: [
          ...role(THE_TEAM.coordinators, 'COORDINATOR'),
          ...role([...THE_TEAM.members, ...THE_TEAM.formerMembers], 'MEMBER'),
        ],
      },
    },
    select: { id: true },
  });
  return team.id;
}

async function seed(one: Case, sha256: string): Promise<string> {
  const { prisma } = server.db;
  const delegation =
    one.delegation && one.onBehalfOf ? await delegationFor(one.onBehalfOf, one.requester, one.delegation) : null;
  const request = await prisma.teleexpertiseRequest.create({
    data: {
      requesterId: idOf[one.requester],
      onBehalfOfId: one.onBehalfOf ? idOf[one.onBehalfOf] : null,
      delegationId: delegation,
      expertId: one.expert ? idOf[one.expert] : null,
      teamId: one.toTeam ? teamId : null,
      question: one.name,
      consentGivenBy: 'PATIENT',
      consentCollectedAt: now,
      dueAt: new Date(now.getTime() - 60_000),
      lastActivityAt: now,
    },
    select: { id: true },
  });
  if (one.reportTo) {
    const report = await prisma.report.create({
      data: {
        requestId: request.id,
        version: 1,
        conclusion: 'Avis',
        followUp: 'NONE',
        authorId: idOf[one.expert!],
        signedAt: now,
      },
      select: { id: true },
    });
    await prisma.reportTransmission.createMany({
      data: one.reportTo.map(([to, role, channel]) => ({
        reportId: report.id,
        recipientId: idOf[to],
        role,
        channel,
        queuedAt: now,
      })),
    });
  }
  for (const to of one.synthesisTo ?? []) {
    await prisma.synthesisShare.create({
      data: {
        requestId: request.id,
        sharedById: idOf[one.onBehalfOf ?? one.requester],
        recipientId: idOf[to],
        sha256,
        size: 15,
        createdAt: now,
      },
    });
  }
  return request.id;
}

/** The delegation a case is made under; a superseded one has a live successor between the same two people. */
async function delegationFor(delegator: Person, delegate: Person, state: DelegationState): Promise<string> {
  const { prisma } = server.db;
  const people = { delegatorId: idOf[delegator], delegateId: idOf[delegate] };
  const made = await prisma.delegation.create({
    data: { ...people, revokedAt: state === 'live' ? null : now },
    select: { id: true },
  });
  if (state === 'superseded') await prisma.delegation.create({ data: people });
  return made.id;
}

/** What the rule says of `viewerId` in `one`. */
function expectedSide(one: Case, viewerId: string): Side | null {
  const person = (Object.keys(idOf) as Person[]).find((p) => idOf[p] === viewerId);
  return (person && one.sides[person]) ?? null;
}

const idsOf = (people: Iterable<Person>) => [...new Set([...people].map((person) => idOf[person]))].sort();

/** The case's parties: everyone with a side but TEAM. */
function partiesOf(one: Case): Person[] {
  return (Object.keys(one.sides) as Person[]).filter((person) => one.sides[person] !== 'TEAM');
}

/** Who is told of a change: the parties, and the team's members while no one holds the request. */
function toldOf(one: Case): string[] {
  const members = one.toTeam && !one.expert ? [...THE_TEAM.coordinators, ...THE_TEAM.members] : [];
  return idsOf([...partiesOf(one), ...members]);
}

/** Who is told the deadline passed: the parties, and a team's coordinators. */
function overdueToldOf(one: Case): string[] {
  return idsOf([...partiesOf(one), ...(one.toTeam ? THE_TEAM.coordinators : [])]);
}

/** Whether the viewer is a member of THE_TEAM now. */
function isMember(viewerId: string): boolean {
  return idsOf([...THE_TEAM.coordinators, ...THE_TEAM.members]).includes(viewerId);
}

/** The side, in the viewer's own inbox: a team's requests are in its queue instead. */
function inboxSide(side: Side | null): Side | null {
  return side === 'TEAM' ? null : side;
}

function receiverIdsOf(one: Case): string[] {
  const fromReports = (one.reportTo ?? []).filter(([, role]) => role === 'TREATING_DOCTOR').map(([to]) => idOf[to]);
  return [...new Set([...fromReports, ...(one.synthesisTo ?? []).map((to) => idOf[to])])].sort();
}

/** For each case, what `answer` says of the viewer. */
async function perCase<T>(answer: (one: Case, requestId: string) => Promise<T> | T): Promise<Record<string, T>> {
  const answers: Record<string, T> = {};
  for (const one of CASES) answers[one.name] = await answer(one, requestIds.get(one)!);
  return answers;
}

/** Each case's side for the viewer, from the sets of requests matched on each side. */
function sidesFrom(
  requester: Set<string>,
  expert: Set<string>,
  team: Set<string>,
  either: Set<string>,
): Record<string, Side | null | 'disagreement'> {
  const sides: Record<string, Side | null | 'disagreement'> = {};
  for (const one of CASES) {
    const id = requestIds.get(one)!;
    const side = expert.has(id) ? 'EXPERT' : requester.has(id) ? 'REQUESTER' : team.has(id) ? 'TEAM' : null;
    sides[one.name] = (side !== null) === either.has(id) ? side : 'disagreement';
  }
  return sides;
}

async function prismaSides(viewerId: string) {
  const ids = async (where: Prisma.TeleexpertiseRequestWhereInput) =>
    new Set(
      (await server.db.prisma.teleexpertiseRequest.findMany({ where, select: { id: true } })).map((row) => row.id),
    );
  return sidesFrom(
    await ids(sideWhere(viewerId, 'REQUESTER')),
    await ids(sideWhere(viewerId, 'EXPERT')),
    await ids(teamRequestWhere(viewerId)),
    await ids(visibleRequestWhere(viewerId)),
  );
}

async function inboxWhereSides(viewerId: string) {
  const ids = async (role: PartySide | null) =>
    new Set(
      (
        await server.db.prisma.teleexpertiseRequest.findMany({
          where: { AND: inboxWhere(viewerId, { role }, now) },
          select: { id: true },
        })
      ).map((row) => row.id),
    );
  return sidesFrom(await ids('REQUESTER'), await ids('EXPERT'), new Set(), await ids(null));
}

async function sqlSides(viewerId: string) {
  const ids = async (side?: Side) =>
    new Set(
      (
        await server.db.prisma.$queryRaw<{ id: string }[]>(
          Prisma.sql`SELECT r."id" FROM "TeleexpertiseRequest" r ${DELEGATION_JOIN} WHERE ${participantSql(viewerId, side)}`,
        )
      ).map((row) => row.id),
    );
  return sidesFrom(await ids('REQUESTER'), await ids('EXPERT'), await ids('TEAM'), await ids());
}

async function inboxSides(viewerId: string) {
  const ids = async (role: PartySide | null) =>
    new Set(
      (await inboxPage(server.db.prisma, viewerId, { filter: { role }, cursor: null, take: 100, now })).map(
        (entry) => entry.id,
      ),
    );
  return sidesFrom(await ids('REQUESTER'), await ids('EXPERT'), new Set(), await ids(null));
}

/** The team's queue as the viewer reads it, in its SQL and Prisma forms: the requests sent to it, or FORBIDDEN. */
async function queueAnswers(viewerId: string) {
  try {
    const page = await teamQueuePage(server.db.prisma, viewerId, teamId, { filter: {}, cursor: null, take: 100, now });
    const read = await server.db.prisma.teleexpertiseRequest.findMany({
      where: { AND: inboxWhere(viewerId, { teamId }, now) },
      select: { id: true },
    });
    return { sql: page.map((entry) => entry.id).sort(), prisma: read.map((row) => row.id).sort() };
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

/** The lock's answer: the caller's side and who is told of changes, or the error's code; `members`: as for a team member's action. */
async function lockSides(viewerId: string, members: boolean) {
  return perCase(async (_one, requestId) => {
    try {
      const locked = await server.db.prisma.$transaction((tx) => lockRequest(tx, requestId, viewerId, { members }));
      return { side: locked.side, told: [...locked.participantIds].sort() };
    } catch (error) {
      if (error instanceof DomainError) return error.code;
      throw error;
    }
  });
}

/** The request rows with the state of their delegation, as JavaScript checks get them. */
async function loadedRequests() {
  const rows = await server.db.prisma.teleexpertiseRequest.findMany({
    where: { id: { in: [...requestIds.values()] } },
    select: {
      id: true,
      requesterId: true,
      onBehalfOfId: true,
      expertId: true,
      teamId: true,
      delegationId: true,
      delegation: { select: { revokedAt: true } },
    },
  });
  return new Map(
    rows.map(({ delegation, ...row }) => [
      row.id,
      { row, delegationLive: delegation === null || delegation.revokedAt === null },
    ]),
  );
}

const NodesAccess = parse(`query NodesAccess($ids: [ID!]!) {
  withRole: nodes(ids: $ids) { id ... on TeleexpertiseRequest { viewerRole } }
  idOnly: nodes(ids: $ids) { id }
}`) as TypedDocumentNode<
  { withRole: ({ id: string; viewerRole: string } | null)[]; idOnly: ({ id: string } | null)[] },
  { ids: string[] }
>;

/** What GraphQL answers the viewer: their side, only the id (something received), or NOT_FOUND. */
async function graphqlAnswers(rpps: string) {
  const ids = CASES.map((one) => globalId('TeleexpertiseRequest', requestIds.get(one)!));
  const response = await server.graphql(NodesAccess, { ids }, { rpps });
  const codeAt = (field: string, index: number) =>
    response.errors?.find((e) => e.path?.[0] === field && e.path[1] === index)?.extensions?.['code'];
  return perCase((one) => {
    const index = CASES.indexOf(one);
    return {
      role: response.data?.withRole[index]?.viewerRole ?? codeAt('withRole', index),
      id: response.data?.idOnly[index] ? 'READ' : codeAt('idOnly', index),
    };
  });
}

it('gives every professional, on every request, the side the rule says, in the Prisma, SQL, lock, inbox, queue and JavaScript forms and through GraphQL', async () => {
  const loaded = await loadedRequests();
  const teamCases = CASES.filter((one) => one.toTeam).map((one) => requestIds.get(one)!);
  for (const viewer of professionals) {
    const expected = await perCase((one) => expectedSide(one, viewer.id));
    const inInbox = await perCase((one) => inboxSide(expectedSide(one, viewer.id)));
    const context = `as ${viewer.rpps}`;
    expect(await prismaSides(viewer.id), context).toEqual(expected);
    expect(await inboxWhereSides(viewer.id), context).toEqual(inInbox);
    expect(await sqlSides(viewer.id), context).toEqual(expected);
    expect(await inboxSides(viewer.id), context).toEqual(inInbox);
    const queue = isMember(viewer.id) ? { sql: teamCases.sort(), prisma: teamCases.sort() } : 'FORBIDDEN';
    expect(await queueAnswers(viewer.id), context).toEqual(queue);
    for (const members of [false, true]) {
      expect(await lockSides(viewer.id, members), `${context}, members ${members}`).toEqual(
        await perCase((one) => {
          const side = expectedSide(one, viewer.id);
          if (!side) return 'NOT_FOUND';
          return side === 'TEAM' && !members ? 'FORBIDDEN' : { side, told: toldOf(one) };
        }),
      );
    }
    const loaders = createLoaders(server.db, viewer.id);
    const teamMember = isMember(viewer.id);
    expect(
      await perCase(async (_one, id) => {
        const { row, delegationLive } = loaded.get(id)!;
        const lazily = await isParticipant(row, viewer.id, {
          delegationLive: (delegationId) => loaders.delegationLive.load(delegationId),
          teamMember: (team) => loaders.teamMember.load(team),
        });
        const wrapped = await participates(row, { viewer, loaders });
        const side = sideOf(row, { delegationLive, teamMember }, viewer.id) ?? null;
        return (side !== null) === lazily && lazily === wrapped ? side : 'disagreement';
      }),
      context,
    ).toEqual(expected);
    expect(await graphqlAnswers(viewer.rpps), context).toEqual(
      await perCase((one) => {
        const side = expectedSide(one, viewer.id);
        if (side) return { role: side === 'TEAM' ? 'TEAM_MEMBER' : side, id: 'READ' };
        return receiverIdsOf(one).includes(viewer.id)
          ? { role: 'FORBIDDEN', id: 'READ' }
          : { role: 'NOT_FOUND', id: 'NOT_FOUND' };
      }),
    );
  }
});

it('finds what a treating doctor or a synthesis recipient received, and makes neither a participant', async () => {
  for (const viewer of professionals) {
    const received = new Set(
      (
        await server.db.prisma.teleexpertiseRequest.findMany({
          where: receivedRequestWhere(viewer.id),
          select: { id: true },
        })
      ).map((row) => row.id),
    );
    expect(await perCase((_one, id) => received.has(id)), `as ${viewer.rpps}`).toEqual(
      await perCase((one) => receiverIdsOf(one).includes(viewer.id)),
    );
  }
  for (const one of CASES)
    for (const person of one.received ?? []) expect(expectedSide(one, idOf[person]), one.name).toBeNull();
});

it('tells of each change, and of each deadline, exactly the participants', async () => {
  const loaded = await loadedRequests();
  expect(
    await perCase((_one, id) => {
      const { row, delegationLive } = loaded.get(id)!;
      return participantsOf(row, delegationLive).sort();
    }),
  ).toEqual(await perCase((one) => idsOf(partiesOf(one))));

  const events = await sweepDeadlines({ prisma: server.db.prisma, publish: () => undefined }, now);
  expect(
    await perCase((_one, id) =>
      events.filter((event) => event.requestId === id).map((event) => [event.kind, [...event.participantIds].sort()]),
    ),
  ).toEqual(await perCase((one) => [['OVERDUE', overdueToldOf(one)]]));
});
