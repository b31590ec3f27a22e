// One professional's sockets and subscriptions are bounded, and sockets that never sign in cannot pile up.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InboxEventsDocument } from './generated/graphql.ts';
import { GraphQLResult } from './kit/graphql.ts';
import { openSocket, type Socket } from './kit/live.ts';
import { RPPS } from './kit/requests.ts';
import { startTestServer, type TestServer } from './kit/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    WS_MAX_SOCKETS_PER_PROFESSIONAL: '2',
    WS_MAX_SUBSCRIPTIONS_PER_PROFESSIONAL: '3',
    WS_MAX_PENDING_SOCKETS: '2',
  });
});
afterAll(() => server?.stop());

const sockets: Socket[] = [];
async function open(rpps: string): Promise<Socket> {
  const socket = await openSocket(server.graphqlUrl, { rpps });
  sockets.push(socket);
  return socket;
}
afterAll(() => Promise.all(sockets.map((socket) => socket.dispose())));

describe('per professional', () => {
  it('closes a socket past the professional’s bound with 1008 and what to do; others’ sockets are not counted', async () => {
    const [first, second] = [await open(RPPS.requester), await open(RPPS.requester)];
    const third = await open(RPPS.requester);
    expect(await third.closed).toEqual({
      code: 1008,
      reason: 'Too many connections open for you (at most 2): close other tabs or devices, then reconnect',
    });
    const colleague = await open(RPPS.colleague);
    const colleagueState = await Promise.race([
      colleague.closed.then(() => 'closed'),
      new Promise<string>((resolve) => setTimeout(() => resolve('open'), 200)),
    ]);
    expect(colleagueState).toBe('open');
    await first!.dispose();
    await new Promise((resolve) => setTimeout(resolve, 100));
    // One closed: there is room again.
    const again = await open(RPPS.requester);
    const [event] = await Promise.race([
      again
        .subscribe(InboxEventsDocument, {})
        .next()
        .then(() => ['delivered']),
      new Promise<string[]>((resolve) => setTimeout(() => resolve(['open']), 300)),
    ]);
    expect(event).toBe('open');
    await Promise.all([second!.dispose(), again.dispose(), colleague.dispose()]);
  });

  it('refuses a subscription past the professional’s bound over all their sockets, with a message a person can act on', async () => {
    const [one, two] = [await open(RPPS.expert), await open(RPPS.expert)];
    const feeds = [one!, one!, two!].map((socket) => socket.subscribe(InboxEventsDocument, {}));
    await new Promise((resolve) => setTimeout(resolve, 200));
    // graphql-ws answers a refused subscription with its `error` message: the feed ends with the errors.
    const { completed, error } = await two!.subscribe(InboxEventsDocument, {}).ended;
    expect(completed).toBe(false);
    GraphQLResult.of({ errors: error as never }).expectError('BAD_USER_INPUT', {
      message: /Too many live subscriptions open for you/,
    });
    for (const feed of feeds) feed.dispose();
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Completed ones no longer count.
    const accepted = two!.subscribe(InboxEventsDocument, {});
    const outcome = await Promise.race([
      accepted.next().then((result) => (result.errors ? 'refused' : 'delivered')),
      new Promise<string>((resolve) => setTimeout(() => resolve('open'), 300)),
    ]);
    expect(outcome).toBe('open');
    accepted.dispose();
  });
});

describe('sockets that do not sign in', () => {
  it('answers the upgrade with 503 on its headers while too many sockets wait for connection_init', async () => {
    const url = new URL(server.graphqlUrl);
    const upgrade = () =>
      new Promise<{ socket: net.Socket; status: string }>((resolve) => {
        const socket = net.connect(Number(url.port), url.hostname, () =>
          socket.write(
            `GET /graphql HTTP/1.1\r\nHost: ${url.host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n`,
          ),
        );
        socket.once('data', (data) => resolve({ socket, status: data.toString().split('\r\n')[0]! }));
      });
    const waiting = [await upgrade(), await upgrade()];
    expect(waiting.map((entry) => entry.status)).toEqual([
      'HTTP/1.1 101 Switching Protocols',
      'HTTP/1.1 101 Switching Protocols',
    ]);
    const third = await upgrade();
    expect(third.status).toBe('HTTP/1.1 503 Service Unavailable');
    for (const entry of [...waiting, third]) entry.socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const after = await upgrade();
    expect(after.status).toBe('HTTP/1.1 101 Switching Protocols');
    after.socket.destroy();
  });
});
