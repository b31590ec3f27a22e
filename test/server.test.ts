// One endpoint: GraphQL over HTTP (GET and POST), SSE, GraphiQL, health routes, request logs without secrets.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_REQUESTER_RPPS } from '../prisma/seed-data.ts';
import { createLogger } from '../src/logger.ts';
import { authorization, http, post } from './kit/graphql.ts';
import { startTestServer, type TestServer } from './kit/server.ts';
import { tokenFor } from './kit/tokens.ts';

const logLines: string[] = [];
let server: TestServer;
beforeAll(async () => {
  const sink = new Writable({
    write(chunk, _encoding, callback) {
      logLines.push(String(chunk));
      callback();
    },
  });
  server = await startTestServer({}, { logger: createLogger('info', sink) });
});
afterAll(() => server?.stop());

const auth = () => authorization({ rpps: DEMO_REQUESTER_RPPS });

describe('health', () => {
  it('answers /healthz when up and /readyz when the database answers', async () => {
    const health = await http(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(health.json).toEqual({ status: 'ok' });
    const ready = await http(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(ready.json).toEqual({
      status: 'ready',
      database: 'ok',
      ...(process.env.REDIS_URL && { redis: 'ok' }),
    });
  });

  it('answers /readyz with 503 and names the dependency that does not answer', async () => {
    // Nothing listens on port 1.
    const degraded = await startTestServer({ REDIS_URL: 'redis://127.0.0.1:1' });
    try {
      const ready = await http(`${degraded.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(ready.json).toEqual({ status: 'unavailable', database: 'ok', redis: 'unreachable' });
      expect((await http(`${degraded.url}/healthz`)).status).toBe(200);
    } finally {
      await degraded.stop();
    }
  });

  it('answers 404 with a hint elsewhere', async () => {
    const response = await http(`${server.url}/nowhere`);
    expect(response.status).toBe(404);
    expect(response.json).toEqual({ error: 'Not found: the API is served at /graphql', code: 'NOT_FOUND' });
  });
});

describe('/graphql', () => {
  it('serves GraphiQL to a browser, with the Authorization header filled, its assets inlined rather than fetched from elsewhere', async () => {
    const response = await http(`${server.graphqlUrl}`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const page = response.text;
    expect(page).toMatch(/GraphiQL|graphiql/);
    expect(page).toContain('Authorization');
    expect(page).not.toMatch(/\b(src|href)=["']?(https?:)?\/\//);
    expect(page).not.toContain('unpkg.com');
  });

  it('answers queries over GET', async () => {
    const url = `${server.graphqlUrl}?query=${encodeURIComponent('{ me { rpps } }')}`;
    const response = await http(url, { headers: { ...(await auth()), accept: 'application/graphql-response+json' } });
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ data: { me: { rpps: DEMO_REQUESTER_RPPS } } });
  });

  it('refuses mutations over GET', async () => {
    const url = `${server.graphqlUrl}?query=${encodeURIComponent('mutation { updateExpertProfile(input: {}) { listed } }')}`;
    const response = await http(url, { headers: { ...(await auth()), accept: 'application/graphql-response+json' } });
    expect(response.status).toBe(405);
  });

  it('streams results over SSE', async () => {
    const response = await http(server.graphqlUrl, {
      method: 'POST',
      headers: { ...(await auth()), 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: '{ me { rpps } }' }),
    });
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    const text = response.text;
    expect(text).toContain(`event: next`);
    expect(text).toContain(JSON.stringify({ data: { me: { rpps: DEMO_REQUESTER_RPPS } } }));
    expect(text).toContain('event: complete');
  });

  it('refuses batched operations', async () => {
    const response = await http(server.graphqlUrl, {
      method: 'POST',
      headers: { ...(await auth()), 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ me { rpps } }' }, { query: '{ me { rpps } }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('logs each request with an id, never with the token, query or variables', async () => {
    const token = await tokenFor(DEMO_REQUESTER_RPPS);
    const body = JSON.stringify({
      query: 'query Search($text: String) { experts(filter: { text: $text }) { edges { node { id } } } }',
      operationName: 'Search',
      variables: { text: 'secret-patient-name' },
    });
    const headers = { 'content-type': 'application/json', 'x-request-id': 'trace-me-42' };
    const response = await post(server.graphqlUrl, body, { token }, headers);
    expect(response.headers.get('x-request-id')).toBe('trace-me-42');
    response.expectData();
    // Error paths too: a refused cursor quotes the value in the database's message.
    const cursor = Buffer.from('GPC:S:leaky-cursor-value').toString('base64');
    const refused = await server.graphql(`{ experts(after: "${cursor}") { edges { cursor } } }`, undefined, { token });
    refused.expectError('BAD_USER_INPUT');
    const line = logLines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => l['requestId'] === 'trace-me-42');
    expect(line).toMatchObject({
      msg: 'request',
      method: 'POST',
      path: '/graphql',
      status: 200,
      operationName: 'Search',
    });
    const all = logLines.join('\n');
    expect(all).not.toContain(token);
    expect(all).not.toContain(token.split('.')[2]);
    expect(all).not.toContain('secret-patient-name');
    expect(all).not.toContain('experts(filter');
    expect(all).not.toContain('leaky-cursor-value');
    expect(all).not.toContain('Claire');
    expect(all).not.toContain(DEMO_REQUESTER_RPPS);
  });
});
