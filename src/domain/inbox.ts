// The inbox: which requests make a page of a professional's inbox, the latest activity first, and what its cursors mean.
import { Prisma, type PrismaClient } from '../generated/prisma/client.ts';
import type { RequestStatus } from '../generated/prisma/enums.ts';
import { partySql, sideWhere, type Side } from './access.ts';
import { badInput } from './errors.ts';
import { OPEN_STATUSES } from './lifecycle.ts';

export interface InboxFilter {
  role?: Side | null;
  status?: RequestStatus[] | null;
  overdue?: boolean | null;
}

/** The requests of the caller's inbox that match the filter, as a Prisma condition. */
export function inboxWhere(
  viewerId: string,
  filter: InboxFilter | null | undefined,
  now: Date,
): Prisma.TeleexpertiseRequestWhereInput[] {
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
  {
    filter,
    cursor,
    backward = false,
    take,
    now,
  }: {
    filter: InboxFilter | null | undefined;
    cursor: InboxCursor | null;
    backward?: boolean;
    take: number;
    now: Date;
  },
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

/** A cursor for clients: the position of a request in the inbox as a page was ordered (its latest activity then, and its id). */
export function encodeInboxCursor(entry: InboxPageEntry): string {
  return Buffer.from(JSON.stringify([entry.lastActivityAt.toISOString(), entry.id])).toString('base64url');
}

/** The position a client's cursor names; BAD_USER_INPUT for anything the API did not issue. */
export function decodeInboxCursor(cursor: string, name: 'after' | 'before'): InboxCursor {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown];
    const date = new Date(at as string);
    if (
      typeof at === 'string' &&
      typeof id === 'string' &&
      !Number.isNaN(date.getTime()) &&
      /^[0-9a-f-]{36}$/i.test(id)
    ) {
      return { at: date, id };
    }
  } catch {
    // Not JSON, or not an array: refused below like any other stranger.
  }
  throw badInput(
    `${name} is not a cursor of this list: send back a cursor the API returned (endCursor for after, startCursor for before)`,
  );
}

/** Which page of the inbox: how many, which way, from which client cursor (and the argument that carried it). */
export interface InboxPageRequest {
  filter: InboxFilter | null | undefined;
  backward: boolean;
  size: number;
  cursor: { value: string; name: 'after' | 'before' } | null;
}

export interface InboxPage<T> {
  /** The page's requests in inbox order with their cursors; one that left the inbox since the page was chosen is left out. */
  edges: { cursor: string; node: T }[];
  /** The page's first and last positions, even when their request left the inbox between the two reads. */
  startCursor: string | null;
  endCursor: string | null;
  /** More requests lie past the page, in the direction it was read. */
  more: boolean;
}

/**
 * A page of the caller's inbox: chosen along the caller's indexes (inboxPage), then its requests read by
 * `read` with the rule that chose them, so that a request that left the inbox meanwhile is left out.
 * `read` gets the condition and decides what to read of each request.
 */
export async function readInbox<T extends { id: string }>(
  prisma: PrismaClient,
  viewerId: string,
  page: InboxPageRequest,
  read: (where: Prisma.TeleexpertiseRequestWhereInput) => Promise<T[]>,
  now = new Date(),
): Promise<InboxPage<T>> {
  const cursor = page.cursor && decodeInboxCursor(page.cursor.value, page.cursor.name);
  const entries = await inboxPage(prisma, viewerId, {
    filter: page.filter,
    cursor,
    backward: page.backward,
    take: page.size + 1,
    now,
  });
  const more = entries.length > page.size;
  // Reading backward, the entry past the page is the earliest in inbox order.
  const chosen = more
    ? page.backward
      ? entries.slice(entries.length - page.size)
      : entries.slice(0, page.size)
    : entries;
  const ids = chosen.map((entry) => entry.id);
  const rows = ids.length === 0 ? [] : await read({ id: { in: ids }, AND: inboxWhere(viewerId, page.filter, now) });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const edges = chosen.flatMap((entry) => {
    const node = byId.get(entry.id);
    return node ? [{ cursor: encodeInboxCursor(entry), node }] : [];
  });
  const [first, last] = [chosen[0], chosen.at(-1)];
  return {
    edges,
    startCursor: first ? encodeInboxCursor(first) : null,
    endCursor: last ? encodeInboxCursor(last) : null,
    more,
  };
}
