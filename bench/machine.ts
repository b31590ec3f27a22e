// What the figures were measured on: the machine, the runtimes and the servers' versions.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { Redis } from 'ioredis';
import pg from 'pg';
import type { BenchSettings } from './settings.ts';

export async function describeMachine(settings: BenchSettings): Promise<Record<string, unknown>> {
  const client = new pg.Client({ connectionString: settings.databaseUrl });
  await client.connect();
  const postgres = (await client.query<{ version: string }>('SELECT version()')).rows[0]!.version;
  await client.end();
  const redis = new Redis(settings.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  const info = await redis.info('server').catch(() => '');
  redis.disconnect();
  const git = (args: string[]) => {
    try {
      return execFileSync('git', args, { encoding: 'utf8' }).trim();
    } catch {
      return undefined;
    }
  };
  return {
    cpu: os.cpus()[0]?.model,
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    postgres,
    redis: /redis_version:(\S+)/.exec(info)?.[1],
    commit: git(['rev-parse', '--short', 'HEAD']),
    uncommittedChanges: Boolean(git(['status', '--porcelain'])),
    note: 'Load generator (autocannon, graphql-ws clients) on the same machine as the servers and PostgreSQL; PostGraphile runs with a Promise.withResolvers polyfill (Node 20).',
  };
}
