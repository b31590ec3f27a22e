// Subscriptions: a conversation, a request and the caller's inbox, live over WebSocket and SSE, each event read fresh.
import { visibleOrReceivedRequestWhere, visibleRequestWhere } from '../domain/access.ts';
import type { ChangeEvent } from '../domain/changes.ts';
import { DomainError, notFound } from '../domain/errors.ts';
import {
  afterInboxAnnouncements,
  afterInboxPage,
  type InboxEntry,
  inboxBounds,
  inboxReplayStart,
  readInbox,
} from '../domain/inbox-log.ts';
import {
  afterAnnouncements,
  afterReplayPage,
  type InboxNotice,
  isReceipt,
  REPLAY_PAGE,
  type ReplayCursor,
  replayRange,
  replayStart,
} from '../domain/live.ts';
import type { Message, TeleexpertiseRequest } from '../generated/prisma/client.ts';
import { builder } from './builder.ts';
import type { Context } from './context.ts';
import { deliver, type Ended, type Events, LiveStream, type Producer } from './live-stream.ts';
import { MessageNode } from './message.ts';
import { participates, PARTY_COLUMNS, RequestNode } from './request.ts';
import { ReportNode } from './report.ts';
import { selectionFor, type Selection } from './selection.ts';
import { sharedRead } from './shared-reads.ts';

/** The request(s) with these ids, if the caller takes part: access is checked again with every read. */
function visibleRequest(ctx: Context, id: string | { in: string[] }) {
  return { id, AND: [visibleRequestWhere(ctx.viewer.id)] };
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
      return LiveStream.open(ctx, 'request', requestId, async (events) => {
        const from = await conversationStart(ctx, requestId, args.after?.id);
        const select = selectionFor(ctx, info, 'Message', [], { sequence: true });
        return followConversation(ctx, select, events, requestId, from);
      });
    },
    resolve: (payload: Message | Ended, _args, ctx) => deliver(payload, ctx),
  }),
);

/** The sequence after which the conversation is sent (replayStart), read as the caller may read it. */
async function conversationStart(ctx: Context, requestId: string, afterId: string | undefined): Promise<number> {
  const [request, after] = await Promise.all([
    ctx.db.prisma.teleexpertiseRequest.findFirst({
      where: visibleRequest(ctx, requestId),
      select: { lastSequence: true },
    }),
    afterId ? ctx.db.prisma.message.findFirst({ where: { id: afterId, requestId }, select: { sequence: true } }) : null,
  ]);
  return replayStart(request, afterId, after);
}

/**
 * Messages after sequence `from`: those already recorded, page by page, then each one announced.
 * An announcement is only a hint: the messages are read from the database from the last one sent up
 * to the one announced (afterAnnouncements), so that events arriving late, twice or out of order
 * (several instances) still give every message once, in order. Reading them checks access again (readMessages).
 */
async function* followConversation(
  ctx: Context,
  select: Selection,
  events: Events<ChangeEvent>,
  requestId: string,
  from: number,
): Producer<Message> {
  // What this subscription's reads share with the other subscribers' (the selection is the subscription's own).
  const readKey = JSON.stringify([requestId, select]);
  let cursor: ReplayCursor | undefined = { last: from, upTo: undefined };
  while (cursor) {
    const last: number | undefined = yield* replay(ctx, select, requestId, readKey, cursor);
    if (last === undefined) return notFound('Request');
    cursor = undefined;
    while (!cursor) {
      const taken = await events.take();
      if (!taken) return undefined;
      cursor = afterAnnouncements(last, taken.events, taken.overflowed);
    }
  }
  return undefined;
}

/** Sends the messages after `from.last`, page by page; returns the last sequence sent, or undefined when an announced message cannot be read. */
async function* replay(
  ctx: Context,
  select: Selection,
  requestId: string,
  readKey: string,
  from: ReplayCursor,
): AsyncGenerator<Message, number | undefined> {
  let cursor = from;
  for (;;) {
    const page = await readMessages(ctx, select, requestId, readKey, cursor);
    const read = afterReplayPage(cursor, page);
    if (!read) return undefined;
    for (const message of page) yield message;
    if (!read.more) return read.cursor.last;
    cursor = read.cursor;
  }
}

/**
 * A page of the request's messages from `cursor`, as the caller may read them. A subscriber told of the change
 * that recorded the last of them took part in the request then, and reads them without a check of its own, in
 * one statement with every subscriber woken by that change; any other read checks that the caller takes part.
 * (Apart from the generator, which keeps its variables for as long as the subscription waits.)
 */
function readMessages(
  ctx: Context,
  select: Selection,
  requestId: string,
  readKey: string,
  cursor: ReplayCursor,
): Promise<Message[]> {
  const sequence = replayRange(cursor);
  const told = cursor.toldTo?.includes(ctx.viewer.id) ?? false;
  const access = told ? {} : { request: { is: visibleRequestWhere(ctx.viewer.id) } };
  return sharedRead(
    ctx.db,
    `messageAdded ${told ? 'told' : ctx.viewer.id} ${readKey} ${JSON.stringify(sequence)}`,
    () =>
      ctx.db.prisma.message.findMany({
        ...select,
        where: { requestId, sequence, ...access },
        orderBy: { sequence: 'asc' },
        take: REPLAY_PAGE,
      }) as Promise<Message[]>,
  );
}

builder.subscriptionField('requestUpdated', (t) =>
  t.field({
    type: RequestNode,
    description:
      'A request as it is now, then again after every change: status, deadline, new message, read marks. Ends with NOT_FOUND when the caller no longer takes part.',
    args: { requestId: t.arg.globalID({ required: true, for: RequestNode }) },
    subscribe: (_root, args, ctx, info) =>
      LiveStream.open(ctx, 'request', args.requestId.id, async (events) => {
        const select = selectionFor(ctx, info, 'TeleexpertiseRequest', [], PARTY_COLUMNS);
        const requestId = args.requestId.id;
        const load = () =>
          ctx.db.prisma.teleexpertiseRequest.findFirst({
            ...select,
            where: visibleRequest(ctx, requestId),
          }) as Promise<TeleexpertiseRequest | null>;
        const current = await load();
        if (!current) throw notFound('Request');
        return followRequest(current, load, events);
      }),
    resolve: (payload: TeleexpertiseRequest | Ended, _args, ctx) => deliver(payload, ctx),
  }),
);

/**
 * The request as it is, then read again once after each batch of changes, however many arrived meanwhile.
 * A catch-up without events (Redis away or back) sends the request only when it differs from the last one sent.
 */
async function* followRequest(
  current: TeleexpertiseRequest,
  load: () => Promise<TeleexpertiseRequest | null>,
  events: Events<ChangeEvent>,
): Producer<TeleexpertiseRequest> {
  yield current;
  let sent = JSON.stringify(current);
  for (let taken = await events.take(); taken; taken = await events.take()) {
    const latest = await load();
    if (!latest) return notFound('Request');
    const now = JSON.stringify(latest);
    if (taken.events.length === 0 && now === sent) continue;
    sent = now;
    yield latest;
  }
  return undefined;
}

const InboxEventKindEnum = builder.enumType('InboxEventKind', {
  values: {
    NEW_REQUEST: {
      description:
        'A request was sent to the caller or to a team they are a member of, or made by or for them; message: its question.',
    },
    REQUEST_REDIRECTED: {
      description:
        'A request was redirected to another expert or team: told to the requester’s side, the previous and the new expert (or the members of the teams concerned); message: the SYSTEM message recording it, with the reason.',
    },
    REQUEST_ASSIGNED: {
      description:
        'A request to a team was claimed by a member or assigned by a coordinator: told to the requester’s side and to every member; message: the SYSTEM message recording it.',
    },
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
    TRANSMISSION_FAILED: {
      description:
        'Told to the expert who signed it: the secure mail (MSSanté) of a report was given up; report: that version, whose `transmissions` say why (`failureReason`).',
    },
  } as const,
});

interface InboxEventShape {
  position: number;
  kind: InboxNotice['kind'];
  request: TeleexpertiseRequest;
  messageId: string | undefined;
  reportId: string | undefined;
  shareId: string | undefined;
}

const InboxEventRef = builder.objectRef<InboxEventShape>('InboxEvent').implement({
  description: 'Something that concerns the caller, with the request as it is now.',
  fields: (t) => ({
    position: t.int({
      description:
        'The event’s place in the caller’s inbox: 1, 2, 3… without gaps. Pass the last one received as `inbox(after:)` when subscribing again.',
      resolve: (event) => event.position,
    }),
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
      description: 'For REPORT_SIGNED: the version signed; for TRANSMISSION_FAILED: the version not delivered.',
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
      'Everything that concerns the caller as it happens: new requests and messages, status changes, signed reports, deadlines. With `after` (the `position` of the last event the client has), every later event is sent first, then the live ones: each once, in order. An `after` older than the retention period is REPLAY_EXPIRED: reload the inbox and subscribe without it.',
    args: { after: t.arg.int({ required: false }) },
    subscribe: (_root, args, ctx, info) =>
      LiveStream.open(ctx, 'inbox', ctx.viewer.id, async (events) => {
        const bounds = await inboxBounds(ctx.db.prisma, ctx.viewer.id);
        const from = inboxReplayStart(bounds, args.after ?? undefined);
        const select = selectionFor(ctx, info, 'TeleexpertiseRequest', ['request'], { id: true, ...PARTY_COLUMNS });
        return followInbox(ctx, select, events, from, bounds.head);
      }),
    resolve: (payload: InboxEventShape | Ended, _args, ctx) => deliver(payload, ctx),
  }),
);

/**
 * The caller's inbox after position `from`: the entries kept, then each one announced. An announcement
 * that continues the positions sent is sent as it is (it is the committed entry); a gap (an announcement
 * lost or late) or a catch-up (Redis away or back, a slow client) reads the log from the last position
 * sent, so that every entry is sent once, in order (afterInboxAnnouncements).
 */
async function* followInbox(
  ctx: Context,
  select: Selection,
  events: Events<InboxEntry>,
  from: number,
  head: number,
): Producer<InboxEventShape> {
  let last = from;
  let read: { upTo: number | undefined } | undefined = from < head ? { upTo: undefined } : undefined;
  for (;;) {
    if (read) {
      const caught: number | DomainError = yield* catchUpInbox(ctx, select, last, read.upTo);
      if (caught instanceof DomainError) return caught;
      last = caught;
    }
    const taken = await events.take();
    if (!taken) return undefined;
    const next = afterInboxAnnouncements(last, taken.events, taken.overflowed);
    read = next && 'read' in next ? next.read : undefined;
    if (next && 'send' in next) {
      yield* inboxEvents(ctx, select, next.send);
      last = next.send.at(-1)!.position;
    }
  }
}

/** Sends the log's entries after `last` (up to `upTo`), page by page; returns the last position sent, or REPLAY_EXPIRED. */
async function* catchUpInbox(
  ctx: Context,
  select: Selection,
  last: number,
  upTo: number | undefined,
): AsyncGenerator<InboxEventShape, number | DomainError> {
  for (;;) {
    const page = await readInbox(
      ctx.db.prisma,
      ctx.viewer.id,
      upTo === undefined ? { gt: last } : { gt: last, lte: upTo },
    );
    const read = afterInboxPage(last, upTo, page);
    if (read instanceof DomainError) return read;
    if (page.length > 0) yield* inboxEvents(ctx, select, page);
    last = page.at(-1)?.position ?? last;
    if (!read.more) return last;
  }
}

/** Each entry with its request read fresh (one statement for all the entries that arrived together); requests the caller no longer sees are skipped. */
async function* inboxEvents(
  ctx: Context,
  select: Selection,
  notices: InboxEntry[],
): AsyncGenerator<InboxEventShape, void> {
  // What a professional received without taking part (a report as the treating doctor, a shared synthesis) is told to them;
  // everything else only while they still take part.
  const received = notices.some(isReceipt);
  const ids = [...new Set(notices.map((notice) => notice.requestId))];
  const requests = (await ctx.db.prisma.teleexpertiseRequest.findMany({
    ...select,
    where: received
      ? { id: { in: ids }, AND: [visibleOrReceivedRequestWhere(ctx.viewer.id)] }
      : visibleRequest(ctx, { in: ids }),
  })) as TeleexpertiseRequest[];
  const byId = new Map(requests.map((request) => [request.id, request]));
  for (const notice of notices) {
    const request = byId.get(notice.requestId);
    if (request && (!received || isReceipt(notice) || (await participates(request, ctx))))
      yield {
        position: notice.position,
        kind: notice.kind,
        request,
        messageId: notice.messageId,
        reportId: notice.reportId,
        shareId: notice.shareId,
      };
  }
}
