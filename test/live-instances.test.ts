// Several instances on one database and one Redis: an event on one reaches subscribers of every other, once.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  AcceptRequestDocument,
  InboxEventsDocument,
  MessageAddedDocument,
  PostMessageDocument,
  RequestUpdatedDocument,
} from './generated/graphql.ts';
import { graphql, http } from './kit/graphql.ts';
import { openSocket, subscribeSse, type Socket } from './kit/live.ts';
import { createRequest, rawId, RPPS } from './kit/requests.ts';
import { startTestServer, type TestServer } from './kit/server.ts';

describe.runIf(process.env.REDIS_URL)('two instances through Redis', () => {
  let a: TestServer;
  let b: Awaited<ReturnType<TestServer['startInstance']>>;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    a = await startTestServer();
    b = await a.startInstance();
  });
  afterAll(async () => {
    await Promise.all(sockets.map((socket) => socket.dispose()));
    await a?.stop();
  });

  async function socket(graphqlUrl: string, rpps: string) {
    const opened = await openSocket(graphqlUrl, { rpps });
    sockets.push(opened);
    return opened;
  }

  async function call<R, V>(
    graphqlUrl: string,
    document: TypedDocumentNode<R, V>,
    variables: V,
    rpps: string,
  ): Promise<R> {
    return (await graphql(graphqlUrl, document, variables, { rpps })).expectData();
  }

  const professional = async (rpps: string) =>
    (await a.db.prisma.professional.findUniqueOrThrow({ where: { rpps }, select: { id: true } })).id;

  it('checks Redis for readiness', async () => {
    const ready = await http(`${b.url}/readyz`);
    expect(ready.json).toEqual({ status: 'ready', database: 'ok', redis: 'ok' });
  });

  it('delivers a message posted on one instance to subscribers of the other, over WebSocket and SSE', async () => {
    const request = await createRequest(a);
    const onB = (await socket(b.graphqlUrl, RPPS.expert)).subscribe(MessageAddedDocument, {
      requestId: request.id,
      after: request.lastMessage!.id,
    });
    const sseOnB = await subscribeSse(
      b.graphqlUrl,
      RequestUpdatedDocument,
      { requestId: request.id },
      { rpps: RPPS.requester },
    );
    expect((await sseOnB.take(1))[0]!.requestUpdated.status).toBe('SUBMITTED');

    await call(
      a.graphqlUrl,
      PostMessageDocument,
      { input: { requestId: request.id, body: 'Posté sur A' } },
      RPPS.requester,
    );
    expect((await onB.take(1))[0]!.messageAdded.body).toBe('Posté sur A');
    await call(
      a.graphqlUrl,
      AcceptRequestDocument,
      { requestId: request.id, responseDueAt: new Date(Date.now() + 86_400_000 * 3).toISOString() },
      RPPS.expert,
    );
    expect(
      (await sseOnB.until((data) => data.requestUpdated.status === 'ACCEPTED')).at(-1)!.requestUpdated.status,
    ).toBe('ACCEPTED');
    onB.dispose();
    sseOnB.dispose();
  });

  it('carries a chat between a requester on one instance and an expert on the other: every message once, in order, on both sides', async () => {
    const request = await createRequest(a);
    const after = request.lastMessage!.id;
    const requester = (await socket(a.graphqlUrl, RPPS.requester)).subscribe(MessageAddedDocument, {
      requestId: request.id,
      after,
    });
    const expert = (await socket(b.graphqlUrl, RPPS.expert)).subscribe(MessageAddedDocument, {
      requestId: request.id,
      after,
    });
    // Both write at once, each through their own instance.
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        i % 2
          ? call(
              b.graphqlUrl,
              PostMessageDocument,
              { input: { requestId: request.id, body: `expert ${i}` } },
              RPPS.expert,
            )
          : call(
              a.graphqlUrl,
              PostMessageDocument,
              { input: { requestId: request.id, body: `requester ${i}` } },
              RPPS.requester,
            ),
      ),
    );
    const expected = Array.from({ length: 20 }, (_, i) => i + 3);
    for (const feed of [requester, expert]) {
      expect((await feed.take(20)).map((data) => data.messageAdded.sequence)).toEqual(expected);
    }
    // And nothing more: the next message is the one posted next.
    await call(b.graphqlUrl, PostMessageDocument, { input: { requestId: request.id, body: 'fin' } }, RPPS.expert);
    for (const feed of [requester, expert]) expect((await feed.take(1))[0]!.messageAdded.body).toBe('fin');
  });

  it('announces a deadline once when both instances look at the same time', async () => {
    const request = await createRequest(a);
    await call(
      b.graphqlUrl,
      AcceptRequestDocument,
      { requestId: request.id, responseDueAt: new Date(Date.now() + 3600_000).toISOString() },
      RPPS.expert,
    );
    const onA = (await socket(a.graphqlUrl, RPPS.expert)).subscribe(InboxEventsDocument, {});
    const onB = (await socket(b.graphqlUrl, RPPS.requester)).subscribe(InboxEventsDocument, {});
    const [expertId, requesterId] = [await professional(RPPS.expert), await professional(RPPS.requester)];
    await vi.waitFor(() => {
      expect(a.app.live.listenerCount('inbox', expertId)).toBe(1);
      expect(b.app.live.listenerCount('inbox', requesterId)).toBe(1);
    });

    const sweeps = await Promise.all([
      a.app.sweepDeadlines(),
      b.app.sweepDeadlines(),
      a.app.sweepDeadlines(),
      b.app.sweepDeadlines(),
    ]);
    expect(sweeps.flat().filter((event) => event.requestId === rawId(request.id))).toHaveLength(1);
    // A message after the sweeps: whatever came before it is all the sweeps announced.
    await call(a.graphqlUrl, PostMessageDocument, { input: { requestId: request.id, body: 'après' } }, RPPS.requester);
    for (const feed of [onA, onB]) {
      const events = await feed.until((data) => data.inbox.kind === 'NEW_MESSAGE');
      expect(events.map((data) => [data.inbox.kind, data.inbox.request.id])).toEqual([
        ['DEADLINE_APPROACHING', request.id],
        ['NEW_MESSAGE', request.id],
      ]);
    }
  });
});
