// Where committed changes travel to subscribers: in-process, or through Redis between several instances.
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { ChangeEvent } from '../domain/changes.ts';
import type { InboxEntry } from '../domain/inbox-log.ts';
import { closeRedis, createRedis } from '../redis.ts';
import { channelName, Channels, type EventTargetLike, type Listener, type Topics } from './channels.ts';

export interface LiveEvents {
  /**
   * Announces the events of one committed change on its request's topic, and the inbox entries it wrote
   * in each professional's inbox. Only a hint: subscribers read what they missed from the database.
   */
  publish(events: ChangeEvent[], inbox?: InboxEntry[]): void;
  /**
   * Starts listening to `topic:key` at once, buffering what arrives; `ready` resolves once events
   * published from any instance are sure to be received. Close the listener when done.
   */
  listen<T extends keyof Topics>(topic: T, key: string): Listener<Topics[T]>;
  /** Listeners open and ready on this instance, in all or on one topic. */
  listenerCount(topic?: keyof Topics, key?: string): number;
  /** The keys of `topic` listened to here, each with the highest mark announced (inbox position, message sequence). */
  marks(topic: keyof Topics): { key: string; mark: number | undefined }[];
  /** The database holds `mark` for `topic:key`, beyond what was announced: its listeners catch up from it. */
  behind(topic: keyof Topics, key: string, mark: number): void;
  /** Whether events travel through Redis (and an announcement may be lost between instances). */
  shared: boolean;
  /** Checks the connection to Redis, when there is one. */
  ping?(): Promise<unknown>;
  close(): Promise<void>;
}

export interface LiveEventsOptions {
  /** Redis for events between instances; in-process when undefined. */
  redisUrl?: string | undefined;
  /** Prefix of every channel, so that several deployments (or test databases) can share a Redis. */
  prefix?: string;
  /** Seconds between two looks at Redis; while it does not answer, every subscription catches up from the database at this pace. */
  pollSeconds?: number;
  logger: Logger;
}

/** How events reach this instance's channels, and leave it. */
interface Transport {
  channels: Channels;
  send(channel: string, detail: unknown): void;
  ping?(): Promise<unknown>;
  close(): Promise<void>;
}

/** How long a new subscription waits for Redis before it fails (Redis down: commands wait for its return). */
const REDIS_CONFIRM_TIMEOUT_MS = 2000;

/** How long closing waits for Redis to take the last publications. */
const REDIS_QUIT_TIMEOUT_MS = 1000;

export function createLiveEvents({
  redisUrl,
  prefix = 'teleexpertise:',
  pollSeconds = 2,
  logger,
}: LiveEventsOptions): LiveEvents {
  const { channels, send, ping, close } = redisUrl
    ? redisTransport(redisUrl, prefix, pollSeconds * 1000, logger)
    : localTransport();
  const channel = (topic: keyof Topics, key: string) => channelName(prefix, topic, key);
  return {
    publish(events, inbox = []) {
      for (const event of events) send(channel('request', event.requestId), event);
      for (const entry of inbox) send(channel('inbox', entry.professionalId), entry);
    },
    listen: (topic, key) => channels.listen(channel(topic, key)),
    marks: (topic) =>
      channels
        .marks(channel(topic, ''))
        .map(({ name, mark }) => ({ key: name.slice(channel(topic, '').length), mark })),
    behind: (topic, key, mark) => channels.behind(channel(topic, key), mark),
    shared: Boolean(redisUrl),
    listenerCount(topic, key) {
      if (topic && key) return channels.ready.get(channel(topic, key)) ?? 0;
      let count = 0;
      for (const [name, listeners] of channels.ready)
        if (!topic || name.startsWith(channel(topic, ''))) count += listeners;
      return count;
    },
    ...(ping && { ping }),
    close,
  };
}

/** What an event tells of the durable state: an inbox entry's position, a new message's sequence. */
function markOf(detail: unknown): number | undefined {
  const event = detail as { position?: unknown; kind?: unknown; sequence?: unknown };
  if (typeof event.position === 'number') return event.position;
  return event.kind === 'MESSAGE_ADDED' && typeof event.sequence === 'number' ? event.sequence : undefined;
}

function localTransport(): Transport {
  const channels = new Channels(() => Promise.resolve(), undefined, markOf);
  return {
    channels,
    send: (channel, detail) => channels.deliver(channel, detail),
    close: () => Promise.resolve(),
  };
}

function redisTransport(url: string, prefix: string, pollMs: number, logger: Logger): Transport {
  const warn = (command: string) => (error: unknown) => logger.warn({ err: error }, `redis ${command} failed`);
  // Auto-pipelining: a change's announcements (its request, each recipient's inbox) leave in one write, not one each.
  // Behind a batch Redis has not answered yet (frozen), the next ones wait in memory, and leave in order.
  const publisher = createRedis(url, {
    role: 'live-publish',
    prefix,
    logger,
    options: { maxRetriesPerRequest: 1, enableAutoPipelining: true },
  });
  // The subscriber's commands wait for Redis to come back rather than fail.
  const subscriber = createRedis(url, {
    role: 'live-subscribe',
    prefix,
    logger,
    options: { maxRetriesPerRequest: null },
  });
  // The event target neither awaits nor catches (un)subscribe (@graphql-yoga/redis-event-target 3.0.3-3.0.4,
  // https://github.com/graphql-hive/graphql-yoga/blob/11a4a1af0a0ff8fcd5acea609e19bb917cb951c8/packages/event-target/redis-event-target/src/index.ts#L45-L60):
  // a failure (Redis gone, or closed at shutdown while a listener is still closing) is logged here instead of crashing the process.
  const subscribeClient = {
    on: subscriber.on.bind(subscriber),
    subscribe: (channel: string) => subscriber.subscribe(channel).catch(warn('subscribe')),
    unsubscribe: (channel: string) => subscriber.unsubscribe(channel).catch(warn('unsubscribe')),
  };
  const target: EventTargetLike = createRedisEventTarget({
    publishClient: publisher,
    subscribeClient: subscribeClient as unknown as Redis,
  });
  // Redis answers a connection's commands in order: once PING returns, the SUBSCRIBE sent before it is active.
  // While Redis is away (not connected, or no answer in time) a subscription starts all the same: until it is
  // back, watchRedis catches every listener up from the database.
  const confirm = async () => {
    if (subscriber.status !== 'ready') return;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, REDIS_CONFIRM_TIMEOUT_MS);
    });
    await Promise.race([subscriber.ping().catch(warn('ping')), timeout]);
    clearTimeout(timer);
  };
  const channels = new Channels(confirm, target, markOf);
  const unwatch = watchRedis(subscriber, channels, pollMs, logger);
  return {
    channels,
    // Published here rather than through the event target, whose dispatchEvent leaves a failure unhandled (same file, L72).
    send: (channel, detail) => {
      publisher.publish(channel, JSON.stringify(detail)).catch(warn('publish'));
    },
    ping: () => publisher.ping(),
    close: () => {
      unwatch();
      return closeRedis([publisher, subscriber], REDIS_QUIT_TIMEOUT_MS);
    },
  };
}

/**
 * Looks at the subscribing connection every `pollMs`. While Redis does not answer (stopped, unreachable,
 * or frozen: the previous PING is still waiting), every listener catches up from the database at each
 * look; once it answers again, once more: what was published meanwhile never reached this instance.
 * A PING sent once the connection is ready follows its resubscriptions (ioredis sends them first), so
 * nothing published after that catch-up is missed.
 */
function watchRedis(subscriber: Redis, channels: Channels, pollMs: number, logger: Logger): () => void {
  let away = false;
  let pinging = false;
  const lost = (why: string) => {
    if (!away) logger.warn({ why, pollMs }, 'redis away: subscriptions catch up from the database until it is back');
    away = true;
    channels.catchUp();
  };
  const back = () => {
    pinging = false;
    if (!away) return;
    away = false;
    logger.info('redis back: subscriptions caught up from the database');
    channels.catchUp();
  };
  const look = () => {
    if (pinging) return lost('no answer');
    if (subscriber.status !== 'ready') return lost(subscriber.status);
    pinging = true;
    subscriber.ping().then(back, () => {
      pinging = false;
      lost('ping failed');
    });
  };
  const timer = setInterval(look, pollMs).unref();
  return () => clearInterval(timer);
}
