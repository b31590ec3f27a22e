// What a benchmark run is given: its mode, durations and the servers' environment.
import { parseArgs } from 'node:util';
import { BENCH_JWT_SECRET } from './tokens.ts';

export interface BenchSettings {
  quick: boolean;
  only: Set<string>;
  rounds: number;
  seconds: number;
  warmupSeconds: number;
  connections: number;
  /** `--profile`: the live workloads write a CPU profile of the first server over their last step, under bench/results/. */
  profile: boolean;
  databaseUrl: string;
  redisUrl: string;
  /** Our server's environment: production mode, the PostgreSQL server, Redis, a rate limit too high to refuse anything (it still counts). */
  oursEnv: Record<string, string>;
  /** PostGraphile's: the same database, the same token secret. */
  peerEnv: Record<string, string>;
}

export function readSettings(argv = process.argv.slice(2)): BenchSettings {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      rounds: { type: 'string' },
      seconds: { type: 'string' },
      profile: { type: 'boolean', default: false },
    },
  });
  const quick = values.quick ?? false;
  const databaseUrl = process.env['BENCH_DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/teleexpertise_bench';
  const redisUrl = process.env['BENCH_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
  return {
    quick,
    // Quick mode (a smoke run for CI) leaves out the restarts of `npm start`, which alone take longer than the rest.
    only: new Set((values.only ?? (quick ? 'floor,reads,writes,live' : 'floor,reads,writes,startup,live')).split(',')),
    rounds: Number(values.rounds ?? (quick ? 1 : 5)),
    seconds: Number(values.seconds ?? (quick ? 1 : 8)),
    warmupSeconds: quick ? 1 : 3,
    connections: 16,
    profile: values.profile ?? false,
    databaseUrl,
    redisUrl,
    oursEnv: {
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      REDIS_PREFIX: `bench-${process.pid}:`,
      JWT_SECRET: BENCH_JWT_SECRET,
      RATE_LIMIT_PER_MINUTE: '1000000',
      // The load opens thousands of sockets as a few professionals, all at once.
      WS_MAX_SOCKETS_PER_PROFESSIONAL: '100000',
      WS_MAX_SUBSCRIPTIONS_PER_PROFESSIONAL: '100000',
      WS_MAX_PENDING_SOCKETS: '100000',
      LOG_LEVEL: 'info',
      DEADLINE_CHECK_SECONDS: '0',
      PORT: '0',
    },
    peerEnv: { DATABASE_URL: databaseUrl, JWT_SECRET: BENCH_JWT_SECRET, PORT: '0' },
  };
}
