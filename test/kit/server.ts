// A real server per test file, on a private copy of the template database, with typed GraphQL calls.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { randomBytes } from 'node:crypto';
import { print } from 'graphql';
import pino, { type Logger } from 'pino';
import { buildApp, type App } from '../../src/app.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import type { Database } from '../../src/db/client.ts';
import { copyTemplate } from './database.ts';
import { graphql, post, type Caller, type GraphQLOptions, type GraphQLResult } from './graphql.ts';

export interface TestServer {
  url: string;
  graphqlUrl: string;
  db: Database;
  /** The PostgreSQL URL of this file's database, when on a server (a child process can then share it). */
  databaseUrl: string | undefined;
  config: Config;
  app: App;
  /** Sends a typed operation (or a plain string) as `rpps` (with their session token), or with `token` as given (null: none). */
  graphql<R, V>(
    document: TypedDocumentNode<R, V>,
    variables: V,
    as: Caller,
    options?: GraphQLOptions,
  ): Promise<GraphQLResult<R>>;
  graphql<R = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> | undefined,
    as: Caller,
    options?: GraphQLOptions,
  ): Promise<GraphQLResult<R>>;
  /**
   * Sends a typed operation as a multipart request (GraphQL multipart request specification):
   * each file goes to the variable path it is keyed by, e.g. `input.attachments.0`.
   */
  upload<R, V>(
    document: TypedDocumentNode<R, V>,
    variables: V,
    files: Record<string, TestFile>,
    as: Caller,
  ): Promise<GraphQLResult<R>>;
  /** Another instance of the API on the same database (and the same Redis channels): events must travel between them. */
  startInstance(): Promise<{ url: string; graphqlUrl: string; app: App; stop(): Promise<void> }>;
  /** Runs `operation` and returns the SQL statements it sent. */
  statements<T>(operation: () => Promise<T>): Promise<{ result: T; statements: string[] }>;
  stop(): Promise<void>;
}

export interface TestFile {
  name: string;
  bytes: Uint8Array;
  /** The media type the client claims; the server reads the bytes anyway. */
  type?: string;
}

export async function startTestServer(
  env: Record<string, string> = {},
  options: { logger?: Logger } = {},
): Promise<TestServer> {
  const { db, url: databaseUrl, drop } = await copyTemplate();
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    // Tests announce deadlines themselves (app.sweepDeadlines), so that no timer adds statements to what they count.
    DEADLINE_CHECK_SECONDS: '0',
    // Likewise the look for lost announcements (app.sweepLive; test/live-durable.test.ts runs it on a timer),
    // and the mail outbox (app.drainMail).
    LIVE_SWEEP_SECONDS: '0',
    MAIL_POLL_SECONDS: '0',
    // A look at Redis that finds a PING still unanswered (a loaded machine) catches every subscription up from the
    // database, adding reads to what tests count: looks are rare here, and the Redis fault tests set their own pace.
    LIVE_POLL_SECONDS: '30',
    // Test files share one Redis and their databases are copies of one template: channels are kept apart.
    REDIS_PREFIX: `test-${randomBytes(6).toString('hex')}:`,
    ...(process.env.REDIS_URL && { REDIS_URL: process.env.REDIS_URL }),
    // Tests send operations far faster than a person: the rate limit is tested on its own (test/rate-limit.test.ts).
    RATE_LIMIT_PER_MINUTE: '0',
    ...env,
  });
  const logger = options.logger ?? pino({ level: 'silent' });
  const app = buildApp({ config, db, logger });
  const url = await app.start(0);
  const instances: App[] = [];
  const graphqlUrl = `${url}/graphql`;
  return {
    url,
    graphqlUrl,
    db,
    databaseUrl,
    config,
    app,
    graphql: ((
      operation: string,
      variables: Record<string, unknown> | undefined,
      as: Caller,
      options?: GraphQLOptions,
    ) => graphql(graphqlUrl, operation, variables, as, options)) as TestServer['graphql'],
    async upload(document, variables, files, as) {
      const form = new FormData();
      form.set('operations', JSON.stringify({ query: print(document), variables }));
      const keys = Object.keys(files);
      form.set(
        'map',
        JSON.stringify(Object.fromEntries(keys.map((path, index) => [String(index), [`variables.${path}`]]))),
      );
      keys.forEach((path, index) => {
        const file = files[path]!;
        form.set(
          String(index),
          new Blob([Buffer.from(file.bytes)], { type: file.type ?? 'application/octet-stream' }),
          file.name,
        );
      });
      return post(graphqlUrl, form, as, { 'graphql-require-preflight': '1' });
    },
    async startInstance() {
      const other = buildApp({ config, db, logger });
      instances.push(other);
      const otherUrl = await other.start(0);
      return { url: otherUrl, graphqlUrl: `${otherUrl}/graphql`, app: other, stop: () => other.stop() };
    },
    statements: (operation) => db.statements.capture(operation),
    async stop() {
      await Promise.all([app, ...instances].map((instance) => instance.stop().catch(() => undefined)));
      await drop();
    },
  };
}
