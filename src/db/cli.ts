// Operator commands: `npm run migrate` (apply), `migrate:create -- <name>` (new migration), `migrate:status`, `seed`.
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from '../config.ts';
import { openDatabase } from './client.ts';
import { MIGRATIONS_DIR, migrateDatabase } from './migrate.ts';
import { seedDemoData } from './seed.ts';

const SCHEMA_PATH = fileURLToPath(new URL('../../prisma/schema.prisma', import.meta.url));
const [command, ...rest] = process.argv.slice(2);

async function main(): Promise<number> {
  if (command === 'create') {
    const name = rest[0];
    if (!name) {
      console.error('Name the migration: npm run migrate:create -- add_requests');
      return 2;
    }
    const { createMigration } = await import('./engine.ts');
    const directory = await createMigration({ schemaPath: SCHEMA_PATH, migrationsDir: MIGRATIONS_DIR, name });
    console.log(
      directory
        ? `Created ${directory}: review it and commit it.`
        : 'The schema matches the migrations: nothing to create.',
    );
    return 0;
  }

  const config = loadConfig();
  const db = await openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir });
  const target = config.databaseUrl ? 'the PostgreSQL server' : `the embedded database in ${config.dataDir}`;
  try {
    switch (command) {
      case 'deploy': {
        const applied = await migrateDatabase(db, { databaseUrl: config.databaseUrl });
        console.log(
          applied.length ? `Applied to ${target}: ${applied.join(', ')}` : `Nothing to apply: ${target} is up to date.`,
        );
        return 0;
      }
      case 'status': {
        const { diagnoseMigrations } = await import('./engine.ts');
        const status = await diagnoseMigrations(db.adapterFactory, MIGRATIONS_DIR);
        console.log(JSON.stringify(status, null, 2));
        return status.history === null && status.failedMigrationNames.length === 0 ? 0 : 1;
      }
      case 'seed': {
        await migrateDatabase(db, { databaseUrl: config.databaseUrl });
        console.log(
          (await seedDemoData(db))
            ? `Demonstration data loaded into ${target}.`
            : 'Demonstration data is already there.',
        );
        return 0;
      }
      default:
        console.error('Usage: cli.ts deploy | create <name> | status | seed');
        return 2;
    }
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  },
);
