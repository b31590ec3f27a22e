// A CPU profile of our server under the writes workload (bench/writes.ts: posts over every chat room), with SQL per post.
// BENCH_DATABASE_URL as for `npm run bench` (run it once first for the data). Usage:
//   node --import tsx bench/probe-writes.ts [seconds]
import pg from 'pg';
import { requestGlobalId } from './data.ts';
import { profileUnderLoad } from './http-load.ts';
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
  await profileUnderLoad(server, bodies, seconds, 'ours-writes');
} finally {
  await server.stop();
}
process.exit(0);
