// Closed-loop HTTP load with autocannon; every response body is checked, since GraphQL errors come back with status 200.
import autocannon from 'autocannon';
import { format, interleaved, summarise, type Spread } from './rounds.ts';
import type { RunningServer } from './servers.ts';

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Responses that were not 2xx, or whose body failed the check. */
  failures: number;
}

export interface LoadOptions {
  url: string;
  /** The bodies to send, in turn, each with its Authorization header (if any). */
  bodies: { body: string; authorization?: string }[];
  connections: number;
  seconds: number;
  /** A cheap test on each response body (no parsing): true when it is the answer expected. */
  check: (body: string) => boolean;
}

export async function load({ url, bodies, connections, seconds, check }: LoadOptions): Promise<LoadResult> {
  let next = 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        setupRequest: (request: autocannon.Request) => {
          const { body, authorization } = bodies[next++ % bodies.length]!;
          return {
            ...request,
            method: 'POST',
            body,
            headers: { 'content-type': 'application/json', ...(authorization && { authorization }) },
          };
        },
      },
    ],
    verifyBody: (body) => typeof body === 'string' && check(body),
  });
  const failures = result.non2xx + result.errors + result.timeouts + (result as { mismatches?: number }).mismatches!;
  return {
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / seconds,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures,
  };
}

export interface LoadMeasure extends LoadResult {
  /** The server process's CPU time per request answered. */
  cpuMicrosPerRequest: number;
}

/** Runs a load against `server`, charging it the server's CPU time over the run. */
export async function measureLoad(server: RunningServer, run: () => Promise<LoadResult>): Promise<LoadMeasure> {
  const before = await server.stats();
  const result = await run();
  const after = await server.stats();
  return { ...result, cpuMicrosPerRequest: (after.cpuMicros - before.cpuMicros) / Math.max(1, result.requests) };
}

export interface LoadFigures {
  requestsPerSecond: Spread;
  p50Ms: Spread;
  p99Ms: Spread;
  cpuMicrosPerRequest: Spread;
  /** Over all rounds. */
  failures: number;
}

/** A warm-up run of each system, then A/B rounds of `run`, summarised per system. */
export async function compareLoads<S extends string>(
  systems: S[],
  { rounds, seconds, warmupSeconds }: { rounds: number; seconds: number; warmupSeconds: number },
  run: (system: S, seconds: number) => Promise<LoadMeasure>,
): Promise<Record<S, LoadFigures>> {
  // Warm-up: JIT, pools, caches.
  for (const system of systems) await run(system, warmupSeconds);
  const measured = await interleaved(systems, rounds, (system) => run(system, seconds));
  return Object.fromEntries(
    systems.map((system) => {
      const m = measured[system];
      return [
        system,
        {
          requestsPerSecond: summarise(m, (x) => x.requestsPerSecond),
          p50Ms: summarise(m, (x) => x.p50Ms),
          p99Ms: summarise(m, (x) => x.p99Ms),
          cpuMicrosPerRequest: summarise(m, (x) => x.cpuMicrosPerRequest),
          failures: m.reduce((sum, x) => sum + x.failures, 0),
        },
      ];
    }),
  ) as Record<S, LoadFigures>;
}

export function describeLoad(f: LoadFigures): string {
  return `${format(f.requestsPerSecond)} req/s · p50 ${format(f.p50Ms, 1)} ms · p99 ${format(f.p99Ms, 1)} ms · CPU ${format(f.cpuMicrosPerRequest)} µs/req · failures ${f.failures}`;
}

/**
 * For the probes: two seconds of warm-up, then `seconds` of load with a CPU profile of the server written to
 * bench/results/<name>-<time>.cpuprofile, printed with the server's CPU time, statements and rows per request.
 */
export async function profileUnderLoad(
  server: RunningServer,
  bodies: LoadOptions['bodies'],
  seconds: number,
  name: string,
): Promise<void> {
  const run = (s: number) =>
    load({ url: server.url, bodies, connections: 16, seconds: s, check: (text) => !text.includes('"errors"') });
  await run(2);
  const before = await server.stats();
  const file = new URL(`./results/${name}-${Date.now()}.cpuprofile`, import.meta.url).pathname;
  const result = await server.profile(file, () => run(seconds));
  const after = await server.stats();
  const n = Math.max(1, result.requests);
  console.log({
    ...result,
    cpuMicrosPerRequest: Math.round((after.cpuMicros - before.cpuMicros) / n),
    statementsPerRequest: (after.sql.statements - before.sql.statements) / n,
    rowsPerRequest: (after.sql.rows - before.sql.rows) / n,
    profile: file,
  });
}
