// The README's promise: `npm start` on a fresh directory creates, migrates and seeds the embedded database, then reuses it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InboxEventsDocument } from './generated/graphql.ts';
import { graphql } from './kit/graphql.ts';
import { adminQuery, withDatabase } from './kit/database.ts';
import { openSocket } from './kit/live.ts';
import { npmStartArguments } from './kit/process.ts';

const root = path.resolve(import.meta.dirname, '..');
const children = new Set<ChildProcess>();
// Whatever a test's outcome, no server outlives the file.
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
});

interface Started {
  child: ChildProcess;
  baseUrl: string;
  requesterToken: string;
  output: () => string;
  stop: () => Promise<number | null>;
}

/** Runs `npm start`'s command and resolves once it has printed the GraphiQL address and the demonstration tokens. */
function startServer(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, npmStartArguments(), {
    cwd: root,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', NODE_ENV: 'development', DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const address = /open (http:\/\/\S+)\/graphql/.exec(output);
      const tokens = [...output.matchAll(/Bearer (\S+)/g)].map((m) => m[1]!);
      if (address && tokens.length === 2) {
        resolve({
          child,
          baseUrl: address[1]!,
          requesterToken: tokens[0]!,
          output: () => output,
          stop: () => {
            child.kill('SIGTERM');
            return exited;
          },
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => reject(new Error(`server exited with ${code} before it was ready:\n${output}`)));
  });
}

async function askMe(baseUrl: string, token: string) {
  const response = await graphql<{ me: { lastName: string }; experts: { edges: unknown[] } }>(
    `${baseUrl}/graphql`,
    '{ me { lastName } experts(first: 100) { edges { node { id } } } }',
    undefined,
    { token },
  );
  return { data: response.expectData() };
}

describe('npm start on the embedded database', () => {
  let dataDir: string;
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('creates and seeds the database on first start, reuses it on the second, and stops on SIGTERM, telling sockets to reconnect', async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'teleexpertise-start-'));

    const first = await startServer({ DATA_DIR: dataDir });
    expect(first.output()).toContain('migrations applied');
    expect(first.output()).toContain('demonstration data loaded');
    // Outside production it listens on this machine only, and says where.
    expect(first.output()).toMatch(/"address":"127\.0\.0\.1","port":\d+/);
    expect(first.output()).toMatch(/Demonstration requester .*\n {2}Bearer /);
    expect(first.output()).toMatch(/Demonstration expert .*\n {2}Bearer /);
    const before = await askMe(first.baseUrl, first.requesterToken);
    expect(before.data.me.lastName).toBe('Martin');
    expect(before.data.experts.edges.length).toBeGreaterThanOrEqual(12);
    // On SIGTERM, an open WebSocket is told to reconnect (1012), and the process exits.
    const socket = await openSocket(`${first.baseUrl}/graphql`, { token: first.requesterToken });
    const inbox = socket.subscribe(InboxEventsDocument, {});
    expect(await first.stop()).toBe(0);
    expect((await socket.closed).code).toBe(1012);
    expect((await inbox.ended).completed).toBe(false);

    const second = await startServer({ DATA_DIR: dataDir });
    // A second process on the same embedded database would corrupt it: it is refused.
    await expect(startServer({ DATA_DIR: dataDir })).rejects.toThrow(/Another process is using the embedded database/);
    expect(second.output()).not.toContain('migrations applied');
    expect(second.output()).not.toContain('demonstration data loaded');
    const after = await askMe(second.baseUrl, second.requesterToken);
    expect(after.data.experts.edges).toHaveLength(before.data.experts.edges.length);
    expect(await second.stop()).toBe(0);
    expect(second.output()).toContain('"msg":"stopped"');
  }, 60_000);
});

describe.runIf(process.env.DATABASE_URL)('npm start on a PostgreSQL server', () => {
  const serverUrl = process.env.DATABASE_URL!;
  const database = `teleexpertise_start_${process.pid}`;
  afterAll(() => adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));

  it('applies the migrations once when three instances start at the same time', async () => {
    await adminQuery(serverUrl, `CREATE DATABASE "${database}"`);
    const env = { DATABASE_URL: withDatabase(serverUrl, database), SEED_DEMO: 'true' };
    const instances = await Promise.all([startServer(env), startServer(env), startServer(env)]);
    const outputs = instances.map((i) => i.output());
    expect(outputs.filter((o) => o.includes('migrations applied'))).toHaveLength(1);
    expect(outputs.filter((o) => o.includes('demonstration data loaded'))).toHaveLength(1);
    for (const instance of instances) {
      expect((await askMe(instance.baseUrl, instance.requesterToken)).data.me.lastName).toBe('Martin');
    }
    expect(await Promise.all(instances.map((i) => i.stop()))).toEqual([0, 0, 0]);

    const pg = (await import('pg')).default;
    const client = new pg.Client({ connectionString: withDatabase(serverUrl, database) });
    await client.connect();
    const { rows } = await client.query<{ migration_name: string; applied_steps_count: number; checksum: string }>(
      'SELECT migration_name, applied_steps_count, checksum FROM _prisma_migrations',
    );
    const { rows: professionals } = await client.query<{ count: string }>('SELECT count(*) FROM "Professional"');
    await client.end();
    expect(new Set(rows.map((r) => r.migration_name)).size).toBe(rows.length);
    expect(rows.every((r) => r.applied_steps_count === 1 && /^[0-9a-f]{64}$/.test(r.checksum))).toBe(true);
    expect(Number(professionals[0]!.count)).toBeGreaterThanOrEqual(30);
  }, 60_000);
});
