// Production mode: unexpected errors are masked with a request id that the log carries, and the log holds no health data or token.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateRequestDocument,
  MessageAddedDocument,
  PostMessageDocument,
  SubmitReportDocument,
} from './generated/graphql.ts';
import type { GraphQLResult } from './kit/graphql.ts';
import { openSocket } from './kit/live.ts';
import { freshPatient, reportInput } from './kit/reports.ts';
import { RPPS, requestInput } from './kit/requests.ts';
import { startTestServer, type TestServer } from './kit/server.ts';
import { signToken } from './kit/tokens.ts';
import { createLogger } from '../src/logger.ts';

const SECRET = 'a-production-secret-of-this-test-only-0123456789';
const sign = (rpps: string) => signToken({ sub: rpps }, { key: new TextEncoder().encode(SECRET), expiresIn: '10m' });

let server: TestServer;
const logLines: string[] = [];
const log = () => logLines.map((line) => JSON.parse(line) as Record<string, unknown>);

beforeAll(async () => {
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  // The most verbose level: whatever any part of the server may log is captured.
  server = await startTestServer(
    { NODE_ENV: 'production', JWT_SECRET: SECRET },
    { logger: createLogger('trace', destination) },
  );
});
afterAll(() => server?.stop());

const post = (token: string, query: string) => server.graphql(query, undefined, { token });

/** Masked as "Unexpected error", with the request id the response header and the log line of the error carry. */
function expectMasked(result: GraphQLResult<unknown>) {
  const error = result.expectError('INTERNAL_SERVER_ERROR', { message: 'Unexpected error' });
  const requestId = result.headers.get('x-request-id');
  expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId });
  // Nothing of the cause: no stack, no file, no database message.
  expect(result.text).not.toMatch(/stack|\bat \w|\/src\/|node_modules|does not exist|activityDescriptionGone|prisma/i);
  const logged = log().find((line) => line['msg'] === 'unexpected error' && line['requestId'] === requestId);
  expect(logged, 'the log line of the error carries the request id').toBeDefined();
  expect(logged!['err']).toMatchObject({ type: expect.any(String), at: expect.any(Array) });
  expect(logged!['err']).not.toHaveProperty('message');
}

describe('in production mode', () => {
  it('masks an unexpected error in a resolver as "Unexpected error" with the request id the log also carries', async () => {
    await server.db.prisma.$executeRawUnsafe(
      'ALTER TABLE "ExpertProfile" RENAME COLUMN "activityDescription" TO "activityDescriptionGone"',
    );
    try {
      const result = await post(await sign(RPPS.expert), '{ me { expertProfile { activityDescription } } }');
      expect(result.status).toBe(200);
      expectMasked(result);
    } finally {
      await server.db.prisma.$executeRawUnsafe(
        'ALTER TABLE "ExpertProfile" RENAME COLUMN "activityDescriptionGone" TO "activityDescription"',
      );
    }
  });

  it('masks an unexpected error while identifying the caller the same way; a socket closes with 1011 (retry), not 4403 (bad token)', async () => {
    await server.db.prisma.$executeRawUnsafe('ALTER TABLE "Professional" RENAME COLUMN "rpps" TO "rppsGone"');
    try {
      const result = await post(await sign(RPPS.requester), '{ me { id } }');
      expectMasked(result);
      const socket = await openSocket(server.graphqlUrl, { token: await sign(RPPS.requester) });
      expect((await socket.closed).code).toBe(1011);
    } finally {
      await server.db.prisma.$executeRawUnsafe('ALTER TABLE "Professional" RENAME COLUMN "rppsGone" TO "rpps"');
    }
  });

  it('ends a subscription whose event stream fails with one masked error, with the request id the log carries', async () => {
    const token = await sign(RPPS.requester);
    const listed = await post(token, '{ requests(first: 1) { edges { node { id } } } }');
    const requestId = (listed.expectData() as { requests: { edges: { node: { id: string } }[] } }).requests.edges[0]!
      .node.id;
    const socket = await openSocket(server.graphqlUrl, { token });
    const feed = socket.subscribe(MessageAddedDocument, { requestId });
    // The subscription is live once it has replayed nothing new: an event now makes it read the database.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await server.db.prisma.$executeRawUnsafe('ALTER TABLE "Message" RENAME COLUMN "body" TO "bodyGone"');
    try {
      const raw = Buffer.from(requestId, 'base64').toString('utf8').split(':')[1]!;
      server.app.live.publish([
        { kind: 'MESSAGE_ADDED', requestId: raw, messageId: raw, sequence: 1_000_000, participantIds: [] },
      ]);
      const result = await feed.next();
      expect(result.errors).toHaveLength(1);
      const [error] = result.errors!;
      expect(error!.message).toBe('Unexpected error');
      const operationId = error!.extensions?.['requestId'];
      expect(operationId).toEqual(expect.any(String));
      expect(log().some((line) => line['msg'] === 'unexpected error' && line['requestId'] === operationId)).toBe(true);
    } finally {
      await server.db.prisma.$executeRawUnsafe('ALTER TABLE "Message" RENAME COLUMN "bodyGone" TO "body"');
      await socket.dispose();
    }
  });

  it('logs no message body, patient identity, report text or token through a whole conversation', async () => {
    const requester = await sign(RPPS.requester);
    const expert = await sign(RPPS.expert);
    const patient = freshPatient({
      birthName: 'Quimperlé-Tangy',
      usedName: 'Ozanneau',
      firstNames: 'Rosalinde Aurore',
      birthDate: '1949-07-23',
    });
    const question = 'Question-secrète : plaque érythémateuse du flanc gauche';
    const created = await server.graphql(
      CreateRequestDocument,
      { input: await requestInput(server.db, { patient, question }) },
      { token: requester },
    );
    created.expectData();
    const requestId = created.data!.createRequest.id;

    const socket = await openSocket(server.graphqlUrl, { token: expert });
    // From the opening messages on: the message posted next is delivered even if it is written before the subscription starts.
    const opening = created.data!.createRequest.messages.edges.at(-1)!.node.id;
    const feed = socket.subscribe(MessageAddedDocument, { requestId, after: opening });
    const body = 'Corps-du-message-confidentiel : le patient signale un prurit nocturne';
    const posted = await server.graphql(PostMessageDocument, { input: { requestId, body } }, { token: requester });
    posted.expectData();
    await expect
      .poll(() => feed.results.some((result) => JSON.stringify(result).includes('prurit nocturne')))
      .toBe(true);
    await socket.dispose();

    const conclusion = 'Conclusion-confidentielle : eczéma nummulaire probable';
    const report = await server.graphql(
      SubmitReportDocument,
      { input: reportInput(requestId, { conclusion }) },
      { token: expert },
    );
    report.expectData();
    // A refused token and a failing socket are logged too, if at all, without the token.
    const forged = `${requester.slice(0, -6)}AAAAAA`;
    expect((await post(forged, '{ me { id } }')).status).toBe(401);
    const refusedSocket = await openSocket(server.graphqlUrl, { token: forged });
    expect((await refusedSocket.closed).code).toBe(4403);

    // The log did record this activity: the assertions below are not vacuous.
    expect(log().filter((line) => line['msg'] === 'request').length).toBeGreaterThanOrEqual(4);
    const all = logLines.join('\n');
    for (const secret of [
      patient.birthName,
      patient.usedName!,
      'Rosalinde',
      patient.ins!,
      '1949-07-23',
      question,
      'Question-secrète',
      'prurit nocturne',
      'Corps-du-message',
      'eczéma nummulaire',
      'Conclusion-confidentielle',
      requester,
      expert,
      forged,
      requester.split('.')[2]!,
      expert.split('.')[2]!,
      SECRET,
    ]) {
      expect(all, `the log holds "${secret.slice(0, 12)}…"`).not.toContain(secret);
    }
  });
});
