// The per-professional rate limit: a clear error with a retry hint, over HTTP and WebSocket, shared by instances through Redis.
import net from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRateLimit } from '../src/rate-limit.ts';
import { raw } from './kit/hostile.ts';
import { openSocket } from './kit/live.ts';
import { RPPS } from './kit/requests.ts';
import { startTestServer, type TestServer } from './kit/server.ts';
import { tokenFor } from './kit/tokens.ts';

const LIMIT = 5;

async function me(graphqlUrl: string, rpps: string) {
  const response = await raw(graphqlUrl, '{ me { id } }', undefined, await tokenFor(rpps));
  return { status: response.status, retryAfter: response.headers.get('retry-after'), ...response.json };
}

function expectLimited(result: Awaited<ReturnType<typeof me>>) {
  expect(result.status).toBe(429);
  expect(result.data ?? null).toBeNull();
  const [error] = result.errors!;
  expect(error!.extensions?.['code']).toBe('RATE_LIMITED');
  const seconds = error!.extensions?.['retryAfterSeconds'] as number;
  expect(seconds).toBeGreaterThanOrEqual(1);
  expect(seconds).toBeLessThanOrEqual(60);
  expect(result.retryAfter).toBe(String(seconds));
  expect(error!.message).toBe(`Too many operations in a short time: retry in ${seconds} s`);
}

describe('rate limit', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ RATE_LIMIT_PER_MINUTE: String(LIMIT) });
  });
  afterAll(() => server?.stop());

  it('refuses the operation past the limit with RATE_LIMITED, a 429 and when to retry, for that professional only', async () => {
    for (let index = 0; index < LIMIT; index++)
      expect((await me(server.graphqlUrl, RPPS.colleague)).errors).toBeUndefined();
    expectLimited(await me(server.graphqlUrl, RPPS.colleague));
    expect((await me(server.graphqlUrl, RPPS.rheumatologist)).errors).toBeUndefined();
  });

  it('counts operations refused by validation too', async () => {
    const token = await tokenFor(RPPS.externalTool);
    for (let index = 0; index < LIMIT; index++) {
      const response = await fetch(server.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ me { idd } }' }),
      });
      expect(response.status).not.toBe(429);
    }
    expectLimited(await me(server.graphqlUrl, RPPS.externalTool));
  });

  it('counts operations over WebSocket with those over HTTP', async () => {
    for (let index = 0; index < LIMIT - 1; index++)
      expect((await me(server.graphqlUrl, RPPS.cardiologist)).errors).toBeUndefined();
    const socket = await openSocket(server.graphqlUrl, { rpps: RPPS.cardiologist });
    const results: { errors?: { extensions?: Record<string, unknown> }[] }[] = [];
    for (let index = 0; index < 2; index++) {
      await new Promise<void>((resolve) => {
        socket.client.subscribe(
          { query: '{ me { id } }' },
          {
            next: (result) => void results.push(result as never),
            error: (errors) => (results.push({ errors: errors as never }), resolve()),
            complete: resolve,
          },
        );
      });
    }
    await socket.dispose();
    expect(results[0]!.errors).toBeUndefined();
    expect(results[1]!.errors?.[0]?.extensions).toEqual({
      code: 'RATE_LIMITED',
      retryAfterSeconds: expect.any(Number),
    });
  });

  it.runIf(process.env.REDIS_URL)('is shared by the instances through Redis', async () => {
    const other = await server.startInstance();
    try {
      for (let index = 0; index < LIMIT; index++) {
        const url = index % 2 === 0 ? server.graphqlUrl : other.graphqlUrl;
        expect((await me(url, RPPS.unlisted)).errors).toBeUndefined();
      }
      expectLimited(await me(other.graphqlUrl, RPPS.unlisted));
      expectLimited(await me(server.graphqlUrl, RPPS.unlisted));
    } finally {
      await other.stop();
    }
  });
});

describe('rate limit when Redis does not answer', () => {
  /** A Redis that completes its handshake, then never answers again (stalled, or behind a partition dropping packets). */
  async function stalledRedis(): Promise<{ url: string; handshaken: Promise<void>; close(): Promise<void> }> {
    const sockets = new Set<net.Socket>();
    let handshake!: () => void;
    const handshaken = new Promise<void>((resolve) => {
      handshake = resolve;
    });
    const server = net.createServer((socket) => {
      sockets.add(socket);
      let ready = false;
      socket.on('data', (data) => {
        // The handshake (CLIENT SETINFO…, then the INFO ready check) is answered; nothing after it.
        for (const command of data
          .toString()
          .split(/\*\d+\r\n/)
          .filter(Boolean)) {
          if (ready) return;
          if (/^\$6\r\nclient\r\n/i.test(command)) socket.write('+OK\r\n');
          else if (/^\$4\r\ninfo\r\n/i.test(command)) {
            const info = '# Server\r\nredis_version:7.0.0\r\nloading:0\r\n';
            socket.write(`$${Buffer.byteLength(info)}\r\n${info}\r\n`);
            ready = true;
            handshake();
          }
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    return {
      url: `redis://127.0.0.1:${port}`,
      handshaken,
      close: async () => {
        for (const socket of sockets) socket.destroy();
        await new Promise((resolve) => server.close(resolve));
      },
    };
  }

  it('counts on the instance (insurance) without making operations wait, and stops without waiting', async () => {
    const redis = await stalledRedis();
    const limit = createRateLimit({
      points: 3,
      windowSeconds: 60,
      redisUrl: redis.url,
      prefix: 'stalled:',
      logger: pino({ level: 'silent' }),
    });
    try {
      // The client is connected and ready: its commands are sent, and never answered.
      await redis.handshaken;
      await new Promise((resolve) => setTimeout(resolve, 100));
      const started = Date.now();
      const decisions = [];
      for (let index = 0; index < 4; index++) decisions.push(await limit.consume('professional'));
      expect(decisions.map((decision) => decision.allowed)).toEqual([true, true, true, false]);
      // Four operations, each waiting at most the command timeout (300 ms), not forever.
      expect(Date.now() - started).toBeLessThan(4 * 1000);
      const closing = Date.now();
      await limit.close();
      expect(Date.now() - closing).toBeLessThan(1000);
    } finally {
      await redis.close();
    }
  });
});
