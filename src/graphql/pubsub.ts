// Where committed changes travel to subscribers: in-process, or through Redis between several instances.
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { ChangeEvent } from '../domain/changes.ts';
import { type InboxNotice, inboxNotices } from '../domain/live.ts';

/** Topics: everything that happens to one request, and what concerns one professional. */
export interface Topics {
  request: ChangeEvent;
  inbox: InboxNotice;
}

export interface LiveEvents {
  /** Announces the events of one committed change on its request's topic and in each participant's inbox. */
  publish(events: ChangeEvent[]): void;
  /**
   * Starts listening to `topic:key` at once, buffering what arrives; `ready` resolves once events
   * published from any instance are sure to be received. Close the listener when done.
   */
  listen<T extends keyof Topics>(topic: T, key: string): Listener<Topics[T]>;
  /** Listeners open and ready on this instance, in all or on one topic. */
  listenerCount(topic?: keyof Topics, key?: string): number;
  /** Checks the connection to Redis, when there is one. */
  ping?(): Promise<unknown>;
  close(): Promise<void>;
}

export interface Listener<T> {
  ready: Promise<void>;
  /**
   * Everything received since the previous call, waiting for at least one event unless the
   * listener is closed (then what is left, maybe []). `overflowed`: the listener was too far behind
   * and dropped events; the caller must catch up from the database.
   */
  take(): Promise<Taken<T>>;
  /** Set by close(): the subscription reading this listener is over. */
  readonly closed: boolean;
  close(): void;
}

export interface Taken<T> {
  events: T[];
  overflowed: boolean;
}

/** Events one listener buffers for a slow client before it drops them and asks to catch up. */
const MAX_BUFFERED = 1000;

/** How long a new subscription waits for Redis before it fails (Redis down: commands wait for its return). */
const REDIS_CONFIRM_TIMEOUT_MS = 5000;

interface EventTargetLike {
  addEventListener(type: string, callback: (event: Event) => void): void;
  removeEventListener(type: string, callback: (event: Event) => void): void;
}

export interface LiveEventsOptions {
  /** Redis for events between instances; in-process when undefined. */
  redisUrl?: string | undefined;
  /** Prefix of every channel, so that several deployments (or test databases) can share a Redis. */
  prefix?: string;
  logger: Logger;
}

export function createLiveEvents({ redisUrl, prefix = 'teleexpertise:', logger }: LiveEventsOptions): LiveEvents {
  let channels: Channels;
  let send: (channel: string, detail: unknown) => void;
  let close: () => Promise<void>;
  let ping: (() => Promise<unknown>) | undefined;

  if (redisUrl) {
    const warn = (command: string) => (error: unknown) =>
      logger.warn(
        {
          command,
          err: {
            type: error instanceof Error ? error.name : typeof error,
            message: error instanceof Error ? error.message : undefined,
          },
        },
        'a redis command failed',
      );
    const options = { maxRetriesPerRequest: 1, lazyConnect: false } as const;
    const publisher = new Redis(redisUrl, options);
    // The subscriber's commands wait for Redis to come back rather than fail.
    const subscriber = new Redis(redisUrl, { ...options, maxRetriesPerRequest: null });
    for (const client of [publisher, subscriber])
      client.on('error', (error: Error) =>
        logger.warn({ err: { type: error.name, message: error.message } }, 'redis error'),
      );
    // The event target neither awaits nor catches (un)subscribe: a failure (Redis gone, or closed at
    // shutdown while a listener is still closing) is logged here instead of crashing the process.
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
    const confirm = () =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error('Redis did not confirm a subscription in time')),
          REDIS_CONFIRM_TIMEOUT_MS,
        );
        subscriber.ping().then(
          () => {
            clearTimeout(timer);
            resolve();
          },
          (error: unknown) => {
            clearTimeout(timer);
            reject(error instanceof Error ? error : new Error(String(error)));
          },
        );
      });
    channels = new Channels(confirm, target);
    // Published here rather than through the event target, whose publish would leave a failure unhandled.
    send = (channel, detail) => {
      publisher.publish(channel, JSON.stringify(detail)).catch(warn('publish'));
    };
    ping = () => publisher.ping();
    close = async () => {
      // QUIT lets the last publications go out; a Redis that does not answer is not waited for.
      await Promise.race([
        Promise.allSettled([publisher.quit(), subscriber.quit()]),
        new Promise((resolve) => setTimeout(resolve, 1000).unref()),
      ]);
      publisher.disconnect();
      subscriber.disconnect();
    };
  } else {
    channels = new Channels(() => Promise.resolve(), undefined);
    const local = channels;
    send = (channel, detail) => local.deliver(channel, detail);
    close = () => Promise.resolve();
  }

  const channel = (topic: keyof Topics, key: string) => `${prefix}${topic}:${key}`;

  return {
    publish(events) {
      for (const event of events) send(channel('request', event.requestId), event);
      for (const { professionalId, notice } of inboxNotices(events)) send(channel('inbox', professionalId), notice);
    },
    listen<T extends keyof Topics>(topic: T, key: string): Listener<Topics[T]> {
      return new ChannelListener<Topics[T]>(channels, channel(topic, key));
    },
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

/**
 * The listeners open on this instance, by channel. Events reach them from this process, or from
 * Redis through one callback per channel (subscribed while the channel has listeners): a listener
 * is an entry in its channel's set, not a callback of its own.
 */
class Channels {
  readonly #open = new Map<
    string,
    { name: string; listeners: Set<ChannelListener<unknown>>; relay: ((event: Event) => void) | undefined }
  >();
  /** Listeners open and ready, by channel (listenerCount). */
  readonly ready = new Map<string, number>();

  constructor(
    /** Resolves once everything published from any instance after the call is sure to be received. */
    readonly confirm: () => Promise<void>,
    private readonly target: EventTargetLike | undefined,
  ) {}

  /** Adds a listener to channel `name`; returns the channel's name as the channel keeps it (one string for all its listeners). */
  add(listener: ChannelListener<unknown>, name: string): string {
    const open = this.#open.get(name);
    if (open) {
      open.listeners.add(listener);
      return open.name;
    }
    const relay = this.target && ((event: Event) => this.deliver(name, (event as CustomEvent<unknown>).detail));
    this.#open.set(name, { name, listeners: new Set([listener]), relay });
    if (relay) this.target?.addEventListener(name, relay);
    return name;
  }

  remove(listener: ChannelListener<unknown>): void {
    const open = this.#open.get(listener.name);
    if (!open?.listeners.delete(listener) || open.listeners.size > 0) return;
    this.#open.delete(listener.name);
    if (open.relay) this.target?.removeEventListener(listener.name, open.relay);
  }

  deliver(name: string, detail: unknown): void {
    const open = this.#open.get(name);
    if (open) for (const listener of open.listeners) listener.receive(detail);
  }

  count(name: string, change: 1 | -1): void {
    const count = (this.ready.get(name) ?? 0) + change;
    if (count > 0) this.ready.set(name, count);
    else this.ready.delete(name);
  }
}

/** One subscription's ear on a channel: buffers what arrives until the subscription takes it. */
class ChannelListener<T> implements Listener<T> {
  readonly ready: Promise<void>;
  readonly name: string;
  closed = false;
  #buffer: T[] = [];
  #overflowed = false;
  #counted = false;
  /** The pending take(), woken by the next event or by close(). */
  #waiting: ((taken: Taken<T>) => void) | undefined;

  constructor(
    private readonly channels: Channels,
    name: string,
  ) {
    this.name = channels.add(this as ChannelListener<unknown>, name);
    this.ready = channels.confirm().then(() => {
      if (this.closed) return;
      this.#counted = true;
      channels.count(this.name, 1);
    });
  }

  receive(detail: T): void {
    if (this.#buffer.length >= MAX_BUFFERED) {
      this.#buffer = [];
      this.#overflowed = true;
    } else {
      this.#buffer.push(detail);
    }
    this.#wake();
  }

  take(): Promise<Taken<T>> {
    if (this.closed || this.#buffer.length > 0 || this.#overflowed) return Promise.resolve(this.#drain());
    return new Promise((resolve) => {
      this.#waiting = resolve;
    });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.channels.remove(this as ChannelListener<unknown>);
    if (this.#counted) this.channels.count(this.name, -1);
    this.#wake();
  }

  #wake(): void {
    const resolve = this.#waiting;
    if (!resolve) return;
    this.#waiting = undefined;
    // Taken once the current delivery is over: the events of one change (published together) come in one batch.
    queueMicrotask(() => resolve(this.#drain()));
  }

  #drain(): Taken<T> {
    const taken = { events: this.#buffer, overflowed: this.#overflowed };
    this.#buffer = [];
    this.#overflowed = false;
    return taken;
  }
}
