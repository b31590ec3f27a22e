// One operation against one server under load, with its CPU profile and SQL per operation: where the time of a workload goes.
// BENCH_DATABASE_URL as for `npm run bench` (run it once first for the data). Usage:
//   node --import tsx bench/probe.ts <ours|minimal|postgraphile> <rpps> '<json body>' [seconds]
import { load } from './http-load.ts';
import { startServer, type RunningServer } from './servers.ts';
import { readSettings } from './settings.ts';
import type { ServerKind } from './child.ts';
import { bearer } from './tokens.ts';

const [kind = 'ours', rpps = '90000000001', body = JSON.stringify({ query: '{ __typename }' }), seconds = '5'] =
  process.argv.slice(2);
const settings = readSettings([]);
const env = kind === 'postgraphile' ? settings.peerEnv : settings.oursEnv;
const server: RunningServer = await startServer(kind as ServerKind, {
  ...env,
  ...(process.env['BENCH_SQL_TRACE'] && { BENCH_SQL_TRACE: process.env['BENCH_SQL_TRACE'] }),
});
try {
  const authorization = await bearer(rpps);
  const run = (s: number) =>
    load({
      url: server.url,
      bodies: [{ body, authorization }],
      connections: 16,
      seconds: s,
      check: (text) => !text.includes('"errors"'),
    });
  const first = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body,
  });
  console.log((await first.text()).slice(0, 300));
  await run(2);
  const before = await server.stats();
  const file = new URL(`./results/${kind}-${Date.now()}.cpuprofile`, import.meta.url).pathname;
  const result = await server.profile(file, () => run(Number(seconds)));
  const after = await server.stats();
  const n = Math.max(1, result.requests);
  console.log({
    ...result,
    cpuMicrosPerRequest: Math.round((after.cpuMicros - before.cpuMicros) / n),
    statementsPerRequest: (after.sql.statements - before.sql.statements) / n,
    rowsPerRequest: (after.sql.rows - before.sql.rows) / n,
    profile: file,
  });
} finally {
  await server.stop();
}
process.exit(0);
