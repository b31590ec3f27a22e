// The framework floor: a bare graphql-yoga and our whole server (token check, limits, rate limit, request log) answering `{ __typename }`.
import { compareLoads, describeLoad, load, measureLoad, type LoadFigures } from './http-load.ts';
import { startServer } from './servers.ts';
import type { BenchSettings } from './settings.ts';

export interface FloorFigures {
  systems: Record<'minimal' | 'ours', LoadFigures>;
  /** Ours over the minimal yoga, on the medians. */
  ratio: number;
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
        load({
          url: servers[system].url,
          bodies: bodies[system],
          connections: settings.connections,
          seconds,
          check: (text) => text.includes('"__typename":"Query"'),
        }),
      );
    const figures = await compareLoads(['minimal', 'ours'] as const, settings, run);
    const ratio = figures.ours.requestsPerSecond.median / figures.minimal.requestsPerSecond.median;
    for (const system of ['minimal', 'ours'] as const)
      console.log(`  ${system.padEnd(8)} ${describeLoad(figures[system])}`);
    console.log(`  ratio ours/minimal ${ratio.toFixed(2)} (target ≥ 0.90)`);
    return { systems: figures, ratio };
  } finally {
    await Promise.all(Object.values(servers).map((server) => server.stop()));
  }
}
