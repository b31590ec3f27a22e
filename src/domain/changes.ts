// The one way a change is made: a transaction that writes the change, its audit records and, once committed, its events.
import { Prisma, type PrismaClient } from '../generated/prisma/client.ts';
import type { RequestStatus } from '../generated/prisma/enums.ts';
import { type InboxEntry, recordInbox } from './inbox-log.ts';

export type Tx = Prisma.TransactionClient;

/** What happened, for the live layer: who should hear of it is decided when it is delivered. */
export type ChangeEvent =
  | { kind: 'REQUEST_CREATED'; requestId: string; participantIds: string[] }
  | { kind: 'MESSAGE_ADDED'; requestId: string; messageId: string; sequence: number; participantIds: string[] }
  /** `messageId`: the SYSTEM message that records the change in the conversation. */
  | {
      kind: 'STATUS_CHANGED';
      requestId: string;
      from: RequestStatus;
      to: RequestStatus;
      messageId: string;
      participantIds: string[];
    }
  /** A team request was claimed or assigned: `expertId` holds it now; `messageId`, the SYSTEM message recording it. */
  | { kind: 'REQUEST_ASSIGNED'; requestId: string; expertId: string; messageId: string; participantIds: string[] }
  /** A request was redirected to another expert or team; `participantIds`: before and after, team members included. */
  | { kind: 'REQUEST_REDIRECTED'; requestId: string; messageId: string; participantIds: string[] }
  | { kind: 'MESSAGES_READ'; requestId: string; readerId: string; upToSequence: number; participantIds: string[] }
  /** The deadline in force (ISO time) is less than 24 hours away, or passed, without a report. */
  | { kind: 'DEADLINE_APPROACHING' | 'OVERDUE'; requestId: string; dueAt: string; participantIds: string[] }
  /** A version of the report was signed; `recipientIds`: who received it without taking part (the treating doctor). */
  | {
      kind: 'REPORT_SIGNED';
      requestId: string;
      reportId: string;
      version: number;
      participantIds: string[];
      recipientIds: string[];
    }
  /** A participant sent the synthesis to `recipientId`, who sees that synthesis and nothing else of the request. */
  | { kind: 'SYNTHESIS_SHARED'; requestId: string; shareId: string; recipientId: string; participantIds: string[] }
  /** A secure mail of the report was given up (refused, or too many attempts); `expertId`: who signed it, told to act. */
  | {
      kind: 'TRANSMISSION_FAILED';
      requestId: string;
      reportId: string;
      transmissionId: string;
      expertId: string;
      participantIds: string[];
    };

export interface Services {
  prisma: PrismaClient;
  /** Called after each commit with the events of that change, in order, and the inbox entries it wrote. */
  publish(events: ChangeEvent[], inbox: InboxEntry[]): void;
}

/** The professional acting, and the professional they act for when a delegate. */
export interface Actor {
  id: string;
  onBehalfOfId?: string | null;
}

/** Traçabilité: one append-only record per change or read of patient data. */
export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  requestId?: string | null;
  /** Statuses, ids and counts only: never health data. */
  details?: Prisma.InputJsonValue;
  onBehalfOfId?: string | null;
}

export class Change {
  readonly events: ChangeEvent[] = [];
  private readonly entries: AuditEntry[] = [];

  constructor(
    readonly tx: Tx,
    readonly actor: Actor,
    readonly now: Date,
  ) {}

  readonly trace = (entry: AuditEntry): void => {
    this.entries.push(entry);
  };

  readonly emit = (event: ChangeEvent): void => {
    this.events.push(event);
  };

  /** The audit records gathered so far, as the statement that writes them (null when there are none). */
  takeAudit(): Prisma.Sql | null {
    return this.entries.length === 0 ? null : auditInsert(this.actor, this.entries.splice(0), this.now);
  }
}

/**
 * The statement writing audit records, in the order given, whose text never changes (prepared once per connection):
 * Prisma compiles a createMany again on every call, as its query-plan cache leaves createMany out
 * (https://github.com/prisma/orm/pull/29382).
 */
export function auditInsert(actor: Actor, entries: AuditEntry[], at: Date): Prisma.Sql {
  const column = <T>(value: (entry: AuditEntry) => T) => entries.map(value);
  return Prisma.sql`
    INSERT INTO "AuditEvent" ("at", "actorId", "onBehalfOfId", "action", "entityType", "entityId", "requestId", "details")
    SELECT ${at}::timestamptz, ${actor.id}::uuid, e."onBehalfOfId", e."action", e."entityType", e."entityId", e."requestId", e."details"
    FROM unnest(
      ${column((entry) => entry.onBehalfOfId ?? actor.onBehalfOfId ?? null)}::uuid[],
      ${column((entry) => entry.action)}::text[],
      ${column((entry) => entry.entityType)}::text[],
      ${column((entry) => entry.entityId)}::text[],
      ${column((entry) => entry.requestId ?? null)}::uuid[],
      ${column((entry) => (entry.details === undefined ? null : JSON.stringify(entry.details)))}::jsonb[]
    ) WITH ORDINALITY AS e("onBehalfOfId", "action", "entityType", "entityId", "requestId", "details", position)
    ORDER BY e.position`;
}

/**
 * Runs `work` in one transaction with its audit records and its inbox entries (last, so that the
 * inbox counters stay locked for as short a time as possible); the events are published only once
 * the transaction has committed, so that nobody hears of a change that was rolled back. A publish
 * lost (Redis away, the process dying here) is made up for from the inbox log and the conversation.
 * The transaction's waits are the database's own (DATABASE_*_TIMEOUT_MS on a server).
 */
export async function change<T>(services: Services, actor: Actor, work: (change: Change) => Promise<T>): Promise<T> {
  const { result, events, inbox } = await services.prisma.$transaction(async (tx) => {
    const current = new Change(tx, actor, new Date());
    const result = await work(current);
    // The audit records are written by the inbox's statement (or alone when the change tells no one).
    return { result, events: current.events, inbox: await recordInbox(tx, current.events, current.takeAudit()) };
  });
  if (events.length > 0) services.publish(events, inbox);
  return result;
}

/**
 * The system's own acts, which have no actor and write their own audit records (deadline notices, a mail
 * given up): `work` writes in one transaction and returns its events, whose inbox entries are recorded in
 * it too; they are published once it has committed, as for change().
 */
export async function systemChange(
  services: Services,
  work: (tx: Tx) => Promise<ChangeEvent[]>,
): Promise<ChangeEvent[]> {
  const { events, inbox } = await services.prisma.$transaction(async (tx) => {
    const events = await work(tx);
    return { events, inbox: await recordInbox(tx, events) };
  });
  if (events.length > 0) services.publish(events, inbox);
  return events;
}

/** Records reads (of patient data, of files) that change nothing, in one statement. */
export async function traceReads(prisma: PrismaClient, actor: Actor, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await prisma.$executeRaw(auditInsert(actor, entries, new Date()));
}

/**
 * A unique-constraint violation involving the given column, whichever driver reports it: Prisma's P2002, or
 * for a raw statement P2010 with the driver's error inside.
 */
export function isUniqueViolation(error: unknown, column: string): boolean {
  if (!(error instanceof Error)) return false;
  const { code, meta } = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } };
  const unique =
    code === 'P2002' || (code === 'P2010' && meta?.driverAdapterError?.cause?.kind === 'UniqueConstraintViolation');
  // The constraint is named by its fields (PGlite) or by its index, whose name lists them (pg).
  return unique && JSON.stringify(meta ?? {}).includes(column);
}
