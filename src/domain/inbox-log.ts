// The inbox log: each professional's inbox events, numbered 1, 2, 3… in commit order, written with the change that causes them.
import { Prisma, type PrismaClient } from '../generated/prisma/client.ts';
import type { ChangeEvent, Tx } from './changes.ts';
import { DomainError, badInput } from './errors.ts';
import { type InboxNotice, inboxNotices } from './live.ts';

/** One event of one professional's inbox, at its position in their log. */
export interface InboxEntry extends InboxNotice {
  professionalId: string;
  position: number;
}

/** Days an inbox event is kept for `inbox(after)` (INBOX_RETENTION_DAYS). */
export const DEFAULT_INBOX_RETENTION_DAYS = 7;

/** Inbox events a subscription reads per statement while it catches up. */
export const INBOX_PAGE = 100;

export interface EntryRow {
  professionalId: string;
  position: number;
  kind: InboxNotice['kind'];
  requestId: string;
  messageId: string | null;
  reportId: string | null;
  shareId: string | null;
}

/**
 * Writes the inbox events of one change, in its transaction, in one statement: each professional's
 * counter is raised (its row locked until commit, taken in id order so that two changes never wait for
 * each other in a cycle), then the entries take the positions that follow. A change for the same
 * professional waits for this one to commit before it numbers its own: a reader that sees position n
 * sees every position below it. Returns the entries in each professional's position order. `also`: another
 * writing statement of the change (its audit records), run as part of this one.
 */
export async function recordInbox(
  tx: Tx,
  events: ChangeEvent[],
  also: Prisma.Sql | null = null,
): Promise<InboxEntry[]> {
  const notices = inboxNotices(events);
  if (notices.length === 0) {
    if (also) await tx.$executeRaw(also);
    return [];
  }
  const input = notices.map(({ professionalId, notice }, ord) => ({
    ord,
    p: professionalId,
    k: notice.kind,
    r: notice.requestId,
    m: notice.messageId ?? null,
    rp: notice.reportId ?? null,
    s: notice.shareId ?? null,
  }));
  // `also` (the change's audit records) rides in the same statement: PostgreSQL runs every writing CTE.
  const rows = await tx.$queryRaw<EntryRow[]>(Prisma.sql`
    WITH ${also ? Prisma.sql`also AS (${also}),` : Prisma.empty} ${inboxWrites(Prisma.sql`
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(input)}::jsonb)
        AS n("ord" int, "p" uuid, "k" text, "r" uuid, "m" uuid, "rp" uuid, "s" uuid)`)}
    SELECT * FROM "entries"`);
  return sortEntries(rows);
}

/**
 * The CTEs that write inbox events (`input`: rows of "ord", "p" professional, "k" kind, "r" request, "m" message,
 * "rp" report, "s" share), ending with "entries", the rows written. Each professional's counter is raised in
 * id order, then the entries take the positions that follow, in "ord" order.
 */
export function inboxWrites(input: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`input AS (${input}
    ), counts AS (
      SELECT "p", count(*)::int AS "n" FROM input GROUP BY "p"
    ), heads AS (
      INSERT INTO "InboxCounter" AS c ("professionalId", "position")
      SELECT "p", "n" FROM counts ORDER BY "p"
      ON CONFLICT ("professionalId") DO UPDATE SET "position" = c."position" + EXCLUDED."position"
      RETURNING c."professionalId", c."position"
    ), entries AS (
      INSERT INTO "InboxEntry" ("professionalId", "position", "kind", "requestId", "messageId", "reportId", "shareId")
      SELECT i."p", h."position" - c."n" + row_number() OVER (PARTITION BY i."p" ORDER BY i."ord"), i."k", i."r", i."m", i."rp", i."s"
      FROM input i JOIN heads h ON h."professionalId" = i."p" JOIN counts c ON c."p" = i."p"
      RETURNING "professionalId", "position", "kind", "requestId", "messageId", "reportId", "shareId"
    )`;
}

/** Entries as written (inboxWrites' "entries"), in each professional's position order. */
export function sortEntries(rows: readonly EntryRow[]): InboxEntry[] {
  return rows.map(toEntry).sort((a, b) => a.professionalId.localeCompare(b.professionalId) || a.position - b.position);
}

function toEntry(row: EntryRow): InboxEntry {
  return {
    professionalId: row.professionalId,
    position: row.position,
    kind: row.kind,
    requestId: row.requestId,
    messageId: row.messageId ?? undefined,
    reportId: row.reportId ?? undefined,
    shareId: row.shareId ?? undefined,
  };
}

/** A professional's log: its last position (0 when empty) and the oldest position still kept (null when none is). */
export async function inboxBounds(
  prisma: PrismaClient,
  professionalId: string,
): Promise<{ head: number; oldest: number | null }> {
  const [row] = await prisma.$queryRaw<{ head: number | null; oldest: number | null }[]>(Prisma.sql`
    SELECT (SELECT "position" FROM "InboxCounter" WHERE "professionalId" = ${professionalId}::uuid) AS "head",
           (SELECT min("position") FROM "InboxEntry" WHERE "professionalId" = ${professionalId}::uuid) AS "oldest"`);
  return { head: row?.head ?? 0, oldest: row?.oldest ?? null };
}

const replayExpired = (after: number, oldest: number | null) =>
  new DomainError(
    'REPLAY_EXPIRED',
    `Inbox events after position ${after} are no longer kept: reload the inbox (requests) and subscribe again without after`,
    { oldestPosition: oldest },
  );

/**
 * The position after which an inbox subscription starts: the client's `after` (the position of the last
 * event it received), else the latest, so that only new events are sent. An `after` whose next events
 * were pruned is REPLAY_EXPIRED: the client reloads.
 */
export function inboxReplayStart(bounds: { head: number; oldest: number | null }, after: number | undefined): number {
  if (after === undefined) return bounds.head;
  if (after < 0 || after > bounds.head)
    throw badInput(
      `after is not a position of your inbox (the latest is ${bounds.head}): send the position of the last event you received`,
    );
  if (after < bounds.head && (bounds.oldest === null || bounds.oldest > after + 1))
    throw replayExpired(after, bounds.oldest);
  return after;
}

/** The entries after `range.gt` (up to `range.lte`), a page in position order. */
export function readInbox(
  prisma: PrismaClient,
  professionalId: string,
  range: { gt: number; lte?: number },
): Promise<InboxEntry[]> {
  return prisma.inboxEntry
    .findMany({
      where: { professionalId, position: range },
      orderBy: { position: 'asc' },
      take: INBOX_PAGE,
      select: {
        professionalId: true,
        position: true,
        kind: true,
        requestId: true,
        messageId: true,
        reportId: true,
        shareId: true,
      },
    })
    .then((rows) => rows.map((row) => toEntry(row as EntryRow)));
}

/**
 * What a page read after `last` tells: the entries to send, whether to read on, or an error when
 * positions that should follow are gone (pruned meanwhile): positions have no gaps, so the first entry
 * must be `last + 1`, and an announced position (`upTo`) must be found.
 */
export function afterInboxPage(
  last: number,
  upTo: number | undefined,
  page: readonly InboxEntry[],
): { more: boolean } | DomainError {
  const first = page[0]?.position;
  if (first === undefined ? upTo !== undefined && upTo > last : first !== last + 1)
    return replayExpired(last, first ?? null);
  const end = page.at(-1)?.position ?? last;
  return { more: page.length >= INBOX_PAGE && (upTo === undefined || end < upTo) };
}

/**
 * What to do once announcements arrive, `last` being the position last sent: send them as they are when
 * they continue it without a gap (an announcement is the committed entry itself), read the log when
 * some are missing (lost, late, or from another instance first) or the listener may have missed some
 * (`overflowed`: a slow client, or Redis was away), or nothing when all were sent already.
 */
export function afterInboxAnnouncements(
  last: number,
  announced: readonly InboxEntry[],
  overflowed: boolean,
): { send: InboxEntry[] } | { read: { upTo: number | undefined } } | undefined {
  if (overflowed) return { read: { upTo: undefined } };
  const fresh = [...new Map(announced.filter((e) => e.position > last).map((e) => [e.position, e])).values()];
  if (fresh.length === 0) return undefined;
  fresh.sort((a, b) => a.position - b.position);
  const contiguous = fresh.every((entry, index) => entry.position === last + 1 + index);
  return contiguous ? { send: fresh } : { read: { upTo: fresh.at(-1)!.position } };
}

/**
 * Deletes the entries older than `before`, as a prefix of each professional's log (every position up to
 * the last one that old), so that a replay finds either all it needs or a clear gap. Idempotent: every
 * instance runs it on a timer. Returns how many were deleted.
 */
export function pruneInbox(prisma: PrismaClient, before: Date): Promise<number> {
  return prisma.$executeRaw(Prisma.sql`
    DELETE FROM "InboxEntry" e USING (
      SELECT "professionalId", max("position") AS "upTo" FROM "InboxEntry" WHERE "at" < ${before} GROUP BY "professionalId"
    ) old
    WHERE e."professionalId" = old."professionalId" AND e."position" <= old."upTo"`);
}

/** The last position of each of these professionals' logs (absent: none yet). */
export async function inboxHeads(prisma: PrismaClient, professionalIds: string[]): Promise<Map<string, number>> {
  const rows = await prisma.inboxCounter.findMany({
    where: { professionalId: { in: professionalIds } },
    select: { professionalId: true, position: true },
  });
  return new Map(rows.map((row) => [row.professionalId, row.position]));
}
