// Subscriptions: a conversation, a request and the caller's inbox, live over WebSocket and SSE, each event read fresh.
import { receivedRequestWhere, visibleRequestWhere } from '../domain/access.ts';
import type { ChangeEvent } from '../domain/changes.ts';
import { badInput, conflict, DomainError, notFound } from '../domain/errors.ts';
import { type InboxNotice, isReceipt } from '../domain/live.ts';
import type { Message, TeleexpertiseRequest } from '../generated/prisma/client.ts';
import type { Listener } from '../live/channels.ts';
import { runAt } from '../timers.ts';
import { builder } from './builder.ts';
import type { Context } from './context.ts';
import { graphQLError } from './errors.ts';
import { MessageNode } from './message.ts';
import { participates, PARTY_COLUMNS, RequestNode } from './request.ts';
import { ReportNode } from './report.ts';
import { selectionFor, type Selection } from './selection.ts';
import { sharedRead } from './shared-reads.ts';

/** Messages read per statement while catching up. */
const CATCH_UP_PAGE = 100;

/** The last payload of a subscription that must end with an error (access lost, session expired). */
class Ended {
  constructor(readonly error: DomainError) {}
}

const sessionExpired = () =>
  new DomainError(
    'UNAUTHENTICATED',
    'Your token expired: subscribe again with a fresh one (messageAdded resumes with after)',
  );

const done = (): IteratorReturnResult<undefined> => ({ done: true, value: undefined });

/**
 * The subscription's event stream around `produce`, which stops once the listener is closed. A
 * client's unsubscribe, or its going away, ends it at once (even while it waits for an event) and
 * closes its listener: graphql-ws returns each subscription of a socket that closes, and an event
 * stream over HTTP also watches its request's signal. The token's expiry ends an event stream with
 * UNAUTHENTICATED; a WebSocket closes itself then (4403), so its subscriptions arm no timer.
 */
class Stream<T> implements AsyncIterableIterator<T | Ended> {
  readonly #listener: Listener<unknown>;
  readonly #source: AsyncGenerator<T | Ended>;
  #expired = false;
  #finished = false;
  /** Stops watching the HTTP request and the session's end (event streams over HTTP only). */
  #unwatch: (() => void) | undefined;

  constructor(ctx: Context, listener: Listener<unknown>, produce: () => AsyncGenerator<T | Ended>) {
    this.#listener = listener;
    const signal = ctx.signal;
    if (signal) {
      const cancelExpiry = runAt(ctx.sessionEndsAt, () => {
        this.#expired = true;
        listener.close();
      });
      const finish = () => this.#finish();
      signal.addEventListener('abort', finish, { once: true });
      this.#unwatch = () => {
        cancelExpiry();
        signal.removeEventListener('abort', finish);
      };
    }
    this.#source = produce();
  }

  // Not an async function: while the subscription waits, only the source's pending step is kept.
  next(): Promise<IteratorResult<T | Ended>> {
    if (this.#finished) return Promise.resolve(done());
    return this.#source.next().then(
      (result) => {
        if (!result.done) return result;
        this.#finish();
        return this.#expired ? { done: false, value: new Ended(sessionExpired()) } : done();
      },
      (error: unknown) => {
        this.#finish();
        throw error;
      },
    );
  }

  async return(): Promise<IteratorResult<T | Ended>> {
    this.#finish();
    await this.#source.return(undefined);
    return done();
  }

  async throw(error: unknown): Promise<IteratorResult<T | Ended>> {
    this.#finish();
    await this.#source.return(undefined);
    throw error;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  #finish(): void {
    this.#finished = true;
    this.#unwatch?.();
    this.#unwatch = undefined;
    this.#listener.close();
  }
}

/**
 * Waits until the listener is sure to hear every later event, then starts the subscription's
 * stream; closes the listener if starting fails or the client has gone meanwhile. A refusal is a
 * GraphQL error from the start, so that yoga answers it over SSE as a client's mistake (not as an
 * unexpected failure, with status 500).
 */
async function listening<T, R>(
  ctx: Context,
  listener: Listener<T>,
  start: () => Promise<AsyncIterableIterator<R>>,
): Promise<AsyncIterableIterator<R>> {
  try {
    await listener.ready;
    const started = await start();
    // (A socket closed meanwhile: graphql-ws returns the subscription itself.)
    if (ctx.signal?.aborted) await started.return?.();
    else ctx.holdConnection();
    return started;
  } catch (error) {
    listener.close();
    if (error instanceof DomainError) throw graphQLError(error.code, error.message, error.details);
    throw error;
  }
}

/** The request(s) with these ids, if the caller takes part: access is checked again with every read. */
function visibleRequest(ctx: Context, id: string | { in: string[] }) {
  return { id, AND: [visibleRequestWhere(ctx.viewer.id)] };
}

/** Each event is resolved with loaders of its own: nothing read for an earlier event is served again. */
function deliver<T>(payload: T | Ended, ctx: Context): T {
  if (payload instanceof Ended) throw payload.error;
  ctx.renewLoaders();
  return payload;
}

builder.subscriptionField('messageAdded', (t) =>
  t.field({
    type: MessageNode,
    description:
      'The messages of a conversation as they are recorded, in sequence order. With `after` (the id of the last message the client has), every later message is sent first, then the live ones: nothing is missed and nothing comes twice.',
    args: {
      requestId: t.arg.globalID({ required: true, for: RequestNode }),
      after: t.arg.globalID({ required: false, for: MessageNode }),
    },
    subscribe: (_root, args, ctx, info) => {
      const requestId = args.requestId.id;
      const listener = ctx.live.listen('request', requestId);
      return listening(ctx, listener, async () => {
        const [request, after] = await Promise.all([
          ctx.db.prisma.teleexpertiseRequest.findFirst({
            where: visibleRequest(ctx, requestId),
            select: { lastSequence: true },
          }),
          args.after
            ? ctx.db.prisma.message.findFirst({ where: { id: args.after.id, requestId }, select: { sequence: true } })
            : null,
        ]);
        if (!request) throw notFound('Request');
        if (args.after && !after)
          throw badInput(
            'after is not a message of this request: send the id of the last message you received from it',
          );
        const select = selectionFor(ctx, info, 'Message', [], { sequence: true });
        return new Stream(ctx, listener, () =>
          followConversation(ctx, select, listener, requestId, after?.sequence ?? request.lastSequence),
        );
      });
    },
    resolve: (payload: Message | Ended, _args, ctx) => deliver(payload, ctx),
  }),
);

/**
 * Messages after sequence `from`: those already recorded, page by page, then each one announced.
 * An announcement is only a hint: the messages are read from the database from the last one
 * sent up to the one announced, so that events arriving late, twice or out of order (several
 * instances) still give every message once, in order. Reading them checks access again.
 */
async function* followConversation(
  ctx: Context,
  select: Selection,
  listener: Listener<ChangeEvent>,
  requestId: string,
  from: number,
): AsyncGenerator<Message | Ended> {
  let last = from;
  let upTo: number | undefined;
  // What this subscription's reads share with the other subscribers' (the selection is the subscription's own).
  const readKey = JSON.stringify([requestId, ctx.viewer.id, select]);
  for (;;) {
    for (;;) {
      const page = await readMessages(
        ctx,
        select,
        requestId,
        readKey,
        upTo === undefined ? { gt: last } : { gt: last, lte: upTo },
      );
      if (listener.closed) return;
      // A message was announced but cannot be read: the caller no longer takes part.
      if (page.length === 0 && upTo !== undefined) {
        yield new Ended(notFound('Request'));
        return;
      }
      for (const message of page) {
        last = message.sequence;
        yield message;
        if (listener.closed) return;
      }
      if (page.length < CATCH_UP_PAGE || (upTo !== undefined && last >= upTo)) break;
    }
    upTo = undefined;
    while (upTo === undefined) {
      const { events, overflowed } = await listener.take();
      if (listener.closed) return;
      const announced = lastAnnounced(events);
      if (overflowed) break;
      if (announced > last) upTo = announced;
    }
  }
}

/**
 * A page of the request's messages in `sequence`, as the caller may read them. (Apart from the
 * generator, which keeps its variables for as long as the subscription waits.)
 */
function readMessages(
  ctx: Context,
  select: Selection,
  requestId: string,
  readKey: string,
  sequence: { gt: number; lte?: number },
): Promise<Message[]> {
  // The subscribers woken by one event ask the same thing: one statement per professional and selection, not per socket.
  return sharedRead(
    ctx.db,
    `messageAdded ${readKey} ${JSON.stringify(sequence)}`,
    () =>
      ctx.db.prisma.message.findMany({
        ...select,
        where: { requestId, sequence, request: { is: visibleRequestWhere(ctx.viewer.id) } },
        orderBy: { sequence: 'asc' },
        take: CATCH_UP_PAGE,
      }) as Promise<Message[]>,
  );
}

/** The highest message sequence announced among `events` (0 if none). */
function lastAnnounced(events: ChangeEvent[]): number {
  let announced = 0;
  for (const event of events)
    if (event.kind === 'MESSAGE_ADDED' && event.sequence > announced) announced = event.sequence;
  return announced;
}

builder.subscriptionField('requestUpdated', (t) =>
  t.field({
    type: RequestNode,
    description:
      'A request as it is now, then again after every change: status, deadline, new message, read marks. Ends with NOT_FOUND when the caller no longer takes part.',
    args: { requestId: t.arg.globalID({ required: true, for: RequestNode }) },
    subscribe: (_root, args, ctx, info) => {
      const requestId = args.requestId.id;
      const listener = ctx.live.listen('request', requestId);
      return listening(ctx, listener, async () => {
        const select = selectionFor(ctx, info, 'TeleexpertiseRequest', [], PARTY_COLUMNS);
        const load = () =>
          ctx.db.prisma.teleexpertiseRequest.findFirst({
            ...select,
            where: visibleRequest(ctx, requestId),
          }) as Promise<TeleexpertiseRequest | null>;
        const current = await load();
        if (!current) throw notFound('Request');
        return new Stream(ctx, listener, async function* () {
          yield current;
          for (;;) {
            await listener.take();
            if (listener.closed) return;
            // However many changes arrived meanwhile, the request is read once, as it is now.
            const latest = await load();
            if (listener.closed) return;
            if (!latest) {
              yield new Ended(notFound('Request'));
              return;
            }
            yield latest;
          }
        });
      });
    },
    resolve: (payload: TeleexpertiseRequest | Ended, _args, ctx) => deliver(payload, ctx),
  }),
);

const InboxEventKindEnum = builder.enumType('InboxEventKind', {
  values: {
    NEW_REQUEST: { description: 'A request was sent to the caller, or made by or for them; message: its question.' },
    NEW_MESSAGE: {
      description: 'A message was written in one of the caller’s conversations (by either side, the caller included).',
    },
    STATUS_CHANGED: { description: 'A request changed status; message: the SYSTEM message recording it.' },
    REPORT_SIGNED: {
      description:
        'The expert signed the report of a request (or a corrected version); report: that version; message: the SYSTEM message recording it. Also sent to the patient’s treating doctor, who receives the report and nothing else.',
    },
    SYNTHESIS_SHARED: {
      description:
        'A participant sent the caller a request’s synthesis; synthesis: what was sent. The caller sees nothing else of the request.',
    },
    DEADLINE_APPROACHING: {
      description: 'The deadline of a request the expert has not answered is less than 24 hours away.',
    },
    OVERDUE: { description: 'The deadline of a request passed without a report.' },
  } as const,
});

interface InboxEventShape {
  kind: InboxNotice['kind'];
  request: TeleexpertiseRequest;
  messageId: string | undefined;
  reportId: string | undefined;
  shareId: string | undefined;
}

const InboxEventRef = builder.objectRef<InboxEventShape>('InboxEvent').implement({
  description: 'Something that concerns the caller, with the request as it is now.',
  fields: (t) => ({
    kind: t.field({ type: InboxEventKindEnum, resolve: (event) => event.kind }),
    request: t.field({ type: RequestNode, resolve: (event) => event.request }),
    message: t.field({
      type: MessageNode,
      nullable: true,
      description: 'The message the event is about, when there is one.',
      resolve: (event, _args, ctx, info) =>
        event.messageId
          ? (ctx.db.prisma.message.findUnique({
              ...selectionFor(ctx, info, 'Message', []),
              where: { id: event.messageId },
            }) as Promise<Message | null>)
          : null,
    }),
    report: t.prismaField({
      type: ReportNode,
      nullable: true,
      description: 'For REPORT_SIGNED: the version signed.',
      resolve: (query, event, _args, ctx) =>
        event.reportId ? ctx.db.prisma.report.findUnique({ ...query, where: { id: event.reportId } }) : null,
    }),
    synthesis: t.prismaField({
      type: 'SynthesisShare',
      nullable: true,
      description: 'For SYNTHESIS_SHARED: the synthesis sent to the caller.',
      resolve: (query, event, _args, ctx) =>
        event.shareId ? ctx.db.prisma.synthesisShare.findUnique({ ...query, where: { id: event.shareId } }) : null,
    }),
  }),
});

builder.subscriptionField('inbox', (t) =>
  t.field({
    type: InboxEventRef,
    description:
      'Everything that concerns the caller as it happens: new requests and messages, status changes, signed reports, deadlines.',
    subscribe: (_root, _args, ctx, info) => {
      const listener = ctx.live.listen('inbox', ctx.viewer.id);
      return listening(ctx, listener, async () => {
        const select = selectionFor(ctx, info, 'TeleexpertiseRequest', ['request'], { id: true, ...PARTY_COLUMNS });
        return new Stream(ctx, listener, () => followInbox(ctx, select, listener));
      });
    },
    resolve: (payload: InboxEventShape | Ended, _args, ctx) => deliver(payload, ctx),
  }),
);

/** Each notice with its request read fresh (one statement for all the notices that arrived together); requests the caller no longer sees are skipped. */
async function* followInbox(
  ctx: Context,
  select: Selection,
  listener: Listener<InboxNotice>,
): AsyncGenerator<InboxEventShape | Ended> {
  for (;;) {
    const { events, overflowed } = await listener.take();
    if (listener.closed) return;
    if (overflowed) {
      yield new Ended(
        conflict(
          'Too many events arrived before your client read them: reload the inbox (requests) and subscribe again',
        ),
      );
      return;
    }
    const ids = [...new Set(events.map((notice) => notice.requestId))];
    // What a professional received without taking part (a report as the treating doctor, a shared synthesis) is told to them;
    // everything else only while they still take part.
    const received = events.some(isReceipt);
    const requests = (await ctx.db.prisma.teleexpertiseRequest.findMany({
      ...select,
      where: received
        ? { id: { in: ids }, OR: [visibleRequestWhere(ctx.viewer.id), receivedRequestWhere(ctx.viewer.id)] }
        : visibleRequest(ctx, { in: ids }),
    })) as TeleexpertiseRequest[];
    if (listener.closed) return;
    const byId = new Map(requests.map((request) => [request.id, request]));
    for (const notice of events) {
      const request = byId.get(notice.requestId);
      if (request && (!received || isReceipt(notice) || (await participates(request, ctx)))) {
        yield {
          kind: notice.kind,
          request,
          messageId: notice.messageId,
          reportId: notice.reportId,
          shareId: notice.shareId,
        };
      }
      if (listener.closed) return;
    }
  }
}
