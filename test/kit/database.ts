// Test databases: one migrated and seeded template, copied for each test file (PGlite, or PostgreSQL when DATABASE_URL is set).
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../src/db/client.ts';

/** The server URL with another database name. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  db: Database;
  /** PostgreSQL URL of this copy, when on a server. */
  url: string | undefined;
  drop(): Promise<void>;
}

/** A private copy of the template for one test file. */
export async function copyTemplate(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  const template = inject('testTemplate');
  if (serverUrl) {
    const name = `teleexpertise_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(serverUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    const url = withDatabase(serverUrl, name);
    const db = await openDatabase({ url, poolSize: 5 }, { logStatements: true });
    return {
      db,
      url,
      async drop() {
        await db.close();
        await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      },
    };
  }
  const pglite = await PGlite.create({ loadDataDir: new Blob([await readFile(template)]) });
  const db = await openDatabase({ pglite }, { logStatements: true });
  return { db, url: undefined, drop: () => db.close() };
}
