// Live delivery: messages posted over HTTP and received by subscribed graphql-ws sockets, on one instance and on two sharing Redis.
import { fileURLToPath } from 'node:url';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { requestGlobalId, type BenchData, type Party } from './data.ts';
import { startServer, type RunningServer } from './servers.ts';
import type { BenchSettings } from './settings.ts';
import { bearer } from './tokens.ts';

const SUBSCRIBE = 'subscription Follow($requestId: ID!) { messageAdded(requestId: $requestId) { id body } }';
const POST = 'mutation Post($input: PostMessageInput!) { postMessage(input: $input) { id } }';

export interface Step {
  /** Deliveries per second asked for (posts per second × subscribers of each room). */
  offered: number;
  /** Posts acknowledged per second while posting. */
  posted: number;
  /** Deliveries received per second, over the posting time plus the wait for the last ones. */
  delivered: number;
  p50Ms: number;
  p99Ms: number;
  lost: number;
  duplicates: number;
  failedPosts: number;
}

export interface LiveFigures {
  fanout: { sockets: number; steps: Step[]; heapPerIdleSocketBytes: number };
  chat: { oneInstance: Step[]; twoInstances: Step[]; sockets: number };
}

const MAX_POSTS_IN_FLIGHT = 64;
const FANOUT_WARM_SOCKETS = 20;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

interface Subscriber {
  client: Client;
  room: number;
  seen: Set<string>;
}

/** The sockets, each following one room's conversation; resolves once every subscription is live. */
export async function subscribe(
  servers: RunningServer[],
  follows: { requestId: string; party: Party; room: number; instance: number }[],
  onMessage: (subscriber: Subscriber, id: string, body: string) => void,
): Promise<Subscriber[]> {
  const tokens = new Map<string, string>();
  for (const { party } of follows) if (!tokens.has(party.rpps)) tokens.set(party.rpps, await bearer(party.rpps));
  const subscribers: Subscriber[] = [];
  const started: Promise<void>[] = [];
  for (const follow of follows) {
    const url = servers[follow.instance]!.url.replace(/^http/, 'ws');
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      lazy: false,
      retryAttempts: 0,
      connectionParams: { authorization: tokens.get(follow.party.rpps) },
    });
    const subscriber: Subscriber = { client, room: follow.room, seen: new Set() };
    subscribers.push(subscriber);
    started.push(
      new Promise<void>((resolve, reject) => {
        client.on('connected', () => resolve());
        client.subscribe<{ messageAdded: { id: string; body: string } }>(
          { query: SUBSCRIBE, variables: { requestId: requestGlobalId(follow.requestId) } },
          {
            next: ({ data }) => data && onMessage(subscriber, data.messageAdded.id, data.messageAdded.body),
            error: reject,
            complete: () => undefined,
          },
        );
      }),
    );
    // Opened in batches, so that the server's accept queue does not overflow.
    if (started.length % 100 === 0) await Promise.all(started.slice(-100));
  }
  await Promise.all(started);
  // The subscription is registered shortly after the ack: wait until the server lists every listener.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  return subscribers;
}

/** Posts `rate` messages per second for `seconds`, spread over the rooms in turn, and measures what the subscribers receive. */
async function step(
  servers: RunningServer[],
  rooms: { requestId: string; posters: string[] }[],
  subscribersPerRoom: number,
  subscribers: Subscriber[],
  { latencies, tally }: Received,
  rate: number,
  seconds: number,
): Promise<Step> {
  for (const subscriber of subscribers) subscriber.seen.clear();
  latencies.length = 0;
  tally.duplicates = 0;
  const total = Math.max(1, Math.round(rate * seconds));
  let failedPosts = 0;
  let posted = 0;
  const inFlight = new Set<Promise<void>>();
  const startedAt = performance.now();
  for (let i = 0; i < total; i += 1) {
    // Each post leaves at its scheduled time, with at most MAX_POSTS_IN_FLIGHT unanswered; a server that cannot keep up
    // gets fewer posts than offered (and no queue of thousands), until the step's time is up.
    const due = startedAt + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    while (inFlight.size >= MAX_POSTS_IN_FLIGHT) await Promise.race(inFlight);
    if (performance.now() - startedAt > seconds * 1000 * 1.5) break;
    const room = rooms[i % rooms.length]!;
    const server = servers[i % servers.length]!;
    const body = JSON.stringify({
      query: POST,
      variables: { input: { requestId: requestGlobalId(room.requestId), body: `bench ${Date.now()} ${i}` } },
    });
    const sent = fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: room.posters[i % room.posters.length]! },
      body,
    })
      .then(async (response) => {
        const text = await response.text();
        if (!response.ok || text.includes('"errors"')) failedPosts += 1;
        else posted += 1;
      })
      .catch(() => {
        failedPosts += 1;
      });
    inFlight.add(sent);
    void sent.finally(() => inFlight.delete(sent));
  }
  await Promise.all(inFlight);
  const expected = posted * subscribersPerRoom;
  const postingSeconds = (performance.now() - startedAt) / 1000;
  // The last deliveries: up to 10 s (3 s in quick mode) for what is still on its way.
  const deadline = performance.now() + (seconds > 1 ? 10_000 : 3000);
  while (latencies.length < expected && performance.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 50));
  const elapsed = (performance.now() - startedAt) / 1000;
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    offered: rate * subscribersPerRoom,
    posted: posted / postingSeconds,
    delivered: latencies.length / elapsed,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    lost: Math.max(0, expected - latencies.length),
    duplicates: tally.duplicates,
    failedPosts,
  };
}

/** What the sockets received: each delivery's post-to-receive latency, and deliveries of a message a socket already had. */
interface Received {
  latencies: number[];
  tally: { duplicates: number };
}

function receiver({ latencies, tally }: Received) {
  return (subscriber: Subscriber, id: string, body: string) => {
    if (subscriber.seen.has(id)) {
      tally.duplicates += 1;
      return;
    }
    subscriber.seen.add(id);
    const sentAt = Number(body.split(' ')[1]);
    if (Number.isFinite(sentAt)) latencies.push(Date.now() - sentAt);
  };
}

function print(label: string, steps: Step[]): void {
  for (const s of steps) {
    console.log(
      `    ${label} offered ${s.offered.toLocaleString('en-US')}/s · posts acknowledged ${Math.round(s.posted).toLocaleString('en-US')}/s → delivered ${Math.round(s.delivered).toLocaleString('en-US')}/s · p50 ${s.p50Ms} ms · p99 ${s.p99Ms} ms · lost ${s.lost} · duplicates ${s.duplicates} · failed posts ${s.failedPosts}`,
    );
  }
}

/** Runs a step, with a CPU profile of `server` over it when asked (`--profile`) and `last`. */
async function profiled(
  settings: BenchSettings,
  server: RunningServer,
  name: string,
  last: boolean,
  run: () => Promise<Step>,
): Promise<Step> {
  if (!settings.profile || !last) return run();
  const file = fileURLToPath(new URL(`./results/${name}-${Date.now()}.cpuprofile`, import.meta.url));
  const result = await server.profile(file, run);
  console.log(`    CPU profile of the ${name} step: ${file}`);
  return result;
}

async function closeAll(subscribers: Subscriber[]): Promise<void> {
  await Promise.all(subscribers.map((subscriber) => subscriber.client.dispose()));
}

export async function live(settings: BenchSettings, data: BenchData): Promise<LiveFigures> {
  const seconds = settings.quick ? 1 : 5;
  const env = { ...settings.oursEnv, WS_HEARTBEAT_SECONDS: '0' };
  const received: Received = { latencies: [], tally: { duplicates: 0 } };

  // One sender, every socket following the same conversation, on one instance.
  const fanoutSockets = settings.quick ? 100 : 1000;
  const single = await startServer('ours', { ...env, REDIS_URL: '' });
  const fanout = { sockets: fanoutSockets, steps: [] as Step[], heapPerIdleSocketBytes: 0 };
  try {
    const b = data.broadcast;
    const follows = Array.from({ length: fanoutSockets }, (_, i) => ({
      requestId: b.requestId,
      party: i % 2 ? b.expert : b.requester,
      room: 0,
      instance: 0,
    }));
    // The first sockets warm the server (code compiled, caches filled); the heap is measured over the others.
    const warm = FANOUT_WARM_SOCKETS;
    const subscribers = await subscribe([single], follows.slice(0, warm), receiver(received));
    const before = await single.stats();
    subscribers.push(...(await subscribe([single], follows.slice(warm), receiver(received))));
    const after = await single.stats();
    fanout.heapPerIdleSocketBytes = (after.heapUsed - before.heapUsed) / (fanoutSockets - warm);
    console.log(
      `  fan-out: 1 sender → ${fanoutSockets} sockets; heap per idle subscribed socket ${Math.round(fanout.heapPerIdleSocketBytes).toLocaleString('en-US')} B (target ≤ 16,384)`,
    );
    const poster = [await bearer(b.requester.rpps)];
    const fanoutRates = settings.quick ? [2000] : [5000, 10_000, 20_000, 30_000];
    for (const deliveries of fanoutRates) {
      const run = () =>
        step(
          [single],
          [{ requestId: b.requestId, posters: poster }],
          fanoutSockets,
          subscribers,
          received,
          deliveries / fanoutSockets,
          seconds,
        );
      fanout.steps.push(
        await profiled(settings, single, `fanout-${deliveries}`, deliveries === fanoutRates.at(-1), run),
      );
    }
    print('', fanout.steps);
    await closeAll(subscribers);
  } finally {
    await single.stop();
  }

  // Chat-like: each room's requester and expert follow it; messages go to every room in turn.
  const rooms = data.rooms;
  const posters = await Promise.all(
    rooms.map(async (room) => ({
      requestId: room.requestId,
      posters: [await bearer(room.requester.rpps), await bearer(room.expert.rpps)],
    })),
  );
  const chatRates = settings.quick ? [400] : [2000, 4000, 8000];
  const chat = { oneInstance: [] as Step[], twoInstances: [] as Step[], sockets: rooms.length * 2 };
  // Quick mode keeps the two-instance case only: it covers Redis too.
  for (const instances of settings.quick ? [2] : [1, 2]) {
    const servers: RunningServer[] = [];
    try {
      for (let i = 0; i < instances; i += 1)
        servers.push(await startServer('ours', instances === 1 ? { ...env, REDIS_URL: '' } : env));
      const subscribers = await subscribe(
        servers,
        rooms.flatMap((room, index) => [
          { requestId: room.requestId, party: room.requester, room: index, instance: 0 },
          { requestId: room.requestId, party: room.expert, room: index, instance: instances - 1 },
        ]),
        receiver(received),
      );
      console.log(
        `  chat-like: ${rooms.length} rooms × 2 sockets, ${instances === 1 ? 'one instance' : 'two instances through Redis'}`,
      );
      const steps = instances === 1 ? chat.oneInstance : chat.twoInstances;
      for (const deliveries of chatRates) {
        const run = () => step(servers, posters, 2, subscribers, received, deliveries / 2, seconds);
        steps.push(
          await profiled(
            settings,
            servers[0]!,
            `chat-${instances}-instances-${deliveries}`,
            deliveries === chatRates.at(-1),
            run,
          ),
        );
      }
      print('', steps);
      await closeAll(subscribers);
    } finally {
      await Promise.all(servers.map((server) => server.stop()));
    }
  }
  return { fanout, chat };
}
