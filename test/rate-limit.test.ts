// The per-professional rate limit: a clear error with a retry hint, over HTTP and WebSocket, shared by instances through Redis.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSocket } from './kit/live.ts';
import { RPPS } from './kit/requests.ts';
import { startTestServer, type TestServer } from './kit/server.ts';
import { tokenFor } from './kit/tokens.ts';

const LIMIT = 5;

async function me(graphqlUrl: string, rpps: string) {
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${await tokenFor(rpps)}` },
    body: JSON.stringify({ query: '{ me { id } }' }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] };
  return { status: response.status, retryAfter: response.headers.get('retry-after'), ...body };
}

function expectLimited(result: Awaited<ReturnType<typeof me>>) {
  expect(result.status).toBe(429);
  expect(result.data ?? null).toBeNull();
  const [error] = result.errors!;
  expect(error!.extensions['code']).toBe('RATE_LIMITED');
  const seconds = error!.extensions['retryAfterSeconds'] as number;
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
    for (let index = 0; index < LIMIT; index++) expect((await me(server.graphqlUrl, RPPS.colleague)).errors).toBeUndefined();
    expectLimited(await me(server.graphqlUrl, RPPS.colleague));
    expect((await me(server.graphqlUrl, RPPS.rheumatologist)).errors).toBeUndefined();
  });

  it('counts operations over WebSocket with those over HTTP', async () => {
    for (let index = 0; index < LIMIT - 1; index++) expect((await me(server.graphqlUrl, RPPS.cardiologist)).errors).toBeUndefined();
    const socket = await openSocket(server.graphqlUrl, { rpps: RPPS.cardiologist });
    const results: { errors?: { extensions?: Record<string, unknown> }[] }[] = [];
    for (let index = 0; index < 2; index++) {
      await new Promise<void>((resolve) => {
        socket.client.subscribe({ query: '{ me { id } }' }, { next: (result) => void results.push(result as never), error: (errors) => (results.push({ errors: errors as never }), resolve()), complete: resolve });
      });
    }
    await socket.dispose();
    expect(results[0]!.errors).toBeUndefined();
    expect(results[1]!.errors?.[0]?.extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
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
