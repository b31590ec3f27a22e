// Live events that survive faults: Redis stopped or frozen, a process killed between commit and publish; inbox replay and its retention.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  InboxSinceDocument,
  type InboxSinceSubscription,
  MessageAddedDocument,
  type MessageAddedSubscription,
  PostMessageDocument,
} from './generated/graphql.ts';
import { graphql } from './kit/graphql.ts';
import { type Feed, openSocket, type Socket } from './kit/live.ts';
import { freePort, type ServerProcess, startServerProcess } from './kit/process.ts';
import { type PrivateRedis, startPrivateRedis } from './kit/redis-server.ts';
import { createRequest, RPPS } from './kit/requests.ts';
import { startTestServer, type TestServer } from './kit/server.ts';
import { startTcpProxy, type TcpProxy } from './kit/tcp-proxy.ts';

type Inbox = Feed<InboxSinceSubscription>;
type Conversation = Feed<MessageAddedSubscription>;

const professional = async (server: TestServer, rpps: string) =>
  (await server.db.prisma.professional.findUniqueOrThrow({ where: { rpps }, select: { id: true } })).id;

/** The next `count` inbox events: positions that follow `after` one by one, each a NEW_MESSAGE of `bodies` in order. */
async function expectInbox(feed: Inbox, after: number, bodies: string[]): Promise<number> {
  const events = await feed.take(bodies.length);
  expect(events.map((data) => [data.inbox.position, data.inbox.kind, data.inbox.message?.body])).toEqual(
    bodies.map((body, index) => [after + 1 + index, 'NEW_MESSAGE', body]),
  );
  return after + bodies.length;
}

async function expectConversation(feed: Conversation, bodies: string[]): Promise<void> {
  expect((await feed.take(bodies.length)).map((data) => data.messageAdded.body)).toEqual(bodies);
}

const REDIS_SERVER = process.env.REDIS_SERVER_PATH ?? '/usr/bin/redis-server';
if (!existsSync(REDIS_SERVER)) console.warn(`live-durable: skipped the Redis faults: no ${REDIS_SERVER}`);

// Two instances share one database (PGlite in this process, or DATABASE_URL's server) and a Redis of their own.
describe.runIf(existsSync(REDIS_SERVER))('two instances while their Redis fails', () => {
  let redis: PrivateRedis;
  let a: TestServer;
  let b: Awaited<ReturnType<TestServer['startInstance']>>;
  let socket: Socket;
  let requestId: string;
  let inbox: Inbox;
  let conversation: Conversation;
  let position = 0;

  const post = async (body: string) =>
    (
      await graphql(a.graphqlUrl, PostMessageDocument, { input: { requestId, body } }, { rpps: RPPS.requester })
    ).expectData();

  beforeAll(async () => {
    redis = await startPrivateRedis();
    a = await startTestServer({ REDIS_URL: redis.url, LIVE_POLL_SECONDS: '0.2' });
    b = await a.startInstance();
    const request = await createRequest(a);
    requestId = request.id;
    socket = await openSocket(b.graphqlUrl, { rpps: RPPS.expert });
    const expertId = await professional(a, RPPS.expert);
    position = (await a.db.prisma.inboxCounter.findUniqueOrThrow({ where: { professionalId: expertId } })).position;
    inbox = socket.subscribe(InboxSinceDocument, {});
    conversation = socket.subscribe(MessageAddedDocument, { requestId, after: request.lastMessage!.id });
    await vi.waitFor(() => {
      expect(b.app.live.listenerCount('inbox', expertId)).toBe(1);
      expect(b.app.live.listenerCount('request')).toBe(1);
    });
  });
  afterAll(async () => {
    await socket?.dispose();
    await a?.stop();
    await redis?.destroy();
  });

  it('delivers what was posted while Redis was stopped, by polling, once each and in order, and goes on once it is back', async () => {
    await post('avant');
    position = await expectInbox(inbox, position, ['avant']);
    await expectConversation(conversation, ['avant']);

    await redis.stop();
    await post('pendant 1');
    await post('pendant 2');
    position = await expectInbox(inbox, position, ['pendant 1', 'pendant 2']);
    await expectConversation(conversation, ['pendant 1', 'pendant 2']);

    await redis.start();
    await post('après 1');
    position = await expectInbox(inbox, position, ['après 1']);
    await expectConversation(conversation, ['après 1']);
    // Once both instances are connected again, events travel through Redis: and still nothing comes twice.
    await vi.waitFor(async () => expect(await b.app.live.ping?.()).toBe('PONG'));
    await post('après 2');
    position = await expectInbox(inbox, position, ['après 2']);
    await expectConversation(conversation, ['après 2']);
  });

  it('delivers what was posted while Redis was frozen, by polling, and nothing twice once it thaws', async () => {
    redis.freeze();
    try {
      await post('gelé 1');
      await post('gelé 2');
      position = await expectInbox(inbox, position, ['gelé 1', 'gelé 2']);
      await expectConversation(conversation, ['gelé 1', 'gelé 2']);
    } finally {
      redis.thaw();
    }
    // The publications that waited in the frozen Redis arrive now, before this one: none of them is sent again.
    await post('dégelé');
    position = await expectInbox(inbox, position, ['dégelé']);
    await expectConversation(conversation, ['dégelé']);
  });

  it('delivers a change whose publish was lost (the process dying between commit and publish) with the next event', async () => {
    // The change commits, and its events never leave the process: as when it dies right after the commit.
    vi.spyOn(a.app.live, 'publish').mockImplementationOnce(() => undefined);
    await post('perdu');
    await post('suivant');
    position = await expectInbox(inbox, position, ['perdu', 'suivant']);
    await expectConversation(conversation, ['perdu', 'suivant']);
  });

  it('delivers a lost publish, with Redis up and no other event, at the next look for lost announcements', async () => {
    vi.spyOn(a.app.live, 'publish').mockImplementationOnce(() => undefined);
    await post('perdu, Redis là');
    // What the timer does every LIVE_SWEEP_SECONDS: this instance's inbox and request are behind the database.
    expect(await b.app.sweepLive()).toBe(2);
    position = await expectInbox(inbox, position, ['perdu, Redis là']);
    await expectConversation(conversation, ['perdu, Redis là']);
    // Caught up: the next look finds nothing behind, and reads nothing more than the two heads.
    const next = await a.statements(() => b.app.sweepLive());
    expect(next.result).toBe(0);
    expect(next.statements).toHaveLength(2);
  });

  it('delivers a lost publish at the next catch-up when no other event follows (Redis away)', async () => {
    vi.spyOn(a.app.live, 'publish').mockImplementationOnce(() => undefined);
    await post('perdu seul');
    await redis.stop();
    try {
      position = await expectInbox(inbox, position, ['perdu seul']);
      await expectConversation(conversation, ['perdu seul']);
    } finally {
      await redis.start();
    }
    await vi.waitFor(async () => expect(await b.app.live.ping?.()).toBe('PONG'));
    await post('fin');
    position = await expectInbox(inbox, position, ['fin']);
    await expectConversation(conversation, ['fin']);
  });

  it('starts a subscription while Redis is stopped, without an error, and delivers to it from the database', async () => {
    await redis.stop();
    const late = await openSocket(b.graphqlUrl, { rpps: RPPS.expert });
    try {
      const started = Date.now();
      const feed = late.subscribe(InboxSinceDocument, { after: position });
      await post('pendant la panne');
      await expectInbox(feed, position, ['pendant la panne']);
      // Started at once (Redis not connected: nothing to confirm), caught up by polling.
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await late.dispose();
      await redis.start();
    }
  });
});

describe('inbox replay', () => {
  let server: TestServer;
  let socket: Socket;
  beforeAll(async () => {
    server = await startTestServer();
    socket = await openSocket(server.graphqlUrl, { rpps: RPPS.expert });
  });
  afterAll(async () => {
    await socket?.dispose();
    await server?.stop();
  });

  const post = async (requestId: string, body: string) =>
    (await server.graphql(PostMessageDocument, { input: { requestId, body } }, { rpps: RPPS.requester })).expectData();

  const codes = async (feed: Inbox) => {
    await feed.ended;
    return feed.results.flatMap((result) => result.errors?.map((error) => error.extensions?.['code']) ?? []);
  };

  it('replays every event after `after`, then the live ones, each once and in order', async () => {
    const request = await createRequest(server);
    const live = socket.subscribe(InboxSinceDocument, {});
    const expertId = await professional(server, RPPS.expert);
    await vi.waitFor(() => expect(server.app.live.listenerCount('inbox', expertId)).toBe(1));
    await post(request.id, 'un');
    const [first] = await live.take(1);
    const after = first!.inbox.position;
    await post(request.id, 'deux');
    await post(request.id, 'trois');
    live.dispose();

    const replay = socket.subscribe(InboxSinceDocument, { after });
    const position = await expectInbox(replay, after, ['deux', 'trois']);
    await post(request.id, 'quatre');
    await expectInbox(replay, position, ['quatre']);
    replay.dispose();
  });

  it('refuses an `after` beyond the latest position', async () => {
    const feed = socket.subscribe(InboxSinceDocument, { after: 1_000_000 });
    expect(await codes(feed)).toEqual(['BAD_USER_INPUT']);
  });

  it('tells a client whose `after` is older than the retention period to reload (REPLAY_EXPIRED), and prunes idempotently', async () => {
    const request = await createRequest(server);
    const expertId = await professional(server, RPPS.expert);
    const { position: before } = await server.db.prisma.inboxCounter.findUniqueOrThrow({
      where: { professionalId: expertId },
    });
    await post(request.id, 'ancien');
    // Eight days from now, everything written so far is past the seven days kept.
    const later = new Date(Date.now() + 8 * 86_400_000);
    expect(await server.app.pruneInbox(later)).toBeGreaterThan(0);
    expect(await server.app.pruneInbox(later)).toBe(0);
    const expired = socket.subscribe(InboxSinceDocument, { after: before });
    expect(await codes(expired)).toEqual(['REPLAY_EXPIRED']);
    expect(expired.results[0]!.errors![0]!.message).toMatch(/reload the inbox/);

    // Caught up to the latest position, a client is told what comes next.
    const current = socket.subscribe(InboxSinceDocument, { after: before + 1 });
    await vi.waitFor(() => expect(server.app.live.listenerCount('inbox', expertId)).toBe(1));
    await post(request.id, 'nouveau');
    await expectInbox(current, before + 1, ['nouveau']);
    current.dispose();
  });
});

// A real process killed right after its commit: its publication leaves for Redis and never arrives (the relay to
// Redis drops it), then SIGKILL. The instance left catches its subscribers up at its next look (LIVE_SWEEP_SECONDS).
// Two processes share the database only on a PostgreSQL server.
describe.runIf(existsSync(REDIS_SERVER) && process.env.DATABASE_URL)(
  'a process killed between its commit and its publish',
  () => {
    let redis: PrivateRedis;
    let relay: TcpProxy;
    let survivor: TestServer;
    let dying: ServerProcess;
    let dyingUrl: string;
    let socket: Socket;

    beforeAll(async () => {
      redis = await startPrivateRedis();
      relay = await startTcpProxy({ host: '127.0.0.1', port: redis.port });
      survivor = await startTestServer({ REDIS_URL: redis.url, LIVE_SWEEP_SECONDS: '0.3' });
      const port = await freePort();
      dying = await startServerProcess(port, {
        DATABASE_URL: survivor.databaseUrl!,
        REDIS_URL: relay.url('redis'),
        REDIS_PREFIX: survivor.config.redisPrefix,
        NODE_ENV: 'test',
        SEED_DEMO: 'false',
        LOG_LEVEL: 'warn',
        DEADLINE_CHECK_SECONDS: '0',
        LIVE_SWEEP_SECONDS: '0',
        RATE_LIMIT_PER_MINUTE: '0',
      });
      dyingUrl = `http://127.0.0.1:${port}/graphql`;
      socket = await openSocket(survivor.graphqlUrl, { rpps: RPPS.expert });
    });
    afterAll(async () => {
      await socket?.dispose();
      await dying?.kill();
      await survivor?.stop();
      await relay?.close();
      await redis?.destroy();
    });

    it('delivers the change it committed, once and in order, to the subscribers of another instance', async () => {
      const request = await createRequest(survivor);
      const expertId = await professional(survivor, RPPS.expert);
      let position = (await survivor.db.prisma.inboxCounter.findUniqueOrThrow({ where: { professionalId: expertId } }))
        .position;
      const inbox: Inbox = socket.subscribe(InboxSinceDocument, {});
      const conversation: Conversation = socket.subscribe(MessageAddedDocument, {
        requestId: request.id,
        after: request.lastMessage!.id,
      });
      await vi.waitFor(() => expect(survivor.app.live.listenerCount()).toBe(2));
      const post = async (url: string, body: string) =>
        (
          await graphql(url, PostMessageDocument, { input: { requestId: request.id, body } }, { rpps: RPPS.requester })
        ).expectData();

      // Through Redis while the relay carries it: the two instances do share their events.
      await post(dyingUrl, 'vivant');
      position = await expectInbox(inbox, position, ['vivant']);
      await expectConversation(conversation, ['vivant']);

      relay.blackhole();
      await post(dyingUrl, 'dernier mot');
      expect(await dying.kill('SIGKILL')).toBeNull();
      position = await expectInbox(inbox, position, ['dernier mot']);
      await expectConversation(conversation, ['dernier mot']);

      // Nothing is delivered twice: the next event on the survivor follows at once.
      await post(survivor.graphqlUrl, 'après');
      await expectInbox(inbox, position, ['après']);
      await expectConversation(conversation, ['après']);
    });
  },
);
