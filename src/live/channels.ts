// The channels subscriptions listen to, by name, and the listeners open on this instance: no transport, no GraphQL.
import type { ChangeEvent } from '../domain/changes.ts';
import type { InboxEntry } from '../domain/inbox-log.ts';

/** Topics: everything that happens to one request, and what concerns one professional (the entries of their inbox log). */
export interface Topics {
  request: ChangeEvent;
  inbox: InboxEntry;
}

/** The channel of `topic:key`, under the deployment's prefix (the same name in-process and on Redis). */
export function channelName(prefix: string, topic: keyof Topics, key: string): string {
  return `${prefix}${topic}:${key}`;
}

export interface Listener<T> {
  ready: Promise<void>;
  /**
   * Everything received since the previous call, waiting for at least one event; undefined once the
   * listener is closed. `overflowed`: the listener may have missed events (too far behind, it dropped
   * some; or Redis was away); the caller must catch up from the database.
   */
  take(): Promise<Taken<T> | undefined>;
  /** Stops listening, and wakes a pending take() with undefined. */
  close(): void;
}

export interface Taken<T> {
  events: T[];
  overflowed: boolean;
}

/** Events one listener buffers for a slow client before it drops them and asks to catch up. */
const MAX_BUFFERED = 1000;

export interface EventTargetLike {
  addEventListener(type: string, callback: (event: Event) => void): void;
  removeEventListener(type: string, callback: (event: Event) => void): void;
}

/**
 * The listeners open on this instance, by channel. Events reach them from this process, or from
 * Redis through one callback per channel (subscribed while the channel has listeners): a listener
 * is an entry in its channel's set, not a callback of its own.
 */
export class Channels {
  readonly #open = new Map<
    string,
    {
      name: string;
      listeners: Set<ChannelListener<unknown>>;
      relay: ((event: Event) => void) | undefined;
      /** The highest mark (position, sequence) announced on the channel while open here: what its listeners were told of. */
      mark: number | undefined;
    }
  >();
  /** Listeners open and ready, by channel (listenerCount). */
  readonly ready = new Map<string, number>();

  constructor(
    /** Resolves once everything published from any instance after the call is sure to be received. */
    readonly confirm: () => Promise<void>,
    private readonly target: EventTargetLike | undefined,
    /** The mark an event carries (an inbox position, a message's sequence), if any. */
    private readonly markOf: (detail: unknown) => number | undefined = () => undefined,
  ) {}

  /** A new listener on channel `name`. */
  listen<T>(name: string): Listener<T> {
    return new ChannelListener<T>(this, name);
  }

  /** Adds a listener to channel `name`; returns the channel's name as the channel keeps it (one string for all its listeners). */
  add(listener: ChannelListener<unknown>, name: string): string {
    const open = this.#open.get(name);
    if (open) {
      open.listeners.add(listener);
      return open.name;
    }
    const relay = this.target && ((event: Event) => this.deliver(name, (event as CustomEvent<unknown>).detail));
    this.#open.set(name, { name, listeners: new Set([listener]), relay, mark: undefined });
    if (relay) this.target?.addEventListener(name, relay);
    return name;
  }

  remove(listener: ChannelListener<unknown>): void {
    const open = this.#open.get(listener.name);
    if (!open?.listeners.delete(listener) || open.listeners.size > 0) return;
    this.#open.delete(listener.name);
    if (open.relay) this.target?.removeEventListener(listener.name, open.relay);
  }

  /** Tells every listener it may have missed events (Redis away, or back): each catches up from the database. */
  catchUp(): void {
    for (const open of this.#open.values()) for (const listener of open.listeners) listener.missed();
  }

  deliver(name: string, detail: unknown): void {
    const open = this.#open.get(name);
    if (!open) return;
    const mark = this.markOf(detail);
    if (mark !== undefined && !(mark <= (open.mark ?? -1))) open.mark = mark;
    for (const listener of open.listeners) listener.receive(detail);
  }

  /** The channels open here whose name starts with `prefix`, with the highest mark announced on each. */
  marks(prefix: string): { name: string; mark: number | undefined }[] {
    const marks: { name: string; mark: number | undefined }[] = [];
    for (const { name, mark } of this.#open.values()) if (name.startsWith(prefix)) marks.push({ name, mark });
    return marks;
  }

  /** The database is at `mark` on channel `name`, beyond what was announced: its listeners catch up from it. */
  behind(name: string, mark: number): void {
    const open = this.#open.get(name);
    if (!open) return;
    open.mark = mark;
    for (const listener of open.listeners) listener.missed();
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
  #closed = false;
  #buffer: T[] = [];
  #overflowed = false;
  #counted = false;
  /** The pending take(), woken by the next event or by close(). */
  #waiting: ((taken: Taken<T> | undefined) => void) | undefined;

  constructor(
    private readonly channels: Channels,
    name: string,
  ) {
    this.name = channels.add(this as ChannelListener<unknown>, name);
    this.ready = channels.confirm().then(() => {
      if (this.#closed) return;
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

  missed(): void {
    this.#overflowed = true;
    this.#wake();
  }

  take(): Promise<Taken<T> | undefined> {
    if (this.#closed) return Promise.resolve(undefined);
    if (this.#buffer.length > 0 || this.#overflowed) return Promise.resolve(this.#drain());
    return new Promise((resolve) => {
      this.#waiting = resolve;
    });
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.channels.remove(this as ChannelListener<unknown>);
    if (this.#counted) this.channels.count(this.name, -1);
    this.#wake();
  }

  #wake(): void {
    const resolve = this.#waiting;
    if (!resolve) return;
    this.#waiting = undefined;
    // Taken once the current delivery is over: the events of one change (published together) come in one batch.
    queueMicrotask(() => resolve(this.#closed ? undefined : this.#drain()));
  }

  #drain(): Taken<T> {
    const taken = { events: this.#buffer, overflowed: this.#overflowed };
    this.#buffer = [];
    this.#overflowed = false;
    return taken;
  }
}
