// The database fails: operations answer promptly with SERVICE_UNAVAILABLE (503, Retry-After), say whether a write can
// have been applied, and the API works again once the database is back. On a private PostgreSQL this test stops and freezes.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { openDatabase, type Database } from '../src/db/client.ts';
import { migrateDatabase } from '../src/db/migrate.ts';
import { seedDemoData } from '../src/db/seed.ts';
import { graphql, type GraphQLResult } from './kit/graphql.ts';
import { postgresBinaries, startPostgresServer, type PostgresServer } from './kit/postgres-server.ts';
import { RPPS } from './kit/requests.ts';

const binaries = postgresBinaries();
if (!binaries)
  console.warn('faults-database SKIPPED: no PostgreSQL server binaries (initdb, postgres); set PG_BIN_DIR');

describe.runIf(binaries)('while the database is unavailable', () => {
  let postgres: PostgresServer;
  let db: Database;
  let app: App;
  let graphqlUrl: string;
  const waits = { acquireMs: 1000, statementMs: 1000, transactionMs: 3000 };

  beforeAll(async () => {
    postgres = await startPostgresServer();
    db = await openDatabase({ url: postgres.url, waits });
    await migrateDatabase(db, { databaseUrl: postgres.url });
    await seedDemoData(db);
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: postgres.url,
      DEADLINE_CHECK_SECONDS: '0',
      RATE_LIMIT_PER_MINUTE: '0',
    });
    app = buildApp({ config, db, logger: pino({ level: 'silent' }) });
    graphqlUrl = `${await app.start(0)}/graphql`;
  }, 120_000);
  afterAll(async () => {
    postgres?.thaw();
    await app?.stop();
    await db?.close().catch(() => undefined);
    await postgres?.destroy();
  });

  // Reads the database whatever is cached (the caller's token is trusted for a minute once verified).
  const me = () => graphql(graphqlUrl, '{ me { rpps lastName } }', undefined, { rpps: RPPS.colleague });

  function expectUnavailable(result: GraphQLResult<unknown>) {
    const error = result.expectError('SERVICE_UNAVAILABLE', { status: 503 });
    expect(result.headers.get('retry-after')).toBe('2');
    expect(error.message).toBe('The service is unavailable for a moment: retry in 2 s');
    return error;
  }

  it('answers at once, with 503, Retry-After and applied: false, when the server is down; then works again', async () => {
    expect((await me()).expectData()).toMatchObject({ me: { rpps: RPPS.colleague } });
    await postgres.stop();
    try {
      const started = Date.now();
      // A fresh token: its professional is read from the database.
      const error = expectUnavailable(
        await graphql(graphqlUrl, '{ me { rpps } }', undefined, { rpps: RPPS.secretary }),
      );
      expect(error.extensions).toMatchObject({ applied: false, retryAfterSeconds: 2 });
      expect(Date.now() - started).toBeLessThan(waits.acquireMs + 1500);
    } finally {
      await postgres.start();
    }
    expect((await me()).expectData()).toMatchObject({ me: { rpps: RPPS.colleague } });
  });

  it('answers a caller within its waits while the server is frozen, not for as long as it stays frozen', async () => {
    expect((await me()).expectData()).toBeDefined();
    postgres.freeze();
    try {
      const started = Date.now();
      const results = await Promise.all([me(), me(), me()]);
      for (const result of results) expectUnavailable(result);
      // Each gives up after its own wait (a statement, or a connection), far sooner than the freeze.
      expect(Date.now() - started).toBeLessThan(waits.statementMs + waits.acquireMs + 2500);
    } finally {
      postgres.thaw();
    }
    await expect.poll(async () => (await me()).errors, { timeout: 10_000 }).toBeUndefined();
  });

  it('says a transaction that could not start was not applied, not so of a post sent as one statement, and a retry with the same clientMessageId stores it once', async () => {
    const list = await graphql<{ requests: { edges: { node: { id: string } }[] } }>(
      graphqlUrl,
      '{ requests(first: 1) { edges { node { id } } } }',
      undefined,
      { rpps: RPPS.requester },
    );
    const requestId = list.expectData().requests.edges[0]!.node.id;
    const post = () =>
      graphql<{ postMessage: { id: string } }>(
        graphqlUrl,
        'mutation($input: PostMessageInput!) { postMessage(input: $input) { id } }',
        { input: { requestId, body: 'Résultats joints', clientMessageId: 'retry-after-freeze' } },
        { rpps: RPPS.requester },
      );
    const markRead = (upTo: string) =>
      graphql(
        graphqlUrl,
        'mutation($requestId: ID!, $upTo: ID!) { markRead(requestId: $requestId, upTo: $upTo) { id } }',
        { requestId, upTo },
        { rpps: RPPS.expert },
      );
    // Warms two connections of the pool, one for each operation below, and both callers' tokens.
    const posted = (await post()).expectData().postMessage;
    await Promise.all([post(), markRead(posted.id)].map((sent) => sent.then((result) => result.expectData())));
    const again = { input: { requestId, body: 'Autre message', clientMessageId: 'interrupted-by-freeze' } };
    postgres.freeze();
    let interrupted: GraphQLResult<unknown>;
    let unread: GraphQLResult<unknown>;
    try {
      [interrupted, unread] = await Promise.all([
        graphql(graphqlUrl, 'mutation($input: PostMessageInput!) { postMessage(input: $input) { id } }', again, {
          rpps: RPPS.requester,
        }),
        markRead(posted.id),
      ]);
    } finally {
      postgres.thaw();
    }
    // A transaction that could not start within the wait (DATABASE_ACQUIRE_TIMEOUT_MS): nothing was written.
    expect(expectUnavailable(unread).extensions).toMatchObject({ applied: false });
    // The post is one statement, sent before the freeze was noticed: the server may run it once thawed, so the
    // client is not told it was not applied, and retries with its clientMessageId.
    expect(expectUnavailable(interrupted).extensions).not.toHaveProperty('applied');
    const retry = () =>
      graphql<{ postMessage: { id: string } }>(
        graphqlUrl,
        'mutation($input: PostMessageInput!) { postMessage(input: $input) { id } }',
        again,
        { rpps: RPPS.requester },
      );
    await expect.poll(async () => (await retry()).errors, { timeout: 10_000 }).toBeUndefined();
    const [first, second] = [(await retry()).expectData(), (await retry()).expectData()];
    expect(second.postMessage.id).toBe(first.postMessage.id);
    expect(await db.prisma.message.count({ where: { clientMessageId: 'interrupted-by-freeze' } })).toBe(1);
  });
});
