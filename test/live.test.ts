// Live conversations: subscriptions over WebSocket and SSE that replay, then follow, with the access rules of queries.
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  AcceptRequestDocument,
  InboxEventsDocument,
  MarkReadDocument,
  MessageAddedDocument,
  PostMessageDocument,
  RequestUpdatedDocument,
  RevokeDelegationDocument,
} from './generated/graphql.ts';
import { GraphQLResult, http } from './kit/graphql.ts';
import { openSocket, subscribeSse, type Feed, type Socket } from './kit/live.ts';
import {
  createRequest,
  postMessage,
  files,
  inDays,
  professionalId,
  rawId,
  RPPS,
  grantDelegation,
} from './kit/requests.ts';
import { startTestServer, type TestServer } from './kit/server.ts';
import { tokenFor } from './kit/tokens.ts';

let server: TestServer;
const sockets: Socket[] = [];
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await Promise.all(sockets.map((socket) => socket.dispose()));
  await server?.stop();
});

async function socket(rpps: string): Promise<Socket> {
  const opened = await openSocket(server.graphqlUrl, { rpps });
  sockets.push(opened);
  return opened;
}

const post = (requestId: string, rpps: string, body: string) => postMessage(server, requestId, rpps, body);

/** Resolves once the professional's inbox subscriptions are listening (ready for events from any instance). */
async function inboxListening(rpps: string, count = 1) {
  const { id } = await server.db.prisma.professional.findUniqueOrThrow({ where: { rpps }, select: { id: true } });
  await vi.waitFor(() => expect(server.app.live.listenerCount('inbox', id)).toBe(count));
}

/** The error codes a subscription ended with, once it has ended. */
async function endCodes(feed: Pick<Feed<unknown>, 'ended' | 'results'>) {
  await feed.ended;
  return feed.results.flatMap((result) => result.errors?.map((error) => error.extensions?.['code']) ?? []);
}

describe('messageAdded', () => {
  it('delivers each new message over WebSocket with its author and attachments, in order', async () => {
    const request = await createRequest(server);
    const question = request.lastMessage!;
    const feed = (await socket(RPPS.requester)).subscribe(MessageAddedDocument, {
      requestId: request.id,
      after: question.id,
    });
    await server.upload(
      PostMessageDocument,
      { input: { requestId: request.id, body: 'Voici la photo', attachments: [null as never] } },
      { 'input.attachments.0': files.png() },
      { rpps: RPPS.expert },
    );
    await post(request.id, RPPS.requester, 'Merci');
    const [photo, thanks] = await feed.take(2);
    expect(photo!.messageAdded).toMatchObject({
      sequence: question.sequence + 1,
      body: 'Voici la photo',
      kind: 'TEXT',
      author: { lastName: 'Rousseau' },
    });
    expect(photo!.messageAdded.attachments).toEqual([
      expect.objectContaining({ fileName: 'lesion.png', mediaType: 'image/png' }),
    ]);
    expect(thanks!.messageAdded).toMatchObject({
      sequence: question.sequence + 2,
      body: 'Merci',
      author: { lastName: 'Martin' },
    });
    feed.dispose();
  });

  it('replays every message after `after`, then the live ones, once each and in order, even when messages are posted during the replay', async () => {
    const request = await createRequest(server);
    // Two opening messages, then more than a page of history.
    for (let i = 0; i < 130; i += 1) await post(request.id, i % 2 ? RPPS.expert : RPPS.requester, `history ${i}`);
    const afterId = request.lastMessage!.id; // sequence 2, the question
    const feed = (await socket(RPPS.expert)).subscribe(MessageAddedDocument, { requestId: request.id, after: afterId });
    // As soon as the replay has begun, both sides post 30 more messages, some at the same time.
    const [first] = await feed.take(1);
    const during = Promise.all(
      Array.from({ length: 3 }, (_, burst) =>
        Promise.all(
          Array.from({ length: 10 }, (_, i) =>
            post(request.id, i % 2 ? RPPS.expert : RPPS.requester, `live ${burst}.${i}`),
          ),
        ),
      ),
    );
    const rest = await feed.until((data) => data.messageAdded.sequence === 2 + 130 + 30);
    await during;
    const sequences = [first!, ...rest].map((data) => data.messageAdded.sequence);
    expect(sequences).toEqual(Array.from({ length: 160 }, (_, i) => i + 3));
    // Nothing comes after: a last message arrives right behind the 160th.
    await post(request.id, RPPS.requester, 'fin');
    expect((await feed.take(1))[0]!.messageAdded.body).toBe('fin');
    feed.dispose();
  });

  it('starts from the latest message without `after`', async () => {
    const request = await createRequest(server);
    const feed = (await socket(RPPS.requester)).subscribe(MessageAddedDocument, { requestId: request.id });
    await vi.waitFor(() => expect(server.app.live.listenerCount('request', rawId(request.id))).toBe(1));
    await post(request.id, RPPS.expert, 'Bonjour');
    expect((await feed.take(1))[0]!.messageAdded).toMatchObject({ sequence: 3, body: 'Bonjour' });
    feed.dispose();
  });

  it('works over SSE with the same authentication and resumes with `after`', async () => {
    const request = await createRequest(server);
    const feed = await subscribeSse(
      server.graphqlUrl,
      MessageAddedDocument,
      { requestId: request.id, after: request.lastMessage!.id },
      { rpps: RPPS.expert },
    );
    await post(request.id, RPPS.requester, 'Par SSE');
    expect((await feed.take(1))[0]!.messageAdded).toMatchObject({ sequence: 3, body: 'Par SSE' });
    feed.dispose();

    const unauthenticated = await http(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({
        query: 'subscription ($id: ID!) { messageAdded(requestId: $id) { id } }',
        variables: { id: request.id },
      }),
    });
    expect(unauthenticated.status).toBe(401);
  });

  it("refuses graphql-sse's single connection mode at its reservation, saying what to use instead", async () => {
    const request = await createRequest(server);
    const feed = await subscribeSse(
      server.graphqlUrl,
      MessageAddedDocument,
      { requestId: request.id },
      { rpps: RPPS.expert },
      { singleConnection: true },
    );
    const { completed, error } = await feed.ended;
    expect(completed).toBe(false);
    // graphql-sse's client reports a refused reservation as a NetworkError holding the response (whose body it has aborted).
    expect(error).toMatchObject({ name: 'NetworkError', response: { status: 405 } });
    expect(feed.results).toEqual([]);
    // The reservation as the client sends it, read whole: with a token or without, the same answer.
    const withToken: Record<string, string>[] = [{ authorization: `Bearer ${await tokenFor(RPPS.expert)}` }, {}];
    for (const headers of withToken) {
      const reservation = await http(server.graphqlUrl, { method: 'PUT', headers });
      expect(reservation.status).toBe(405);
      expect(reservation.json).toEqual({
        errors: [
          {
            message: expect.stringMatching(/distinct connections mode.*graphql-ws/),
            extensions: { code: 'BAD_USER_INPUT' },
          },
        ],
      });
    }
  });

  it('refuses an `after` that is not a message of the request', async () => {
    const request = await createRequest(server);
    const other = await createRequest(server);
    const feed = (await socket(RPPS.requester)).subscribe(MessageAddedDocument, {
      requestId: request.id,
      after: other.lastMessage!.id,
    });
    expect(await endCodes(feed)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('requestUpdated', () => {
  it('sends the request as it is, then after each change, with fresh unread counts', async () => {
    const request = await createRequest(server);
    const feed = (await socket(RPPS.requester)).subscribe(RequestUpdatedDocument, { requestId: request.id });
    const [now] = await feed.take(1);
    expect(now!.requestUpdated).toMatchObject({ status: 'SUBMITTED', unreadCount: 1 });

    await post(request.id, RPPS.expert, 'Une question');
    await post(request.id, RPPS.expert, 'Une autre');
    const unread = await feed.until((data) => data.requestUpdated.unreadCount === 3);
    expect(unread.at(-1)!.requestUpdated.lastMessage).toMatchObject({ body: 'Une autre' });

    await server.graphql(
      MarkReadDocument,
      { requestId: request.id, upTo: unread.at(-1)!.requestUpdated.lastMessage!.id },
      { rpps: RPPS.requester },
    );
    expect((await feed.until((data) => data.requestUpdated.unreadCount === 0)).at(-1)!.requestUpdated.unreadCount).toBe(
      0,
    );

    const dueAt = inDays(3);
    await server.graphql(AcceptRequestDocument, { requestId: request.id, responseDueAt: dueAt }, { rpps: RPPS.expert });
    const accepted = await feed.until((data) => data.requestUpdated.status === 'ACCEPTED');
    expect(accepted.at(-1)!.requestUpdated).toMatchObject({ dueAt, isOverdue: false });
    feed.dispose();
  });

  it('works over SSE', async () => {
    const request = await createRequest(server);
    const feed = await subscribeSse(
      server.graphqlUrl,
      RequestUpdatedDocument,
      { requestId: request.id },
      { rpps: RPPS.expert },
    );
    expect((await feed.take(1))[0]!.requestUpdated.status).toBe('SUBMITTED');
    await server.graphql(
      AcceptRequestDocument,
      { requestId: request.id, responseDueAt: inDays(2) },
      { rpps: RPPS.expert },
    );
    expect((await feed.until((data) => data.requestUpdated.status === 'ACCEPTED')).length).toBeGreaterThan(0);
    feed.dispose();
  });
});

describe('inbox', () => {
  it('tells the expert of a new request with its question, then of messages and status changes; the requester too', async () => {
    const expertInbox = (await socket(RPPS.cardiologist)).subscribe(InboxEventsDocument, {});
    const requesterInbox = await subscribeSse(server.graphqlUrl, InboxEventsDocument, {}, { rpps: RPPS.colleague });
    await inboxListening(RPPS.cardiologist);
    await inboxListening(RPPS.colleague);

    const request = await createRequest(server, RPPS.colleague, {
      expertId: await professionalId(server.db, RPPS.cardiologist),
    });
    const [created] = await expertInbox.take(1);
    expect(created!.inbox).toMatchObject({
      kind: 'NEW_REQUEST',
      request: { id: request.id, status: 'SUBMITTED', viewerRole: 'EXPERT' },
      message: { kind: 'TEXT', body: request.question },
    });

    await post(request.id, RPPS.cardiologist, 'Avez-vous un ECG ?');
    await server.graphql(
      AcceptRequestDocument,
      { requestId: request.id, responseDueAt: inDays(5) },
      { rpps: RPPS.cardiologist },
    );
    const [message, accepted] = await expertInbox.take(2);
    expect(message!.inbox).toMatchObject({ kind: 'NEW_MESSAGE', message: { body: 'Avez-vous un ECG ?' } });
    expect(accepted!.inbox).toMatchObject({
      kind: 'STATUS_CHANGED',
      request: { status: 'ACCEPTED' },
      message: { kind: 'SYSTEM' },
    });

    const requester = await requesterInbox.take(3);
    expect(requester.map((data) => data.inbox.kind)).toEqual(['NEW_REQUEST', 'NEW_MESSAGE', 'STATUS_CHANGED']);
    expect(requester[1]!.inbox.request).toMatchObject({ viewerRole: 'REQUESTER', unreadCount: 2 });
    expertInbox.dispose();
    requesterInbox.dispose();
  });
});

describe('access', () => {
  it('answers NOT_FOUND to an outsider over WebSocket and SSE, and tells their inbox nothing of others’ requests', async () => {
    const request = await createRequest(server);
    const outsider = await socket(RPPS.outsider);
    for (const feed of [
      outsider.subscribe(MessageAddedDocument, { requestId: request.id }),
      outsider.subscribe(RequestUpdatedDocument, { requestId: request.id }),
      await subscribeSse(server.graphqlUrl, MessageAddedDocument, { requestId: request.id }, { rpps: RPPS.outsider }),
      await subscribeSse(server.graphqlUrl, RequestUpdatedDocument, { requestId: request.id }, { rpps: RPPS.outsider }),
    ]) {
      expect(await endCodes(feed)).toEqual(['NOT_FOUND']);
      expect(feed.results.every((result) => !result.data)).toBe(true);
    }

    const inbox = outsider.subscribe(InboxEventsDocument, {});
    await inboxListening(RPPS.outsider);
    await post(request.id, RPPS.expert, 'Pas pour vous');
    // The outsider's own request comes next: nothing about the other one came before it.
    const own = await createRequest(server, RPPS.outsider);
    const [first] = await inbox.take(1);
    expect(first!.inbox).toMatchObject({ kind: 'NEW_REQUEST', request: { id: own.id } });
    inbox.dispose();
  });

  it('stops a delegate whose delegation is revoked, and only them', async () => {
    const delegation = await grantDelegation(server, RPPS.requester, RPPS.secretary);
    const request = await createRequest(server, RPPS.secretary, {
      onBehalfOfId: await professionalId(server.db, RPPS.requester),
    });
    const after = request.lastMessage!.id;
    const delegate = (await socket(RPPS.secretary)).subscribe(MessageAddedDocument, { requestId: request.id, after });
    const delegator = (await socket(RPPS.requester)).subscribe(MessageAddedDocument, { requestId: request.id, after });
    await post(request.id, RPPS.expert, 'Avant la révocation');
    expect((await delegate.take(1))[0]!.messageAdded.body).toBe('Avant la révocation');

    await server.graphql(RevokeDelegationDocument, { id: delegation.id }, { rpps: RPPS.requester });
    await post(request.id, RPPS.expert, 'Après la révocation');
    const ended = await delegate.next();
    expect(ended.data ?? null).toBeNull();
    GraphQLResult.of(ended).expectError('NOT_FOUND');
    expect((await delegate.ended).completed).toBe(true);
    expect(delegate.results.flatMap((result) => (result.data ? [result.data.messageAdded.body] : []))).toEqual([
      'Avant la révocation',
    ]);
    expect((await delegator.take(2)).map((data) => data.messageAdded.body)).toEqual([
      'Avant la révocation',
      'Après la révocation',
    ]);
    delegator.dispose();
  });

  it('leaves no listener behind when SSE clients go away while their subscription starts', async () => {
    const request = await createRequest(server);
    const token = await tokenFor(RPPS.requester);
    for (const delay of [0, 1, 2, 3, 5, 8, 12, 20, 30, 50]) {
      await Promise.all(
        Array.from({ length: 3 }, async () => {
          const controller = new AbortController();
          const response = fetch(server.graphqlUrl, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              accept: 'text/event-stream',
              authorization: `Bearer ${token}`,
            },
            body: JSON.stringify({ query: print(MessageAddedDocument), variables: { requestId: request.id } }),
            signal: controller.signal,
          }).catch(() => undefined);
          // Gone during authentication, the wait for the listener, or the access check.
          await new Promise((resolve) => setTimeout(resolve, delay));
          controller.abort();
          await response;
        }),
      );
    }
    // A subscription started after all of them, once it has its first event, is the only one left.
    const fence = await subscribeSse(
      server.graphqlUrl,
      RequestUpdatedDocument,
      { requestId: request.id },
      { rpps: RPPS.requester },
    );
    await fence.take(1);
    await vi.waitFor(() => expect(server.app.live.listenerCount('request', rawId(request.id))).toBe(1));
    fence.dispose();
  });

  it('follows one request with many subscriptions on one socket, without a leak warning', async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on('warning', onWarning);
    try {
      const request = await createRequest(server);
      const client = await socket(RPPS.expert);
      const feeds = Array.from({ length: 15 }, () =>
        client.subscribe(RequestUpdatedDocument, { requestId: request.id }),
      );
      await Promise.all(feeds.map((feed) => feed.take(1)));
      await post(request.id, RPPS.requester, 'À tous');
      for (const feed of feeds) expect((await feed.take(1))[0]!.requestUpdated.lastMessage?.body).toBe('À tous');
      for (const feed of feeds) feed.dispose();
      expect(warnings).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  });

  it('leaves no listener behind once subscriptions end', async () => {
    const request = await createRequest(server, RPPS.rheumatologist, {
      expertId: await professionalId(server.db, RPPS.expert),
    });
    const topic = ['request', rawId(request.id)] as const;
    const client = await socket(RPPS.rheumatologist);
    const sse = await subscribeSse(
      server.graphqlUrl,
      MessageAddedDocument,
      { requestId: request.id },
      { rpps: RPPS.rheumatologist },
    );
    const feeds = [
      client.subscribe(RequestUpdatedDocument, { requestId: request.id }),
      client.subscribe(MessageAddedDocument, { requestId: request.id }),
      sse,
    ];
    await vi.waitFor(() => expect(server.app.live.listenerCount(...topic)).toBe(3));
    for (const feed of feeds) feed.dispose();
    await vi.waitFor(() => expect(server.app.live.listenerCount(...topic)).toBe(0));
    // The WebSocket that carried two of them stays open.
    await post(request.id, RPPS.expert, 'Encore là ?');
    const again = client.subscribe(RequestUpdatedDocument, { requestId: request.id });
    expect((await again.take(1))[0]!.requestUpdated.lastMessage?.body).toBe('Encore là ?');
    again.dispose();
  });
});
