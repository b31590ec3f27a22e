// One server under test, in a process of its own: `minimal` (a bare graphql-yoga), `ours`, or `postgraphile`.
// It tells the benchmark its URL, then answers requests for its CPU time, heap and SQL counts over IPC.
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import { Session } from 'node:inspector';
import { writeHeapSnapshot } from 'node:v8';
import { sqlCounts } from './sql-counter.ts';

export type ServerKind = 'minimal' | 'ours' | 'postgraphile';

export interface ChildStats {
  /** User plus system CPU time of the process, in microseconds. */
  cpuMicros: number;
  /** Heap in use after a full garbage collection. */
  heapUsed: number;
  rss: number;
  sql: ReturnType<typeof sqlCounts>;
}

/** What the benchmark asks of the server process; each request is answered by a reply with its id. */
export type ChildRequest = { id: number } & (
  | { type: 'stats' }
  | { type: 'profile-start' }
  | { type: 'profile-stop'; file: string }
  | { type: 'heap-snapshot'; file: string }
);

export type ChildMessage =
  | { type: 'ready'; url: string; startupMs: number }
  | { type: 'reply'; id: number; value?: unknown };

const kind = process.argv[2] as ServerKind;
const port = Number(process.env['PORT'] ?? 0);
const startedAt = performance.now();

async function startMinimal(): Promise<string> {
  const { createSchema, createYoga } = await import('graphql-yoga');
  const yoga = createYoga({ schema: createSchema({ typeDefs: 'type Query { hello: String }' }) });
  const server = http.createServer(yoga);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`;
}

async function startOurs(): Promise<string> {
  const { buildApp } = await import('../src/app.ts');
  const { loadConfig } = await import('../src/config.ts');
  const { openDatabase } = await import('../src/db/client.ts');
  const { createLogger } = await import('../src/logger.ts');
  const config = loadConfig();
  // Request lines go to this process's stdout, which the benchmark discards: written, never read.
  const logger = createLogger(config.logLevel);
  const db = await openDatabase({ url: config.databaseUrl!, preparedStatements: config.databasePreparedStatements });
  const app = buildApp({ config, db, logger });
  return `${await app.start()}/graphql`;
}

async function startPeer(): Promise<string> {
  const { startPostGraphile } = await import('./peer/postgraphile.ts');
  const peer = await startPostGraphile({
    databaseUrl: process.env['DATABASE_URL']!,
    port,
    jwtSecret: process.env['JWT_SECRET']!,
  });
  return peer.url;
}

const starters: Record<ServerKind, () => Promise<string>> = {
  minimal: startMinimal,
  ours: startOurs,
  postgraphile: startPeer,
};
const start = starters[kind];
if (!start) throw new Error(`Unknown server kind ${kind}`);
const url = await start();
// Run by hand (for a profile, say), it only prints its URL.
const send = (message: ChildMessage) => (process.send ? process.send(message) : console.error(JSON.stringify(message)));
send({ type: 'ready', url, startupMs: Math.round(performance.now() - startedAt) });

// CPU profiles of a stretch of the workload (bench/probe.ts), written where the benchmark says.
const inspector = new Session();
inspector.connect();
const post = (method: string, params?: object) =>
  new Promise<unknown>((resolve, reject) =>
    inspector.post(method, params, (error, result) => (error ? reject(error) : resolve(result))),
  );

const gc = () => (globalThis as { gc?: () => void }).gc?.();

async function answer(request: ChildRequest): Promise<unknown> {
  switch (request.type) {
    case 'profile-start':
      await post('Profiler.enable');
      await post('Profiler.start');
      return undefined;
    case 'profile-stop': {
      const { profile } = (await post('Profiler.stop')) as { profile: unknown };
      writeFileSync(request.file, JSON.stringify(profile));
      return undefined;
    }
    case 'heap-snapshot':
      gc();
      writeHeapSnapshot(request.file);
      return undefined;
    case 'stats': {
      // CPU first, so that the collection forced for the heap figure is not charged to the workload.
      const cpu = process.cpuUsage();
      gc();
      const memory = process.memoryUsage();
      return {
        cpuMicros: cpu.user + cpu.system,
        heapUsed: memory.heapUsed,
        rss: memory.rss,
        sql: sqlCounts(),
      } satisfies ChildStats;
    }
  }
}

process.on('message', async (request: ChildRequest) =>
  send({ type: 'reply', id: request.id, value: await answer(request) }),
);
process.on('disconnect', () => process.exit(0));
