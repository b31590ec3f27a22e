// GraphQL over HTTP conformance, measured by the graphql-http audit suite against the real server with a token.
import { serverAudits } from 'graphql-http';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './kit/server.ts';
import { RPPS } from './kit/requests.ts';
import { tokenFor } from './kit/tokens.ts';

let server: TestServer;
let token: string;

beforeAll(async () => {
  server = await startTestServer();
  token = await tokenFor(RPPS.requester);
});
afterAll(() => server?.stop());

describe('graphql-http server audits', () => {
  const audits = serverAudits({
    url: () => server.graphqlUrl,
    // Every audit request carries a valid professional's token, as a client's would.
    fetchFn: (input: RequestInfo | URL, init?: RequestInit) => {
      const headers = new Headers(init?.headers);
      headers.set('authorization', `Bearer ${token}`);
      return fetch(input, { ...init, headers });
    },
  });

  it('holds the expected number of audits (61 in graphql-http 1.23.1)', () => {
    expect(audits).toHaveLength(61);
  });

  for (const audit of audits) {
    it(audit.name, async () => {
      const result = await audit.fn();
      expect(
        result.status,
        result.status === 'ok' ? '' : `${result.reason} ${JSON.stringify(await result.response.text?.())}`,
      ).toBe('ok');
    });
  }
});

/** A raw graphql-transport-ws socket: frames are sent as given, and the close code is what the server chose. */
async function rawSocket(): Promise<{
  send(frame: unknown): void;
  messages: unknown[];
  closed: Promise<{ code: number; reason: string }>;
}> {
  const socket = new WebSocket(server.graphqlUrl.replace(/^http/, 'ws'), 'graphql-transport-ws');
  const messages: unknown[] = [];
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
  });
  socket.on('message', (data) => messages.push(JSON.parse(data.toString())));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  return { send: (frame) => socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame)), messages, closed };
}

const init = () => ({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } });
const inboxSubscription = (id: string) => ({
  id,
  type: 'subscribe',
  payload: { query: 'subscription { inbox { __typename } }' },
});

/** Waits for the server's connection_ack. */
async function acknowledged(socket: Awaited<ReturnType<typeof rawSocket>>): Promise<void> {
  await expect
    .poll(() => socket.messages.some((message) => (message as { type?: string }).type === 'connection_ack'))
    .toBe(true);
}

describe('graphql-ws close codes (PROTOCOL.md)', () => {
  it('4400 for a frame that is not a protocol message', async () => {
    const socket = await rawSocket();
    socket.send(init());
    await acknowledged(socket);
    socket.send('{"type":"no-such-type"}');
    expect((await socket.closed).code).toBe(4400);
  });

  it('4400 for a frame that is not JSON', async () => {
    const socket = await rawSocket();
    socket.send('{not json');
    expect((await socket.closed).code).toBe(4400);
  });

  it('4401 for a subscribe before the connection is acknowledged', async () => {
    const socket = await rawSocket();
    socket.send(inboxSubscription('1'));
    expect(await socket.closed).toEqual({ code: 4401, reason: 'Unauthorized' });
  });

  it('4403 for a bad token at init', async () => {
    const socket = await rawSocket();
    socket.send({ type: 'connection_init', payload: { authorization: `Bearer ${token.slice(0, -4)}AAAA` } });
    expect((await socket.closed).code).toBe(4403);
    expect(socket.messages).toEqual([]);
  });

  it('4408 when no init arrives in time', async () => {
    const socket = await rawSocket();
    expect(await socket.closed).toEqual({ code: 4408, reason: 'Connection initialisation timeout' });
  });

  it('4409 for a second subscription with an id in use', async () => {
    const socket = await rawSocket();
    socket.send(init());
    await acknowledged(socket);
    socket.send(inboxSubscription('same'));
    socket.send(inboxSubscription('same'));
    expect(await socket.closed).toEqual({ code: 4409, reason: 'Subscriber for same already exists' });
  });

  it('4429 for a second init', async () => {
    const socket = await rawSocket();
    socket.send(init());
    await acknowledged(socket);
    socket.send(init());
    expect(await socket.closed).toEqual({ code: 4429, reason: 'Too many initialisation requests' });
  });
});
