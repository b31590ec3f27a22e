// Long-lived connections: a token that expires ends them, a client resumes with a fresh one, a stopping server lets clients go elsewhere.
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { MessageAddedDocument, RequestUpdatedDocument } from './generated/graphql.ts';
import { GraphQLResult } from './kit/graphql.ts';
import { openSocket, subscribeSse, type Socket } from './kit/live.ts';
import { createRequest, postMessage, rawId, RPPS } from './kit/requests.ts';
import { startTestServer, type TestServer } from './kit/server.ts';
import { tokenFor } from './kit/tokens.ts';

let server: TestServer;
beforeAll(async () => {
  // No clock tolerance: a token is refused the second it expires.
  server = await startTestServer({ JWT_CLOCK_TOLERANCE: '0' });
});
afterAll(() => server?.stop());

const post = (requestId: string, rpps: string, body: string) => postMessage(server, requestId, rpps, body);

describe('a token that expires', () => {
  it('closes the WebSocket with 4403 at expiry; the client resumes with a fresh token and `after`, missing nothing and receiving nothing twice', async () => {
    const request = await createRequest(server);
    const socket = await openSocket(server.graphqlUrl, { token: await tokenFor(RPPS.requester, {}, '3s') });
    const feed = socket.subscribe(MessageAddedDocument, { requestId: request.id, after: request.lastMessage!.id });
    await post(request.id, RPPS.expert, 'Avant expiration');
    const [received] = await feed.take(1);

    const closed = await socket.closed;
    expect(closed).toEqual({ code: 4403, reason: 'Token expired' });
    await post(request.id, RPPS.expert, 'Pendant la coupure 1');
    await post(request.id, RPPS.expert, 'Pendant la coupure 2');

    const again = await openSocket(server.graphqlUrl, { rpps: RPPS.requester });
    const resumed = again.subscribe(MessageAddedDocument, { requestId: request.id, after: received!.messageAdded.id });
    await post(request.id, RPPS.expert, 'Après reconnexion');
    const bodies = (await resumed.take(3)).map((data) => data.messageAdded.body);
    expect(bodies).toEqual(['Pendant la coupure 1', 'Pendant la coupure 2', 'Après reconnexion']);
    await again.dispose();
  });

  it('ends an SSE subscription with UNAUTHENTICATED at expiry', async () => {
    const request = await createRequest(server);
    const feed = await subscribeSse(
      server.graphqlUrl,
      RequestUpdatedDocument,
      { requestId: request.id },
      { token: await tokenFor(RPPS.expert, {}, '3s') },
    );
    expect((await feed.take(1))[0]!.requestUpdated.status).toBe('SUBMITTED');
    expect(await feed.ended).toEqual({ completed: true });
    const last = feed.results.at(-1)!;
    GraphQLResult.of(last).expectError('UNAUTHENTICATED', { message: /subscribe again with a fresh one/ });
  });

  it('closes each socket when its own token expires, not sooner, and leaves the others open', async () => {
    const now = Math.floor(Date.now() / 1000);
    const request = await createRequest(server);
    const [first, second, lasting] = await Promise.all([
      openSocket(server.graphqlUrl, { token: await tokenFor(RPPS.requester, {}, now + 2) }),
      openSocket(server.graphqlUrl, { token: await tokenFor(RPPS.requester, {}, now + 4) }),
      openSocket(server.graphqlUrl, { rpps: RPPS.requester }),
    ]);
    let secondOpen = true;
    void second.closed.then(() => (secondOpen = false));
    // Never before its own token's expiry (a correctness bound, not a speed one), and each in its turn.
    const closedAt = (socket: Socket) => socket.closed.then((event) => ({ ...event, at: Date.now(), secondOpen }));
    const [firstClosed, secondClosed] = await Promise.all([closedAt(first), closedAt(second)]);
    expect(firstClosed).toMatchObject({ code: 4403, reason: 'Token expired', secondOpen: true });
    expect(secondClosed).toMatchObject({ code: 4403, reason: 'Token expired' });
    expect(firstClosed.at).toBeGreaterThanOrEqual((now + 2) * 1000);
    expect(secondClosed.at).toBeGreaterThanOrEqual((now + 4) * 1000);
    const feed = lasting.subscribe(RequestUpdatedDocument, { requestId: request.id });
    expect((await feed.take(1))[0]!.requestUpdated.status).toBe('SUBMITTED');
    await lasting.dispose();
  });

  it('refuses a WebSocket whose token has already expired with 4403', async () => {
    const socket = await openSocket(server.graphqlUrl, { token: await tokenFor(RPPS.requester, {}, -10) });
    expect((await socket.closed).code).toBe(4403);
  });
});

describe('a server that stops', () => {
  it('closes WebSockets with 1012 (reconnect), cuts event streams without completing them, and takes no new connection', async () => {
    const instance = await startTestServer();
    try {
      const request = await createRequest(instance);
      const socket = await openSocket(instance.graphqlUrl, { rpps: RPPS.requester });
      const ws = socket.subscribe(RequestUpdatedDocument, { requestId: request.id });
      const sse = await subscribeSse(
        instance.graphqlUrl,
        RequestUpdatedDocument,
        { requestId: request.id },
        { rpps: RPPS.expert },
      );
      await Promise.all([ws.take(1), sse.take(1)]);

      await instance.app.stop();
      expect(await socket.closed).toEqual({ code: 1012, reason: 'Server restarting: reconnect' });
      // graphql-ws clients retry on 1012; an SSE client sees a broken stream (not "complete") and retries too.
      expect((await sse.ended).completed).toBe(false);
      const late = await openSocket(instance.graphqlUrl, { rpps: RPPS.requester });
      expect((await late.closed).code).not.toBe(1000);
      await vi.waitFor(() => expect(instance.app.live.listenerCount()).toBe(0));
    } finally {
      await instance.stop();
    }
  });
});

describe('a server that stops with a silent peer', () => {
  it('does not wait for a WebSocket peer that never answers the closing handshake', { timeout: 15_000 }, async () => {
    const instance = await startTestServer();
    try {
      const silent = new WebSocket(instance.graphqlUrl.replace(/^http/, 'ws'), 'graphql-transport-ws');
      await new Promise((resolve) => silent.once('open', resolve));
      silent.send(
        JSON.stringify({
          type: 'connection_init',
          payload: { authorization: `Bearer ${await tokenFor(RPPS.requester)}` },
        }),
      );
      await new Promise((resolve) => silent.once('message', resolve));
      // The peer stops reading: it will never answer the server's close frame (ws would wait 30 s for it).
      const raw = (silent as unknown as { _socket: import('node:net').Socket })._socket;
      raw.pause();
      raw.removeAllListeners('data');
      await instance.app.stop();
      expect(instance.app.server.listening).toBe(false);
    } finally {
      await instance.stop();
    }
  });
});

describe('a client gone without a word', () => {
  it('is dropped once it misses a ping, and its subscriptions end', async () => {
    const instance = await startTestServer({ WS_HEARTBEAT_SECONDS: '1' });
    try {
      const request = await createRequest(instance);
      // A client whose network vanished: it never answers pings.
      const silent = new WebSocket(instance.graphqlUrl.replace(/^http/, 'ws'), 'graphql-transport-ws', {
        autoPong: false,
      });
      const closed = new Promise<number>((resolve) => silent.once('close', (code) => resolve(code)));
      await new Promise((resolve) => silent.once('open', resolve));
      silent.send(
        JSON.stringify({
          type: 'connection_init',
          payload: { authorization: `Bearer ${await tokenFor(RPPS.requester)}` },
        }),
      );
      await new Promise((resolve) => silent.once('message', resolve));
      silent.send(
        JSON.stringify({
          id: '1',
          type: 'subscribe',
          payload: { query: print(MessageAddedDocument), variables: { requestId: request.id } },
        }),
      );
      const topic = ['request', rawId(request.id)] as const;
      await vi.waitFor(() => expect(instance.app.live.listenerCount(...topic)).toBe(1));
      // Terminated by the server, not closed by either side: 1006.
      expect(await closed).toBe(1006);
      await vi.waitFor(() => expect(instance.app.live.listenerCount(...topic)).toBe(0));
    } finally {
      await instance.stop();
    }
  });
});
