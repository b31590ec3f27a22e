// Opens the database: the embedded PGlite in DATA_DIR, or a PostgreSQL server, behind one Prisma client.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import lockfile from 'proper-lockfile';
import { PrismaClient } from '../generated/prisma/client.ts';
import { LoggableError } from '../logger.ts';
import { StatementLog } from './statement-log.ts';

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  kind: DatabaseKind;
  prisma: PrismaClient;
  /** The adapter factory, for the migration engine. */
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** The SQL statements the Prisma client sends, for tests: recorded only when opened with `logStatements`. */
  statements: StatementLog;
  /** Runs a raw statement outside Prisma (locks, health checks). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** How long a caller waits on the database before a prompt, retryable failure (a frozen or overloaded server). */
export interface DatabaseWaits {
  /** To get a connection from the pool (or open one). */
  acquireMs: number;
  /** For one statement: cancelled by the server past it, and given up by the client a second later. */
  statementMs: number;
  /** For a whole transaction. */
  transactionMs: number;
}

export const DEFAULT_WAITS: DatabaseWaits = { acquireMs: 5000, statementMs: 10_000, transactionMs: 15_000 };

/** The embedded database has one connection that every transaction queues for: longer waits, and no server to freeze. */
const EMBEDDED_WAITS: DatabaseWaits = { acquireMs: 10_000, statementMs: 0, transactionMs: 30_000 };

export type DatabaseSource =
  | { url: string; poolSize?: number; waits?: DatabaseWaits; preparedStatements?: boolean }
  | { dataDir: string }
  /** An already opened PGlite instance (tests load one from a template). */
  | { pglite: PGlite };

/** What the client does besides running statements. */
export interface DatabaseOptions {
  /**
   * Record every statement (StatementLog), for tests that count them. Off otherwise: Prisma's query events
   * cost every statement an event object and a listener call.
   */
  logStatements?: boolean;
}

export async function openDatabase(source: DatabaseSource, options: DatabaseOptions = {}): Promise<Database> {
  if ('url' in source) {
    const waits = source.waits ?? DEFAULT_WAITS;
    const adapterFactory = new PrismaPg(
      {
        connectionString: source.url,
        max: source.poolSize ?? 10,
        application_name: 'teleexpertise-api',
        connectionTimeoutMillis: waits.acquireMs,
        statement_timeout: waits.statementMs,
        // A server that is frozen cannot cancel anything: the client stops waiting itself.
        query_timeout: waits.statementMs + 1000,
      },
      source.preparedStatements === false ? {} : { statementNameGenerator: preparedStatementName },
    );
    return wrap('postgres', adapterFactory, undefined, waits, options);
  }
  let pglite: PGlite;
  if ('pglite' in source) {
    pglite = source.pglite;
  } else {
    const directory = path.join(source.dataDir, 'pgdata');
    // PGlite does not create parent directories.
    await mkdir(directory, { recursive: true });
    const release = await lockDataDir(source.dataDir);
    try {
      pglite = await PGlite.create({ dataDir: directory });
    } catch (error) {
      await release();
      throw error;
    }
    return wrap(
      'pglite',
      new PrismaPGlite(pglite),
      async () => {
        await pglite.close();
        await release();
      },
      EMBEDDED_WAITS,
      options,
    );
  }
  return wrap('pglite', new PrismaPGlite(pglite), () => pglite.close(), EMBEDDED_WAITS, options);
}

/** Most statements a connection keeps prepared; past them, new texts run unprepared (raw SQL may vary without end). */
const MAX_PREPARED = 1000;
const preparedNames = new Map<string, string>();

/**
 * A name per SQL text, so that node-postgres prepares each statement once per connection and PostgreSQL
 * plans it once (without a name, every statement is parsed and planned again). Off behind a pooler that
 * cannot keep prepared statements (DATABASE_PREPARED_STATEMENTS=false).
 */
function preparedStatementName({ sql }: { sql: string }): string {
  let name = preparedNames.get(sql);
  if (name === undefined && preparedNames.size < MAX_PREPARED) {
    name = `q${preparedNames.size}`;
    preparedNames.set(sql, name);
  }
  // node-postgres prepares a query only when it has a name: '' runs it unnamed.
  return name ?? '';
}

/** PGlite is one process's database: a second process on the same files would corrupt them. */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  try {
    return await lockfile.lock(dataDir, {
      lockfilePath: path.join(dataDir, 'pgdata.lock'),
      stale: 60_000,
      update: 10_000,
      // After a long sleep the lock may look stale; the default would throw from a timer and kill the process.
      onCompromised: (error) => process.emitWarning(`The lock on ${dataDir} was compromised: ${error.message}`),
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new LoggableError(
        `Another process is using the embedded database in ${dataDir}: stop it, or set another DATA_DIR`,
      );
    }
    throw error;
  }
}

function wrap(
  kind: DatabaseKind,
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  closeDriver: (() => Promise<void>) | undefined,
  waits: DatabaseWaits,
  { logStatements = false }: DatabaseOptions,
): Database {
  const statements = new StatementLog(logStatements);
  const prisma = new PrismaClient({
    adapter: adapterFactory,
    ...(logStatements && { log: [{ level: 'query' as const, emit: 'event' as const }] }),
    transactionOptions: { maxWait: waits.acquireMs, timeout: waits.transactionMs },
  });
  if (logStatements) (prisma as PrismaClient<'query'>).$on('query', (event) => statements.record(event.query));
  return {
    kind,
    prisma,
    adapterFactory,
    statements,
    async ping() {
      await prisma.$queryRawUnsafe('SELECT 1');
    },
    async close() {
      await prisma.$disconnect();
      await closeDriver?.();
    },
  };
}
