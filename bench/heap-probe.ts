// Heap per subscribed socket, by object kind: snapshots before and after 200 more sockets, to compare in a heap
// snapshot viewer. Run after `npm run bench` has made the data: node --import tsx bench/heap-probe.ts
import pg from 'pg';
import type { Party } from './data.ts';
import { subscribe } from './live.ts';
import { startServer } from './servers.ts';
import { readSettings } from './settings.ts';

const SOCKETS = 200;
const WARM = 20;
const settings = readSettings([]);
const client = new pg.Client({ connectionString: settings.databaseUrl });
await client.connect();
const { rows } = await client.query<{ requestId: string } & Party>(
  `SELECT r.id AS "requestId", q.id, q.rpps FROM "TeleexpertiseRequest" r JOIN "Professional" q ON q.id = r."requesterId" WHERE r.status = 'ACCEPTED' LIMIT 1`,
);
await client.end();
const [{ requestId, ...party }] = rows as [{ requestId: string } & Party];
const server = await startServer('ours', { ...settings.oursEnv, REDIS_URL: '', WS_HEARTBEAT_SECONDS: '0' });
try {
  const follows = (n: number) => Array.from({ length: n }, () => ({ requestId, party, room: 0, instance: 0 }));
  const ignore = () => undefined;
  // The first sockets warm the server; the snapshots compare the next ones.
  const sockets = await subscribe([server], follows(WARM), ignore);
  const file = (name: string) => new URL(`./results/${name}.heapsnapshot`, import.meta.url).pathname;
  await server.heapSnapshot(file('before'));
  const before = await server.stats();
  sockets.push(...(await subscribe([server], follows(SOCKETS), ignore)));
  await server.heapSnapshot(file('after'));
  const after = await server.stats();
  console.log({
    heapPerSocket: Math.round((after.heapUsed - before.heapUsed) / SOCKETS),
    rssPerSocket: Math.round((after.rss - before.rss) / SOCKETS),
    snapshots: [file('before'), file('after')],
  });
  await Promise.all(sockets.map((socket) => socket.client.dispose()));
} finally {
  await server.stop();
}
process.exit(0);
