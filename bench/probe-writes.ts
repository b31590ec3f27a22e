// A CPU profile of our server under the writes workload (bench/writes.ts: posts over every chat room), with SQL per post.
// BENCH_DATABASE_URL as for `npm run bench` (run it once first for the data). Usage:
//   node --import tsx bench/probe-writes.ts [seconds]
import pg from 'pg';
import { requestGlobalId } from './data.ts';
import { load } from './http-load.ts';
import { startServer } from './servers.ts';
import { readSettings } from './settings.ts';
import { bearer } from './tokens.ts';

const seconds = Number(process.argv[2] ?? 5);
const settings = readSettings([]);
const client = new pg.Client({ connectionString: settings.databaseUrl });
await client.connect();
const { rows } = await client.query<{ id: string; rpps: string }>(
  `SELECT r.id, p.rpps FROM "TeleexpertiseRequest" r JOIN "Professional" p ON p.id = r."requesterId"
   WHERE r.status = 'ACCEPTED' AND r.question LIKE 'Question %' ORDER BY r."lastActivityAt" DESC LIMIT 1000`,
);
await client.end();
const query = 'mutation Post($input: PostMessageInput!) { postMessage(input: $input) { id sequence } }';
const bodies = await Promise.all(
  rows.map(async (row) => ({
    authorization: await bearer(row.rpps),
    body: JSON.stringify({ query, variables: { input: { requestId: requestGlobalId(row.id), body: 'Sonde' } } }),
  })),
);
const server = await startServer('ours', settings.oursEnv);
try {
  const run = (s: number) =>
    load({ url: server.url, bodies, connections: 16, seconds: s, check: (text) => !text.includes('"errors"') });
  await run(2);
  const before = await server.stats();
  const file = new URL(`./results/ours-writes-${Date.now()}.cpuprofile`, import.meta.url).pathname;
  const result = await server.profile(file, () => run(seconds));
  const after = await server.stats();
  const n = Math.max(1, result.requests);
  console.log({
    ...result,
    cpuMicrosPerRequest: Math.round((after.cpuMicros - before.cpuMicros) / n),
    statementsPerRequest: (after.sql.statements - before.sql.statements) / n,
    profile: file,
  });
} finally {
  await server.stop();
}
process.exit(0);
