// Batched loads for one operation: whatever the page size, each is one SQL statement.
import DataLoader from 'dataloader';
import type { Database } from '../db/client.ts';
import { LIVE_DELEGATION, receivedReportWhere } from '../domain/access.ts';
import { traceReads } from '../domain/changes.ts';
import { COMPLIANCE_ACTIONS, type TraceEntry } from '../domain/compliance.ts';
import type { Message, Prisma } from '../generated/prisma/client.ts';

export interface Loaders {
  /** Pages of conversations, one loader per page query: the requests it is asked for are read together. */
  messagePages(query: MessagePageQuery): DataLoader<ConversationRef, MessageRow[], string>;
  /** Traces that the viewer read a request's patient; resolves once recorded. */
  patientRead: DataLoader<{ requestId: string; patientId: string }, true, string>;
  /** Traces that the viewer read a report's content; resolves once recorded. */
  reportRead: DataLoader<{ reportId: string; requestId: string }, true, string>;
  /** Whether a delegation is still in force (a delegate sees the requests made with it only then). */
  delegationLive: DataLoader<string, boolean>;
  /** Whether the viewer is a member of a team (its members read the requests sent to it). */
  teamMember: DataLoader<string, boolean>;
  /** Whether a report of the request was transmitted to the viewer (as the treating doctor). */
  reportReceived: DataLoader<string, boolean>;
  /** The latest synthesis of the request shared with the viewer, if any. */
  receivedSynthesis: DataLoader<string, string | null>;
  /** The trace records the compliance grid reads, per request, oldest first. */
  complianceTrace: DataLoader<string, TraceEntry[]>;
}

/** Records that the viewer read health data: once per record and operation, one statement per batch. */
function readTracer<K extends { requestId: string }>(
  db: Database,
  viewerId: string,
  entry: (read: K) => { action: string; entityType: string; entityId: string },
): DataLoader<K, true, string> {
  return new DataLoader(
    async (reads) => {
      await traceReads(
        db.prisma,
        { id: viewerId },
        reads.map((read) => ({ ...entry(read), requestId: read.requestId })),
      );
      return reads.map(() => true as const);
    },
    { cacheKeyFn: (read) => entry(read).entityId },
  );
}

// Each made on first use: most operations use one or two, and a subscribed socket keeps its context (and these).
class OperationLoaders implements Loaders {
  #pages: Map<string, DataLoader<ConversationRef, MessageRow[], string>> | undefined;
  #patientRead: Loaders['patientRead'] | undefined;
  #reportRead: Loaders['reportRead'] | undefined;
  #delegationLive: Loaders['delegationLive'] | undefined;
  #reportReceived: Loaders['reportReceived'] | undefined;
  #teamMember: Loaders['teamMember'] | undefined;
  #receivedSynthesis: Loaders['receivedSynthesis'] | undefined;
  #complianceTrace: Loaders['complianceTrace'] | undefined;

  constructor(
    private readonly db: Database,
    private readonly viewerId: string,
  ) {}

  messagePages(query: MessagePageQuery): DataLoader<ConversationRef, MessageRow[], string> {
    const pages = (this.#pages ??= new Map());
    const key = JSON.stringify(query);
    let loader = pages.get(key);
    if (!loader) {
      loader = new DataLoader<ConversationRef, MessageRow[], string>(
        (requests) => loadMessagePages(this.db, query, requests),
        { cacheKeyFn: (request) => request.id },
      );
      pages.set(key, loader);
    }
    return loader;
  }

  get patientRead() {
    return (this.#patientRead ??= readTracer(this.db, this.viewerId, ({ patientId }) => ({
      action: 'patient.read',
      entityType: 'Patient',
      entityId: patientId,
    })));
  }

  get reportRead() {
    return (this.#reportRead ??= readTracer(this.db, this.viewerId, ({ reportId }) => ({
      action: 'report.read',
      entityType: 'Report',
      entityId: reportId,
    })));
  }

  get delegationLive() {
    return (this.#delegationLive ??= new DataLoader(async (ids) => {
      const live = await this.db.prisma.delegation.findMany({
        where: { id: { in: [...ids] }, ...LIVE_DELEGATION },
        select: { id: true },
      });
      const liveIds = new Set(live.map((delegation) => delegation.id));
      return ids.map((id) => liveIds.has(id));
    }));
  }

  get teamMember() {
    return (this.#teamMember ??= new DataLoader(async (teamIds) => {
      const memberships = await this.db.prisma.teamMember.findMany({
        where: { professionalId: this.viewerId, teamId: { in: [...teamIds] } },
        select: { teamId: true },
      });
      const ids = new Set(memberships.map((membership) => membership.teamId));
      return teamIds.map((id) => ids.has(id));
    }));
  }

  get reportReceived() {
    return (this.#reportReceived ??= new DataLoader(async (requestIds) => {
      const received = await this.db.prisma.report.findMany({
        where: { requestId: { in: [...requestIds] }, transmissions: { some: receivedReportWhere(this.viewerId) } },
        select: { requestId: true },
        distinct: ['requestId'],
      });
      const ids = new Set(received.map((report) => report.requestId));
      return requestIds.map((id) => ids.has(id));
    }));
  }

  get receivedSynthesis() {
    return (this.#receivedSynthesis ??= new DataLoader(async (requestIds) => {
      const shares = await this.db.prisma.synthesisShare.findMany({
        where: { requestId: { in: [...requestIds] }, recipientId: this.viewerId },
        select: { id: true, requestId: true },
        orderBy: { createdAt: 'asc' },
      });
      const latest = new Map(shares.map((share) => [share.requestId, share.id]));
      return requestIds.map((id) => latest.get(id) ?? null);
    }));
  }

  get complianceTrace() {
    return (this.#complianceTrace ??= new DataLoader(async (requestIds) => {
      const entries = await this.db.prisma.auditEvent.findMany({
        where: { requestId: { in: [...requestIds] }, action: { in: COMPLIANCE_ACTIONS } },
        select: { id: true, at: true, actorId: true, action: true, details: true, requestId: true },
        orderBy: { id: 'asc' },
      });
      return requestIds.map((id) => entries.filter((entry) => entry.requestId === id));
    }));
  }
}

export function createLoaders(db: Database, viewerId: string): Loaders {
  return new OperationLoaders(db, viewerId);
}

/** What a page of messages needs to know of its request. */
export interface ConversationRef {
  id: string;
  /** Messages are numbered 1, 2, 3… without gaps (appendMessage is the only writer): this is the number of the latest. */
  lastSequence: number;
}

/** The request of a `messages` field, which selects lastSequence though its parent's type cannot say so (see request.ts). */
export function conversationOf(request: { id: string }): ConversationRef {
  if (!('lastSequence' in request) || typeof request.lastSequence !== 'number')
    throw new Error('TeleexpertiseRequest.messages: the request was read without lastSequence');
  return { id: request.id, lastSequence: request.lastSequence };
}

/**
 * A connection page as Pothos asks Prisma for it, sequence ascending: the nodes' selection, and
 * `take` rows (negative: from the end) after skipping `skip` from the `cursor` message on (included).
 * The cursor is decoded from the client's string: its values have Prisma's types only once checked.
 */
export interface MessagePageQuery {
  select?: Prisma.MessageSelect;
  include?: Prisma.MessageInclude;
  take: number;
  skip?: number;
  cursor?: Prisma.MessageWhereUniqueInput;
}

/** A message with the relations the page's selection asked for, as Pothos types a node it resolves. */
export type MessageRow = Message;

interface SequenceRange {
  gte?: number;
  lte?: number;
}

/** One request's page, as a range of sequence numbers and what to keep of it. */
interface PageWindow {
  requestId: string;
  backward: boolean;
  range: SequenceRange;
  /** The range stops where the page must end if no message is missing: fewer rows there means one is. */
  bounded: boolean;
  skip: number;
  take: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Several requests' pages in one statement, each by its range of sequence numbers, so that PostgreSQL reads
 * the page's rows only; a range that comes back short (a number is missing) is read again as Prisma would.
 */
async function loadMessagePages(
  db: Database,
  query: MessagePageQuery,
  requests: readonly ConversationRef[],
): Promise<MessageRow[][]> {
  const { select, include, take, skip = 0, cursor } = query;
  const selection: MessageSelection = select
    ? { select: { ...select, requestId: true, sequence: true } }
    : include
      ? { include }
      : {};
  const from = cursorMessage(cursor);
  // Not a cursor this API issued: Prisma answers (and refuses) it as it always did.
  if (from === false) return Promise.all(requests.map((request) => readByPosition(db, selection, request, query)));
  // A cursor counts only if it is one of the conversation's messages (then it starts the page's range): the other conversations' pages are empty.
  const windows = requests.map((request) =>
    from && from.requestId !== request.id ? null : pageWindow(request, from?.sequence, skip, take),
  );
  const read = windows.filter((window) => window !== null);
  const rows = await readWindows(db, selection, read);
  return Promise.all(windows.map((window) => (window ? pageOf(db, selection, window, rows, from) : [])));
}

type MessageSelection = Pick<Prisma.MessageFindManyArgs, 'select' | 'include'>;

/** The cursor's message when it is one this API issued (a UUID and a sequence number), else `false`. */
function cursorMessage(
  cursor: MessagePageQuery['cursor'],
): { requestId: string; sequence: number } | undefined | false {
  if (!cursor) return undefined;
  const at: { requestId?: unknown; sequence?: unknown } | undefined = cursor.requestId_sequence;
  const requestId = at?.requestId;
  const sequence = at?.sequence;
  if (typeof requestId !== 'string' || !UUID.test(requestId)) return false;
  if (typeof sequence !== 'number' || !Number.isSafeInteger(sequence)) return false;
  return { requestId, sequence };
}

/** One request's page as Prisma reads it, by position from the cursor. */
async function readByPosition(
  db: Database,
  selection: MessageSelection,
  request: ConversationRef,
  { take, skip = 0, cursor }: MessagePageQuery,
): Promise<MessageRow[]> {
  return db.prisma.message.findMany({
    ...selection,
    where: { requestId: request.id },
    orderBy: { sequence: 'asc' },
    cursor,
    skip,
    take,
  });
}

/** The rows of every window's range, in one statement. */
async function readWindows(db: Database, selection: MessageSelection, read: PageWindow[]): Promise<MessageRow[]> {
  if (read.length === 0) return [];
  // A single page is also read in order with a limit: PostgreSQL then stops at its end whatever the statistics say.
  const [single] = read.length === 1 ? read : [];
  return db.prisma.message.findMany({
    ...selection,
    where: {
      OR: read.map((window) => ({
        requestId: window.requestId,
        ...(hasBounds(window.range) && { sequence: window.range }),
      })),
    },
    ...(single && { orderBy: { sequence: single.backward ? 'desc' : 'asc' }, take: single.skip + single.take }),
  });
}

/** One window's page out of the rows read, or read again by position if a sequence number is missing in its range. */
async function pageOf(
  db: Database,
  selection: MessageSelection,
  window: PageWindow,
  rows: MessageRow[],
  from: { sequence: number } | undefined,
): Promise<MessageRow[]> {
  const inRange = rows
    .filter((row) => row.requestId === window.requestId && within(row.sequence, window.range))
    .sort((a, b) => (window.backward ? b.sequence - a.sequence : a.sequence - b.sequence));
  if (from && inRange[0]?.sequence !== from.sequence) return [];
  let page = inRange.slice(window.skip, window.skip + window.take);
  if (window.bounded && page.length < window.take) {
    // A number is missing in the range: read this page by position, as Prisma would.
    const { gte, lte } = window.range;
    const near: SequenceRange = window.backward ? (lte === undefined ? {} : { lte }) : gte === undefined ? {} : { gte };
    page = await db.prisma.message.findMany({
      ...selection,
      where: { requestId: window.requestId, ...(hasBounds(near) && { sequence: near }) },
      orderBy: { sequence: window.backward ? 'desc' : 'asc' },
      skip: window.skip,
      take: window.take,
    });
  }
  return window.backward ? page.reverse() : page;
}

/** The range one request's page lies in: from the cursor (or the start, or the end backwards), `skip + take` messages long at most. */
function pageWindow(request: ConversationRef, from: number | undefined, skip: number, signedTake: number): PageWindow {
  const backward = signedTake < 0;
  const take = Math.abs(signedTake);
  const span = skip + take;
  if (backward) {
    const far = (from ?? request.lastSequence) - span + 1;
    const bounded = far > 1;
    return {
      requestId: request.id,
      backward,
      skip,
      take,
      bounded,
      range: { ...(bounded && { gte: far }), ...(from !== undefined && { lte: from }) },
    };
  }
  const far = Math.max(from ?? 1, 1) + span - 1;
  const bounded = far <= request.lastSequence;
  return {
    requestId: request.id,
    backward,
    skip,
    take,
    bounded,
    range: { ...(from !== undefined && { gte: from }), ...(bounded && { lte: far }) },
  };
}

function hasBounds(range: SequenceRange): boolean {
  return range.gte !== undefined || range.lte !== undefined;
}

function within(sequence: number, { gte, lte }: SequenceRange): boolean {
  return (gte === undefined || sequence >= gte) && (lte === undefined || sequence <= lte);
}
