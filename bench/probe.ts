// One operation against one server under load, with its CPU profile and SQL per operation: where the time of a workload goes.
// BENCH_DATABASE_URL as for `npm run bench` (run it once first for the data). Usage:
//   node --import tsx bench/probe.ts <ours|minimal|postgraphile> <rpps> '<json body>' [seconds]
import { profileUnderLoad } from './http-load.ts';
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
  const first = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body,
  });
  console.log((await first.text()).slice(0, 300));
  await profileUnderLoad(server, [{ body, authorization }], Number(seconds), kind);
} finally {
  await server.stop();
}
process.exit(0);
