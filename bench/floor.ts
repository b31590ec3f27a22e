// The framework floor: a bare graphql-yoga and our whole server (token check, limits, rate limit, request log) answering `{ __typename }`.
import { load, type LoadResult } from './http-load.ts';
import { format, interleaved, summarise, type Spread } from './rounds.ts';
import { startServer, type RunningServer } from './servers.ts';
import type { BenchSettings } from './settings.ts';

export interface FloorFigures {
  systems: Record<'minimal' | 'ours', { requestsPerSecond: Spread; p99Ms: Spread; cpuMicrosPerRequest: Spread; failures: number }>;
  /** Ours over the minimal yoga, on the medians. */
  ratio: number;
}

interface Measure extends LoadResult {
  cpuMicrosPerRequest: number;
}

export async function measureLoad(server: RunningServer, run: () => Promise<LoadResult>): Promise<Measure> {
  const before = await server.stats();
  const result = await run();
  const after = await server.stats();
  return { ...result, cpuMicrosPerRequest: (after.cpuMicros - before.cpuMicros) / Math.max(1, result.requests) };
}

export async function floor(settings: BenchSettings, authorization: string): Promise<FloorFigures> {
  const body = JSON.stringify({ query: '{ __typename }' });
  const servers = {
    minimal: await startServer('minimal', {}),
    ours: await startServer('ours', settings.oursEnv),
  };
  try {
    const bodies = { minimal: [{ body }], ours: [{ body, authorization }] };
    const run = (system: 'minimal' | 'ours', seconds: number) =>
      measureLoad(servers[system], () =>
        load({ url: servers[system].url, bodies: bodies[system], connections: settings.connections, seconds, check: (text) => text.includes('"__typename":"Query"') }),
      );
    // Warm-up: JIT, pools, caches.
    for (const system of ['minimal', 'ours'] as const) await run(system, settings.warmupSeconds);
    const rounds = await interleaved(['minimal', 'ours'] as const, settings.rounds, (system) => run(system, settings.seconds));
    const figures = Object.fromEntries(
      (['minimal', 'ours'] as const).map((system) => [
        system,
        {
          requestsPerSecond: summarise(rounds[system], (m) => m.requestsPerSecond),
          p99Ms: summarise(rounds[system], (m) => m.p99Ms),
          cpuMicrosPerRequest: summarise(rounds[system], (m) => m.cpuMicrosPerRequest),
          failures: rounds[system].reduce((sum, m) => sum + m.failures, 0),
        },
      ]),
    ) as FloorFigures['systems'];
    const ratio = figures.ours.requestsPerSecond.median / figures.minimal.requestsPerSecond.median;
    for (const system of ['minimal', 'ours'] as const) {
      const f = figures[system];
      console.log(`  ${system.padEnd(8)} ${format(f.requestsPerSecond)} req/s · p99 ${format(f.p99Ms, 1)} ms · CPU ${format(f.cpuMicrosPerRequest)} µs/req · failures ${f.failures}`);
    }
    console.log(`  ratio ours/minimal ${ratio.toFixed(2)} (target ≥ 0.80)`);
    return { systems: figures, ratio };
  } finally {
    await Promise.all(Object.values(servers).map((server) => server.stop()));
  }
}
