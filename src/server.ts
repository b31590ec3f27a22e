// Entry point: read the configuration, prepare the database, serve the API, stop cleanly on signals.
import type { AddressInfo } from 'node:net';
import { buildApp } from './app.ts';
import { usesDevelopmentSecret } from './auth/development.ts';
import { signDevelopmentToken } from './auth/tokens.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { openDatabase, type Database } from './db/client.ts';
import { migrateDatabase } from './db/migrate.ts';
import { seedDemoData } from './db/seed.ts';
import { createLogger, LoggableError } from './logger.ts';
import { waitForDatabase } from './db/reach.ts';
import { DEMO_EXPERT_RPPS, DEMO_REQUESTER_RPPS } from '../prisma/seed-data.ts';

const startedAt = performance.now();
let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const logger = createLogger(config.logLevel);

const db = await prepareDatabase(config).catch((error: unknown) => {
  // One line that says what failed and what to check; the error's frames, never its message (it may quote a value).
  logger.fatal({ err: error }, error instanceof LoggableError ? error.message : 'cannot prepare the database');
  process.exit(1);
});

/** The database opened, reachable, migrated and (on the embedded one, by default) loaded with demonstration data. */
async function prepareDatabase(config: Config): Promise<Database> {
  const { databaseUrl } = config;
  const db = await openDatabase(
    databaseUrl
      ? { url: databaseUrl, waits: config.databaseWaits, preparedStatements: config.databasePreparedStatements }
      : { dataDir: config.dataDir },
  );
  if (databaseUrl)
    await waitForDatabase(db, { url: databaseUrl, waitSeconds: config.databaseStartWaitSeconds, logger });
  const applied = await migrateDatabase(db, { databaseUrl });
  if (applied.length > 0) logger.info({ migrations: applied }, 'migrations applied');
  if (config.seedDemo && (await seedDemoData(db))) logger.info('demonstration data loaded');
  return db;
}

const app = buildApp({ config, db, logger });
const baseUrl = await app.start();
const { address, port } = app.server.address() as AddressInfo;
logger.info(
  { url: `${baseUrl}/graphql`, address, port, database: db.kind, startupMs: Math.round(performance.now() - startedAt) },
  'listening',
);
if (usesDevelopmentSecret(config) && !isLoopback(address)) {
  logger.warn(
    { address },
    'the development JWT secret is public: anyone who reaches this address can sign in as anyone (set JWT_SECRET, or HOST=127.0.0.1)',
  );
}

if (config.seedDemo && config.jwt.secret !== undefined && !config.production) {
  const requesterToken = await signDevelopmentToken(config.jwt, { nationalId: DEMO_REQUESTER_RPPS });
  const expertToken = await signDevelopmentToken(config.jwt, { nationalId: DEMO_EXPERT_RPPS });
  process.stdout.write(
    [
      '',
      `Téléexpertise API ready: open ${baseUrl}/graphql (GraphiQL, ${usesDevelopmentSecret(config) ? 'with a tab as each of these two' : 'and set the Authorization header'}).`,
      '',
      `Demonstration requester (Dr Claire Martin, RPPS ${DEMO_REQUESTER_RPPS}), valid 12 hours:`,
      `  Bearer ${requesterToken}`,
      '',
      `Demonstration expert (Dr Hélène Rousseau, dermatology, RPPS ${DEMO_EXPERT_RPPS}), valid 12 hours:`,
      `  Bearer ${expertToken}`,
      '',
      'Any other professional: npm run -s token -- <treating-doctor | RPPS number> [given_name=… family_name=… profession=…]',
      '',
    ].join('\n') + '\n',
  );
}

function isLoopback(address: string): boolean {
  return address === '::1' || address.startsWith('127.') || address === '::ffff:127.0.0.1';
}

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'stopping');
  const forced = setTimeout(() => {
    logger.error('shutdown took longer than 10 s: exiting');
    process.exit(1);
  }, 10_000);
  forced.unref();
  try {
    await app.stop();
    await db.close();
    logger.info('stopped');
    process.exit(0);
  } catch (error) {
    logger.error({ err: error }, 'shutdown failed');
    process.exit(1);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
