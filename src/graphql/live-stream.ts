// A subscription's stream of payloads, the one owner of its lifecycle: listen, read the current state, follow, close.
import { DomainError } from '../domain/errors.ts';
import type { Listener, Taken, Topics } from '../live/channels.ts';
import { runAt } from '../timers.ts';
import type { Context } from './context.ts';
import { graphQLError } from './errors.ts';

/** The last payload of a subscription that ends with an error (access lost, session expired): deliver throws it. */
export class Ended {
  constructor(readonly error: DomainError) {}
}

/** What a producer reads its events from: what arrived since its last call, or undefined once the stream is closed. */
export interface Events<T> {
  take(): Promise<Taken<T> | undefined>;
}

/** A subscription's payloads, made from its events; it returns the error the subscription ends with, if any. */
export type Producer<T> = AsyncGenerator<T, DomainError | undefined>;

const sessionExpired = () =>
  new DomainError(
    'UNAUTHENTICATED',
    'Your token expired: subscribe again with a fresh one (messageAdded resumes with after)',
  );

const done = (): IteratorReturnResult<undefined> => ({ done: true, value: undefined });

const ignore = (): undefined => undefined;

/**
 * A subscription on `topic:key`, from its start to its last payload. open() listens first, waits
 * until every later event is sure to be heard, then lets `start` read the current state and make the
 * producer; a refusal there is a GraphQL error from the start, so that yoga answers it over SSE as the
 * client's mistake (not as an unexpected failure, with status 500).
 *
 * The stream closes in one place (#close), whoever ends it: the client's return() (graphql-ws returns
 * each subscription of a socket that closes), the abort of an event stream's HTTP request, the token's
 * expiry (an event stream then ends with UNAUTHENTICATED; a WebSocket closes itself with 4403, so its
 * subscriptions arm no timer), the producer's end, or its failure. Closing closes the listener, which
 * wakes a producer waiting for events, and returns the producer; a payload made meanwhile is dropped.
 */
export class LiveStream<T> implements AsyncIterableIterator<T | Ended> {
  readonly #listener: Listener<unknown>;
  #producer: Producer<T> | undefined;
  /** Set by #close: settles once the producer has stopped. */
  #closing: Promise<unknown> | undefined;
  /** The payload left to send once closed, when the subscription ends with an error. */
  #ending: Ended | undefined;
  /** Stops watching the HTTP request and the session's end (event streams over HTTP only). */
  #unwatch: (() => void) | undefined;

  static async open<K extends keyof Topics, T>(
    ctx: Context,
    topic: K,
    key: string,
    start: (events: Events<Topics[K]>) => Promise<Producer<T>>,
  ): Promise<LiveStream<T>> {
    const listener = ctx.live.listen(topic, key);
    const stream = new LiveStream<T>(listener);
    try {
      await listener.ready;
      stream.#producer = await start(listener);
    } catch (error) {
      stream.#close();
      if (error instanceof DomainError) throw graphQLError(error.code, error.message, error.details);
      throw error;
    }
    // (A socket closed meanwhile: graphql-ws returns the subscription itself.)
    if (ctx.signal?.aborted) stream.#close();
    else {
      stream.#watch(ctx);
      ctx.holdConnection();
    }
    return stream;
  }

  private constructor(listener: Listener<unknown>) {
    this.#listener = listener;
  }

  // Not an async function: while the subscription waits, only the producer's pending step is kept.
  next(): Promise<IteratorResult<T | Ended>> {
    if (this.#closing || !this.#producer) return Promise.resolve(this.#last());
    return this.#producer.next().then(
      (result) => {
        if (!result.done && !this.#closing) return result;
        this.#close(result.done ? result.value : undefined);
        return this.#last();
      },
      (error: unknown) => {
        this.#close();
        throw error;
      },
    );
  }

  async return(): Promise<IteratorResult<T | Ended>> {
    this.#close();
    await this.#closing;
    return done();
  }

  async throw(error: unknown): Promise<IteratorResult<T | Ended>> {
    this.#close();
    await this.#closing;
    throw error;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  #close(error?: DomainError): void {
    if (this.#closing) return;
    this.#ending = error && new Ended(error);
    this.#unwatch?.();
    this.#unwatch = undefined;
    this.#listener.close();
    // Queued behind a step in progress: the producer stops at its next yield, or ends as the closed listener wakes it.
    this.#closing = this.#producer ? this.#producer.return(undefined).then(ignore, ignore) : Promise.resolve();
  }

  /** What follows the close: the ending, once, then done. */
  #last(): IteratorResult<T | Ended> {
    const ending = this.#ending;
    this.#ending = undefined;
    return ending ? { done: false, value: ending } : done();
  }

  /** An event stream over HTTP ends with its request, and at the session's end. */
  #watch({ signal, sessionEndsAt }: Context): void {
    if (!signal) return;
    const abort = () => this.#close();
    let cancelExpiry: (() => void) | undefined;
    signal.addEventListener('abort', abort, { once: true });
    this.#unwatch = () => {
      cancelExpiry?.();
      signal.removeEventListener('abort', abort);
    };
    // (Runs at once, closing the stream, when the session has already ended.)
    cancelExpiry = runAt(sessionEndsAt, () => this.#close(sessionExpired()));
  }
}

/** Each payload is resolved with loaders of its own: nothing read for an earlier event is served again. */
export function deliver<T>(payload: T | Ended, ctx: Context): T {
  if (payload instanceof Ended) throw payload.error;
  ctx.renewLoaders();
  return payload;
}
