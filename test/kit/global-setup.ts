// Builds the migrated, seeded template database once for the whole run.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/db/client.ts';
import { migrateDatabase } from '../../src/db/migrate.ts';
import { seedDemoData } from '../../src/db/seed.ts';
import { adminQuery, withDatabase } from './database.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `teleexpertise_template_${process.pid}`;
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
    const url = withDatabase(serverUrl, name);
    const db = await openDatabase({ url, poolSize: 2 });
    await migrateDatabase(db, { databaseUrl: url });
    await seedDemoData(db);
    await db.close();
    project.provide('testTemplate', name);
    return () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }

  const directory = await mkdtemp(path.join(os.tmpdir(), 'teleexpertise-test-'));
  const pglite = await PGlite.create();
  const db = await openDatabase({ pglite });
  await migrateDatabase(db);
  await seedDemoData(db);
  const dump = await pglite.dumpDataDir('none');
  const file = path.join(directory, 'template.tar');
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  await db.close();
  project.provide('testTemplate', file);
  return () => rm(directory, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** PostgreSQL template database name, or the path of the PGlite template dump. */
    testTemplate: string;
  }
}
