// A plain text message is written in one statement (src/domain/plain-text.ts): its effects (the message, the request's
// counters and latest message, the audit record, the inbox log, what is published) must equal, field by field,
// those of the general path's transaction, for every kind of party; and where something is left to decide, it
// writes nothing and leaves the answer to the general path.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeEvent, Services } from '../src/domain/changes.ts';
import { postInTransaction } from '../src/domain/conversation.ts';
import type { InboxEntry } from '../src/domain/inbox-log.ts';
import { postPlainText } from '../src/domain/plain-text.ts';
import type { Message } from '../src/generated/prisma/client.ts';
import {
  ClaimRequestDocument,
  CreateTeamRequestDocument,
  DeclineRequestDocument,
  RequestInformationDocument,
  RevokeDelegationDocument,
} from './generated/graphql.ts';
import { expectNothingWritten } from './kit/hostile.ts';
import { freshPatient } from './kit/reports.ts';
import { createRequest, globalId, grantDelegation, rawId, requestInput, RPPS } from './kit/requests.ts';
import { startTestServer, type TestServer } from './kit/server.ts';

const COORDINATOR = '10000000116'; // coordinator of the demonstration's dermatology service
const MEMBER = '10000000117'; // a member of it, as is RPPS.expert
const SERVICE = 'Service de dermatologie – Hôpital Édouard-Herriot';

let server: TestServer;
let services: Services;
const published: { events: ChangeEvent[]; inbox: InboxEntry[] }[] = [];
const ids = new Map<string, string>();

beforeAll(async () => {
  server = await startTestServer();
  services = { prisma: server.db.prisma, publish: (events, inbox) => published.push({ events, inbox }) };
  const people = await server.db.prisma.professional.findMany({ select: { id: true, rpps: true } });
  for (const { id, rpps } of people) ids.set(rpps, id);
});
afterAll(() => server?.stop());

const id = (rpps: string) => ids.get(rpps)!;
const rppsOf = (professionalId: string) => [...ids].find(([, value]) => value === professionalId)?.[0];
const general = (requestId: string, author: string, body: string, clientMessageId: string | null = null) =>
  postInTransaction(services, id(author), { requestId, body, clientMessageId, files: [] });
const oneStatement = (requestId: string, author: string, body: string, clientMessageId: string | null = null) =>
  postPlainText(services, id(author), { requestId, body, clientMessageId });

/**
 * What a post changed, relative to what was there (sequence and positions as steps, the new message's id as
 * MESSAGE, the professionals by RPPS), so that two posts in a row can be compared.
 */
async function effects(requestId: string, write: () => Promise<Message | null>) {
  const prisma = server.db.prisma;
  const before = await prisma.teleexpertiseRequest.findUniqueOrThrow({ where: { id: requestId } });
  const heads = new Map((await prisma.inboxCounter.findMany()).map((c) => [c.professionalId, c.position]));
  const lastAudit = (await prisma.auditEvent.aggregate({ _max: { id: true } }))._max.id ?? 0n;
  published.length = 0;
  const message = await write();
  if (!message) throw new Error('nothing was written');
  const named = (value: unknown) => (value === message.id ? 'MESSAGE' : value);
  const at = (time: Date) => (time.getTime() === message.createdAt.getTime() ? 'the message time' : time);
  const entry = (e: {
    professionalId: string;
    position: number;
    kind: string;
    requestId: string;
    messageId?: string | null;
  }) => ({
    to: rppsOf(e.professionalId),
    step: e.position - (heads.get(e.professionalId) ?? 0),
    kind: e.kind,
    request: e.requestId === requestId,
    message: named(e.messageId),
  });
  const sorted = <T extends { to?: string }>(list: T[]) =>
    list.sort((a, b) => String(a.to).localeCompare(String(b.to)));

  const after = await prisma.teleexpertiseRequest.findUniqueOrThrow({ where: { id: requestId } });
  const request: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    const old = (before as Record<string, unknown>)[key];
    if (JSON.stringify(value) === JSON.stringify(old)) continue;
    if (typeof value === 'number') request[key] = `+${value - (old as number)}`;
    else if (key === 'updatedAt') request[key] = (value as Date) > (old as Date) ? 'later' : value;
    else request[key] = value instanceof Date ? at(value) : named(value);
  }
  const audit = await prisma.auditEvent.findMany({ where: { id: { gt: lastAudit } }, orderBy: { id: 'asc' } });
  const inbox = await prisma.inboxEntry.findMany({ where: { messageId: message.id } });
  const { id: _id, createdAt, sequence, ...fields } = message;
  return {
    message: { ...fields, step: sequence - before.lastSequence, createdAt: at(createdAt) },
    request,
    audit: audit.map(({ id: _audit, at: time, entityId, details, ...rest }) => ({
      ...rest,
      at: at(time),
      entityId: named(entityId),
      details: { ...(details as object), sequence: (details as { sequence: number }).sequence === sequence },
    })),
    inbox: sorted(inbox.map(entry)),
    published: published.map((change) => ({
      events: change.events.map((event) => ({
        ...event,
        messageId: named((event as { messageId?: string }).messageId),
        sequence: (event as { sequence?: number }).sequence === sequence,
        participantIds: event.participantIds.map(rppsOf).sort(),
      })),
      inbox: sorted(change.inbox.map((e) => entry(e))),
    })),
  };
}

let keys = 0;

/** Posts by `author` through both paths, one after the other, and expects the same effects; returns them. */
async function expectSameEffects(requestId: string, author: string) {
  const [one, other] = [`k-${(keys += 1)}`, `k-${(keys += 1)}`];
  const first = await effects(requestId, () => general(requestId, author, 'Par la transaction', one));
  const second = await effects(requestId, () => oneStatement(requestId, author, 'Par la transaction', other));
  expect(second).toEqual({ ...first, message: { ...first.message, clientMessageId: other } });
  return first;
}

async function sendToTeam() {
  const team = await server.db.prisma.team.findFirstOrThrow({ where: { name: SERVICE }, select: { id: true } });
  const input = await requestInput(server.db, {
    expertId: null,
    teamId: globalId('Team', team.id),
    patient: freshPatient(),
  });
  const created = await server.graphql(CreateTeamRequestDocument, { input }, { rpps: RPPS.requester });
  return created.expectData().createRequest.id;
}

describe('a plain text message in one statement', () => {
  it('has the general path’s effects, for the requester and for the expert', async () => {
    const requestId = rawId((await createRequest(server)).id);
    const byRequester = await expectSameEffects(requestId, RPPS.requester);
    // Not an empty comparison: the expert is told, counts one more unread, and the trace names the message.
    expect(byRequester.inbox).toEqual([
      { to: RPPS.requester, step: 1, kind: 'NEW_MESSAGE', request: true, message: 'MESSAGE' },
      { to: RPPS.expert, step: 1, kind: 'NEW_MESSAGE', request: true, message: 'MESSAGE' },
    ]);
    expect(byRequester.request).toMatchObject({ expertUnread: '+1', lastSequence: '+1', lastMessageId: 'MESSAGE' });
    expect(byRequester.request).not.toHaveProperty('requesterUnread');
    expect(byRequester.audit).toEqual([
      expect.objectContaining({ action: 'message.post', entityId: 'MESSAGE', actorId: id(RPPS.requester) }),
    ]);
    const byExpert = await expectSameEffects(requestId, RPPS.expert);
    expect(byExpert.request).toMatchObject({ requesterUnread: '+1' });
  });

  it('has the general path’s effects for a delegate, the professional in whose name they act, and after a revocation', async () => {
    const delegation = await grantDelegation(server, RPPS.requester, RPPS.secretary);
    const request = await createRequest(server, RPPS.secretary, {
      onBehalfOfId: globalId('Professional', id(RPPS.requester)),
    });
    const requestId = rawId(request.id);
    const byDelegate = await expectSameEffects(requestId, RPPS.secretary);
    expect(byDelegate.request).toMatchObject({ onBehalfOfUnread: '+1', expertUnread: '+1' });
    expect(byDelegate.published[0]!.events[0]!.participantIds).toEqual(
      [RPPS.requester, RPPS.secretary, RPPS.expert].sort(),
    );
    await expectSameEffects(requestId, RPPS.requester);
    await server
      .graphql(RevokeDelegationDocument, { id: delegation.id }, { rpps: RPPS.requester })
      .then((r) => r.expectData());
    // The revoked delegate is told nothing more.
    const afterRevocation = await expectSameEffects(requestId, RPPS.requester);
    expect(afterRevocation.inbox.map((e) => e.to)).toEqual([RPPS.requester, RPPS.expert].sort());
  });

  it('has the general path’s effects on a team request, in the queue and once claimed', async () => {
    const requestId = rawId(await sendToTeam());
    const queued = await expectSameEffects(requestId, RPPS.requester);
    // Every member is told while no one holds it, and the expert's side counts it.
    expect(queued.inbox.map((e) => e.to)).toEqual([RPPS.requester, RPPS.expert, COORDINATOR, MEMBER].sort());
    expect(queued.request).toMatchObject({ expertUnread: '+1' });
    await server.graphql(
      ClaimRequestDocument,
      { requestId: globalId('TeleexpertiseRequest', requestId) },
      { rpps: MEMBER },
    );
    expect((await expectSameEffects(requestId, RPPS.requester)).inbox.map((e) => e.to)).toEqual(
      [MEMBER, RPPS.requester].sort(),
    );
    await expectSameEffects(requestId, MEMBER);
  });

  it('writes one message for concurrent posts under the same clientMessageId, the others writing nothing', async () => {
    const requestId = rawId((await createRequest(server)).id);
    // On a server, the posts that waited for the lock meet the first one's message in the unique index.
    const posts = await Promise.all(
      Array.from({ length: 8 }, () => oneStatement(requestId, RPPS.requester, 'Huit fois', 'race')),
    );
    expect(posts.filter((post) => post !== null)).toHaveLength(1);
    expect(await server.db.prisma.message.count({ where: { requestId, clientMessageId: 'race' } })).toBe(1);
  });

  it('writes nothing where something is left to decide, and the general path answers', async () => {
    const requestId = rawId((await createRequest(server)).id);
    const gid = globalId('TeleexpertiseRequest', requestId);
    const nothing = (author: string, clientMessageId: string | null = null) =>
      expectNothingWritten(server.db, () => oneStatement(requestId, author, 'Rien', clientMessageId));
    // An outsider, and a member of the team who does not hold the request: refused by the general path.
    expect(await nothing(RPPS.outsider)).toBeNull();
    await expect(general(requestId, RPPS.outsider, 'Rien')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const queued = rawId(await sendToTeam());
    await server.graphql(
      ClaimRequestDocument,
      { requestId: globalId('TeleexpertiseRequest', queued) },
      { rpps: MEMBER },
    );
    expect(await expectNothingWritten(server.db, () => oneStatement(queued, COORDINATOR, 'Rien'))).toBeNull();
    await expect(general(queued, COORDINATOR, 'Rien')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // The same clientMessageId again: the general path returns the first message.
    const first = await oneStatement(requestId, RPPS.requester, 'Une fois', 'once');
    expect(await nothing(RPPS.requester, 'once')).toBeNull();
    expect((await general(requestId, RPPS.requester, 'Une fois', 'once')).id).toBe(first!.id);
    // Information requested: the requester's answer moves the request back to triage, in the general path.
    await server.graphql(RequestInformationDocument, { requestId: gid, message: 'Une photo ?' }, { rpps: RPPS.expert });
    expect(await nothing(RPPS.requester)).toBeNull();
    await general(requestId, RPPS.requester, 'La voici');
    expect(await server.db.prisma.teleexpertiseRequest.findUnique({ where: { id: requestId } })).toMatchObject({
      status: 'SUBMITTED',
    });
    // A closed conversation.
    await server.graphql(
      DeclineRequestDocument,
      { requestId: gid, reason: 'Hors de mon champ' },
      { rpps: RPPS.expert },
    );
    expect(await nothing(RPPS.requester)).toBeNull();
    await expect(general(requestId, RPPS.requester, 'Rien')).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
