// Vitest fixtures: a test server started once per file (on its own copy of the database), and a client per role.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { test as base } from 'vitest';
import type { GraphQLResult } from './graphql.ts';
import { RPPS } from './requests.ts';
import { startTestServer, type TestServer } from './server.ts';

/** One professional of the demonstration data, calling with their session token. */
export interface Client {
  rpps: string;
  graphql<R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<GraphQLResult<R>>;
}

export type Role = keyof typeof RPPS;

export const test = base.extend<{ $file: { server: TestServer; clients: Record<Role, Client> } }>({
  server: [
    async ({}, use) => {
      const server = await startTestServer();
      await use(server);
      await server.stop();
    },
    { scope: 'file' },
  ],
  clients: [
    async ({ server }, use) => {
      const client = (rpps: string): Client => ({
        rpps,
        graphql: (document, variables) => server.graphql(document, variables, { rpps }),
      });
      await use(
        Object.fromEntries(Object.entries(RPPS).map(([role, rpps]) => [role, client(rpps)])) as Record<Role, Client>,
      );
    },
    { scope: 'file' },
  ],
});
