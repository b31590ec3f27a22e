// The per-professional rate limit: a clear error with a retry hint, over HTTP and WebSocket, shared by instances through Redis.
import net from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRateLimit } from '../src/rate-limit.ts';
import { graphql, GraphQLResult } from './kit/graphql.ts';
import { openSocket } from './kit/live.ts';
import { RPPS } from './kit/requests.ts';
import { startTestServer, type TestServer } from './kit/server.ts';

const LIMIT = 5;

const me = (graphqlUrl: string, rpps: string) => graphql(graphqlUrl, '{ me { id } }', undefined, { rpps });

/** Refused with a 429 that says when to retry, the same in the message, the extensions and the Retry-After header. */
function expectLimited(result: GraphQLResult<unknown>) {
  const error = result.expectError('RATE_LIMITED', { status: 429 });
  const seconds = error.extensions?.['retryAfterSeconds'] as number;
  expect(seconds).toBeGreaterThanOrEqual(1);
  expect(seconds).toBeLessThanOrEqual(60);
  expect(result.headers.get('retry-after')).toBe(String(seconds));
  expect(error.message).toBe(`Too many operations in a short time: retry in ${seconds} s`);
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
    for (let index = 0; index < LIMIT; index++) {
      const response = await server.graphql('{ me { idd } }', undefined, { rpps: RPPS.externalTool });
      response.expectError('GRAPHQL_VALIDATION_FAILED');
    }
    expectLimited(await me(server.graphqlUrl, RPPS.externalTool));
  });

  it('counts operations over WebSocket with those over HTTP', async () => {
    for (let index = 0; index < LIMIT - 1; index++)
      expect((await me(server.graphqlUrl, RPPS.cardiologist)).errors).toBeUndefined();
    const socket = await openSocket(server.graphqlUrl, { rpps: RPPS.cardiologist });
    const results: GraphQLResult<unknown>[] = [];
    for (let index = 0; index < 2; index++) {
      await new Promise<void>((resolve) => {
        socket.client.subscribe(
          { query: '{ me { id } }' },
          {
            next: (result) => void results.push(GraphQLResult.of(result)),
            error: (errors) => (results.push(GraphQLResult.of({ errors: errors as unknown[] })), resolve()),
            complete: resolve,
          },
        );
      });
    }
    await socket.dispose();
    results[0]!.expectData();
    expect(results[1]!.expectError('RATE_LIMITED').extensions).toEqual({
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
      // Four operations, each waiting about the command timeout (300 ms; twice that behind an unanswered batch), not forever.
      expect(Date.now() - started).toBeLessThan(4 * 1000);
      // At once, too (their checks leave together, auto-pipelined, behind any batch still unanswered).
      const together = Date.now();
      const concurrent = await Promise.all(Array.from({ length: 4 }, () => limit.consume('another')));
      expect(concurrent.map((decision) => decision.allowed)).toEqual([true, true, true, false]);
      expect(Date.now() - together).toBeLessThan(4 * 1000);
      const closing = Date.now();
      await limit.close();
      expect(Date.now() - closing).toBeLessThan(1000);
    } finally {
      await redis.close();
    }
  });
});
