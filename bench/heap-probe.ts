// Heap per subscribed socket, by object kind: snapshots before and after 200 more sockets (compare them with a heap snapshot viewer).
// Run after `npm run bench` has made the data: node --import tsx bench/heap-probe.ts
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import pg from 'pg';
import { startServer } from './servers.ts';
import { readSettings } from './settings.ts';
import { bearer } from './tokens.ts';
const s = readSettings([]);
const c = new pg.Client({ connectionString: s.databaseUrl }); await c.connect();
const { rows } = await c.query(`SELECT r.id, q.rpps FROM "TeleexpertiseRequest" r JOIN "Professional" q ON q.id = r."requesterId" WHERE r.status = 'ACCEPTED' LIMIT 1`);
await c.end();
const server = await startServer('ours', { ...s.oursEnv, REDIS_URL: '', WS_HEARTBEAT_SECONDS: '0' });
const auth = await bearer(rows[0].rpps);
const N = 200;
const id = Buffer.from(`TeleexpertiseRequest:${rows[0].id}`).toString('base64');
const open = async (n: number) => { const cs = []; for (let i = 0; i < n; i++) { const client = createClient({ url: server.url.replace('http', 'ws'), webSocketImpl: WebSocket, lazy: false, connectionParams: { authorization: auth } }); client.subscribe({ query: 'subscription F($r: ID!) { messageAdded(requestId: $r) { id body } }', variables: { r: id } }, { next() {}, error(e) { console.error(e); }, complete() {} }); cs.push(client); } await new Promise((r) => setTimeout(r, 3000)); return cs; };
const warm = await open(20);
await server.heapSnapshot('/tmp/h0.heapsnapshot');
const before = await server.stats();
await open(N);
await server.heapSnapshot('/tmp/h1.heapsnapshot');
const after = await server.stats();
console.log('heap per socket', (after.heapUsed - before.heapUsed) / N, 'rss per socket', (after.rss - before.rss) / N, warm.length);
await server.stop(); process.exit(0);
