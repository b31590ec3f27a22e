// The inbox's order: which requests make a page of a professional's inbox, the latest activity first.
import { Prisma, type PrismaClient } from '../generated/prisma/client.ts';
import type { RequestStatus } from '../generated/prisma/enums.ts';
import { partySql, sideWhere, type Side } from './access.ts';
import { OPEN_STATUSES } from './lifecycle.ts';

export interface InboxFilter {
  role?: Side | null;
  status?: RequestStatus[] | null;
  overdue?: boolean | null;
}

/** The requests of the caller's inbox that match the filter, as a Prisma condition. */
export function inboxWhere(viewerId: string, filter: InboxFilter | null | undefined, now: Date): Prisma.TeleexpertiseRequestWhereInput[] {
  const and: Prisma.TeleexpertiseRequestWhereInput[] = [sideWhere(viewerId, filter?.role ?? undefined)];
  if (filter?.status) and.push({ status: { in: filter.status } });
  if (filter?.overdue != null) {
    const overdue: Prisma.TeleexpertiseRequestWhereInput = { status: { in: OPEN_STATUSES }, dueAt: { lt: now } };
    and.push(filter.overdue ? overdue : { NOT: overdue });
  }
  return and;
}

/** Where a page starts: next to the request with this latest activity and id (after it, or before it reading backward). */
export interface InboxCursor {
  at: Date;
  id: string;
}

export interface InboxPageEntry {
  id: string;
  /** As the page was ordered by it (the request may have moved on since). */
  lastActivityAt: Date;
}

/**
 * The ids of up to `take` requests of the caller's inbox next to `cursor`, in inbox order (the latest
 * activity first): those after it, or with `backward` the `take` nearest before it (without a cursor,
 * the first or the last `take` of the inbox).
 *
 * The access rule's SQL form, one branch per way of taking part (partySql), so that PostgreSQL walks
 * each of the three (party, latest activity) indexes from the cursor (backward: the other way) and stops
 * after `take` rows, instead of reading every request of the caller to sort them. Callers read the
 * requests themselves with the rule's Prisma form (inboxWhere): this only chooses and orders them.
 */
export async function inboxPage(
  prisma: PrismaClient,
  viewerId: string,
  { filter, cursor, backward = false, take, now }: { filter: InboxFilter | null | undefined; cursor: InboxCursor | null; backward?: boolean; take: number; now: Date },
): Promise<InboxPageEntry[]> {
  // Backward, the same scans in the opposite order: the nearest rows before the cursor first.
  const order = backward ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const conditions: Prisma.Sql[] = [];
  if (cursor) {
    const side = backward ? Prisma.sql`>` : Prisma.sql`<`;
    conditions.push(Prisma.sql`(r."lastActivityAt", r."id") ${side} (${cursor.at}, ${cursor.id}::uuid)`);
  }
  if (filter?.status) conditions.push(Prisma.sql`r."status"::text = ANY(${filter.status}::text[])`);
  if (filter?.overdue != null) {
    const overdue = Prisma.sql`(r."status"::text = ANY(${OPEN_STATUSES}::text[]) AND r."dueAt" < ${now})`;
    conditions.push(filter.overdue ? overdue : Prisma.sql`NOT ${overdue}`);
  }
  const also = conditions.length > 0 ? Prisma.sql`AND ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;
  const branch = (party: Prisma.Sql, join: Prisma.Sql) => Prisma.sql`(
    SELECT r."id", r."lastActivityAt" FROM "TeleexpertiseRequest" r ${join}
    WHERE ${party} ${also}
    ORDER BY r."lastActivityAt" ${order}, r."id" ${order}
    LIMIT ${take})`;

  const branches = partySql(viewerId, filter?.role ?? undefined).map((party) => branch(party.condition, party.join));
  const entries = await prisma.$queryRaw<InboxPageEntry[]>(Prisma.sql`
    SELECT "id", "lastActivityAt" FROM (${Prisma.join(branches, ' UNION ')}) AS candidates
    ORDER BY "lastActivityAt" ${order}, "id" ${order}
    LIMIT ${take}`);
  return backward ? entries.reverse() : entries;
}
