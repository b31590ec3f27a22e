// Each event is read fresh in a fixed number of SQL statements; deadlines are announced once, on a timer or when asked.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  AcceptRequestDocument,
  InboxEventsDocument,
  MessageAddedDocument,
  PostMessageDocument,
  RequestUpdatedDocument,
  RevokeDelegationDocument,
} from './generated/graphql.ts';
import { openSocket, type Socket } from './kit/live.ts';
import { createRequest, files, professionalId, rawId, RPPS, grantDelegation } from './kit/requests.ts';
import { startTestServer, type TestServer } from './kit/server.ts';

let server: TestServer;
let socket: Socket;
beforeAll(async () => {
  server = await startTestServer();
  socket = await openSocket(server.graphqlUrl, { rpps: RPPS.expert });
});
afterAll(async () => {
  await socket?.dispose();
  await server?.stop();
});

const inOneHour = () => new Date(Date.now() + 3600_000).toISOString();

async function professional(rpps: string) {
  return (await server.db.prisma.professional.findUniqueOrThrow({ where: { rpps }, select: { id: true } })).id;
}

/** Posts a message with two attachments as the requester. */
const postWithFiles = (requestId: string) =>
  server.upload(
    PostMessageDocument,
    { input: { requestId, body: 'Deux documents', attachments: [null as never, null as never] } },
    { 'input.attachments.0': files.png(), 'input.attachments.1': files.pdf() },
    { rpps: RPPS.requester },
  );

describe('SQL statements per event', () => {
  it('delivers a message with its author and attachments in one statement', async () => {
    const request = await createRequest(server);
    const alone = await server.statements(() => postWithFiles(request.id));
    const feed = socket.subscribe(MessageAddedDocument, { requestId: request.id, after: request.lastMessage!.id });
    await feed.take(1);
    const watched = await server.statements(async () => {
      await postWithFiles(request.id);
      return feed.take(1);
    });
    expect(watched.result[0]!.messageAdded.attachments).toHaveLength(2);
    expect(watched.result[0]!.messageAdded.author?.lastName).toBe('Martin');
    // The message, its author and attachments, read with the check that the subscriber still takes part.
    expect(watched.statements.length - alone.statements.length).toBe(1);
    feed.dispose();
  });

  it('reads a message once for all the participants it wakes: they were told of it, and need no check of their own', async () => {
    const request = await createRequest(server);
    const requester = await openSocket(server.graphqlUrl, { rpps: RPPS.requester });
    const after = request.lastMessage!.id;
    const feeds = [socket, requester].map((one) =>
      one.subscribe(MessageAddedDocument, { requestId: request.id, after }),
    );
    const post = (body: string) =>
      server.graphql(PostMessageDocument, { input: { requestId: request.id, body } }, { rpps: RPPS.requester });
    await post('un');
    await Promise.all(feeds.map((feed) => feed.take(1)));
    const watched = await server.statements(async () => {
      await post('deux');
      return Promise.all(feeds.map((feed) => feed.take(1)));
    });
    expect(watched.result.map(([data]) => data!.messageAdded.body)).toEqual(['deux', 'deux']);
    // One read of the conversation for both subscribers, not one per professional (the post's one statement and
    // the relations its answer asks for aside).
    const deliveries = watched.statements.filter((sql) => sql.includes('"t0"."sequence" >'));
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]).not.toContain('"Delegation"');
    expect(watched.statements).toHaveLength(3);
    for (const feed of feeds) feed.dispose();
    await requester.dispose();
  });

  it('replays 150 messages in one statement per page of 100', async () => {
    const request = await createRequest(server);
    for (let i = 0; i < 150; i += 1)
      await server.graphql(
        PostMessageDocument,
        { input: { requestId: request.id, body: `m${i}` } },
        { rpps: RPPS.requester },
      );
    const replay = await server.statements(async () => {
      const feed = socket.subscribe(MessageAddedDocument, { requestId: request.id, after: request.lastMessage!.id });
      const messages = await feed.take(150);
      feed.dispose();
      return messages;
    });
    expect(replay.result.map((data) => data.messageAdded.sequence)).toEqual(
      Array.from({ length: 150 }, (_, i) => i + 3),
    );
    // The request and the `after` message, then two pages.
    expect(replay.statements).toHaveLength(4);
  });

  it('reads the request of requestUpdated afresh for each event, its unread count kept on it: one statement', async () => {
    const request = await createRequest(server);
    const alone = await server.statements(() =>
      server.graphql(PostMessageDocument, { input: { requestId: request.id, body: 'un' } }, { rpps: RPPS.requester }),
    );
    const feed = socket.subscribe(RequestUpdatedDocument, { requestId: request.id });
    expect((await feed.take(1))[0]!.requestUpdated.unreadCount).toBe(2);
    const watched = await server.statements(async () => {
      await server.graphql(
        PostMessageDocument,
        { input: { requestId: request.id, body: 'deux' } },
        { rpps: RPPS.requester },
      );
      return feed.take(1);
    });
    // A request (or a count) kept for the life of the subscription would still say 2.
    expect(watched.result[0]!.requestUpdated.unreadCount).toBe(3);
    expect(watched.statements.length - alone.statements.length).toBe(1);
    feed.dispose();
  });

  it('reads an inbox event in two statements: the request with its unread count, and the message', async () => {
    const request = await createRequest(server);
    const alone = await server.statements(() =>
      server.graphql(PostMessageDocument, { input: { requestId: request.id, body: 'un' } }, { rpps: RPPS.requester }),
    );
    const feed = socket.subscribe(InboxEventsDocument, {});
    const expertId = await professional(RPPS.expert);
    await vi.waitFor(() => expect(server.app.live.listenerCount('inbox', expertId)).toBe(1));
    const watched = await server.statements(async () => {
      await server.graphql(
        PostMessageDocument,
        { input: { requestId: request.id, body: 'deux' } },
        { rpps: RPPS.requester },
      );
      return feed.take(1);
    });
    expect(watched.result[0]!.inbox).toMatchObject({
      kind: 'NEW_MESSAGE',
      message: { body: 'deux' },
      request: { unreadCount: 3 },
    });
    expect(watched.statements.length - alone.statements.length).toBe(2);
    feed.dispose();
  });
});

describe('deadlines', () => {
  it('announces an approaching deadline, then the overdue request, once each, to both sides, and traces them', async () => {
    const request = await createRequest(server);
    const requestId = rawId(request.id);
    await server.graphql(
      AcceptRequestDocument,
      { requestId: request.id, responseDueAt: inOneHour() },
      { rpps: RPPS.expert },
    );
    const requester = await openSocket(server.graphqlUrl, { rpps: RPPS.requester });
    const expertInbox = socket.subscribe(InboxEventsDocument, {});
    const requesterInbox = requester.subscribe(InboxEventsDocument, {});
    const [expertId, requesterId] = [await professional(RPPS.expert), await professional(RPPS.requester)];
    await vi.waitFor(() => {
      expect(server.app.live.listenerCount('inbox', expertId)).toBe(1);
      expect(server.app.live.listenerCount('inbox', requesterId)).toBe(1);
    });

    // Three sweeps at once (as from three instances) announce it once.
    const sweeps = await Promise.all([
      server.app.sweepDeadlines(),
      server.app.sweepDeadlines(),
      server.app.sweepDeadlines(),
    ]);
    expect(
      sweeps
        .flat()
        .filter((event) => event.requestId === requestId)
        .map((event) => event.kind),
    ).toEqual(['DEADLINE_APPROACHING']);
    for (const inbox of [expertInbox, requesterInbox]) {
      expect((await inbox.take(1))[0]!.inbox).toMatchObject({
        kind: 'DEADLINE_APPROACHING',
        request: { id: request.id, isOverdue: false },
        message: null,
      });
    }
    expect((await server.app.sweepDeadlines()).filter((event) => event.requestId === requestId)).toEqual([]);

    await server.db.prisma.teleexpertiseRequest.update({
      where: { id: requestId },
      data: { dueAt: new Date(Date.now() - 60_000) },
    });
    const overdue = await server.app.sweepDeadlines();
    expect(overdue.filter((event) => event.requestId === requestId).map((event) => event.kind)).toEqual(['OVERDUE']);
    for (const inbox of [expertInbox, requesterInbox]) {
      expect((await inbox.take(1))[0]!.inbox).toMatchObject({
        kind: 'OVERDUE',
        request: { id: request.id, isOverdue: true },
      });
    }
    expect((await server.app.sweepDeadlines()).filter((event) => event.requestId === requestId)).toEqual([]);

    const trace = await server.db.prisma.auditEvent.findMany({
      where: { requestId, action: { in: ['request.deadline_approaching', 'request.overdue'] } },
    });
    expect(trace.map((event) => [event.action, event.actorId])).toEqual([
      ['request.deadline_approaching', null],
      ['request.overdue', null],
    ]);
    expertInbox.dispose();
    await requester.dispose();
  });

  it('tells the delegator and the expert, not a delegate whose delegation was revoked, that a deadline is near and then passed', async () => {
    const delegation = await grantDelegation(server, RPPS.requester, RPPS.secretary);
    const request = await createRequest(server, RPPS.secretary, {
      onBehalfOfId: await professionalId(server.db, RPPS.requester),
    });
    const requestId = rawId(request.id);
    await server.graphql(
      AcceptRequestDocument,
      { requestId: request.id, responseDueAt: inOneHour() },
      { rpps: RPPS.expert },
    );
    await server.graphql(RevokeDelegationDocument, { id: delegation.id }, { rpps: RPPS.requester });
    const told = [await professional(RPPS.expert), await professional(RPPS.requester)].sort();
    const toldOf = (events: { requestId: string; participantIds: string[] }[]) =>
      events.filter((event) => event.requestId === requestId).map((event) => [...event.participantIds].sort());

    expect(toldOf(await server.app.sweepDeadlines())).toEqual([told]);
    await server.db.prisma.teleexpertiseRequest.update({
      where: { id: requestId },
      data: { dueAt: new Date(Date.now() - 60_000) },
    });
    expect(toldOf(await server.app.sweepDeadlines())).toEqual([told]);
  });

  it('looks for deadlines on a timer', async () => {
    const timed = await startTestServer({ DEADLINE_CHECK_SECONDS: '1' });
    try {
      const request = await createRequest(timed);
      const expert = await openSocket(timed.graphqlUrl, { rpps: RPPS.expert });
      const inbox = expert.subscribe(InboxEventsDocument, {});
      await timed.graphql(
        AcceptRequestDocument,
        { requestId: request.id, responseDueAt: inOneHour() },
        { rpps: RPPS.expert },
      );
      const events = await inbox.until((data) => data.inbox.kind === 'DEADLINE_APPROACHING');
      expect(events.at(-1)!.inbox.request.id).toBe(request.id);
      await expert.dispose();
    } finally {
      await timed.stop();
    }
  });
});
