// Brings a database up to the committed migrations at start, once even when several instances start together.
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import type { Database } from './client.ts';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../prisma/migrations', import.meta.url));

/** Arbitrary, fixed key of the PostgreSQL advisory lock held while migrating. */
const MIGRATION_LOCK_KEY = 7_240_611_001;

export async function committedMigrations(migrationsDir = MIGRATIONS_DIR): Promise<string[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Names of the migrations recorded as applied, or [] on a database never migrated. */
export async function appliedMigrations(db: Database): Promise<string[]> {
  const [table] = await db.prisma.$queryRawUnsafe<{ exists: boolean }[]>(
    `SELECT to_regclass('_prisma_migrations') IS NOT NULL AS "exists"`,
  );
  if (!table?.exists) return [];
  const rows = await db.prisma.$queryRawUnsafe<{ migration_name: string }[]>(
    'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
  );
  return rows.map((row) => row.migration_name);
}

async function pendingMigrations(db: Database, migrationsDir: string): Promise<string[]> {
  const applied = new Set(await appliedMigrations(db));
  return (await committedMigrations(migrationsDir)).filter((name) => !applied.has(name));
}

/**
 * Applies pending migrations with Prisma's migration engine. The engine is loaded only when
 * something is pending, so an up-to-date database starts fast.
 */
export async function migrateDatabase(
  db: Database,
  options: { databaseUrl?: string | undefined; migrationsDir?: string } = {},
): Promise<string[]> {
  const migrationsDir = options.migrationsDir ?? MIGRATIONS_DIR;
  if ((await pendingMigrations(db, migrationsDir)).length === 0) return [];
  const { applyMigrations } = await import('./engine.ts');

  // PGlite is one process's own database: no one else can be migrating it.
  if (db.kind === 'pglite' || !options.databaseUrl) return applyMigrations(db.adapterFactory, migrationsDir);

  const lock = new pg.Client({ connectionString: options.databaseUrl, application_name: 'teleexpertise-migrate' });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    // Another instance may have finished while this one waited for the lock.
    if ((await pendingMigrations(db, migrationsDir)).length === 0) return [];
    // Its own connections, without the callers' statement timeout: a migration may rightly take longer.
    const migrating = new PrismaPg({
      connectionString: options.databaseUrl,
      application_name: 'teleexpertise-migrate',
    });
    return await applyMigrations(migrating, migrationsDir);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.end();
  }
}
