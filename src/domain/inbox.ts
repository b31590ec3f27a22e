// The inbox: which requests make a page of a professional's inbox, the latest activity first, and what its cursors mean.
import { Prisma, type PrismaClient } from '../generated/prisma/client.ts';
import type { RequestStatus } from '../generated/prisma/enums.ts';
import { partySql, sideWhere, teamRequestWhere, type PartySide } from './access.ts';
import { badInput, forbidden } from './errors.ts';
import { OPEN_STATUSES } from './lifecycle.ts';

export interface InboxFilter {
  role?: PartySide | null;
  /** A team's queue instead of the caller's own requests: its unassigned requests first, then the others. */
  teamId?: string | null;
  status?: RequestStatus[] | null;
  overdue?: boolean | null;
}

/** The requests of the caller's inbox that match the filter, as a Prisma condition. */
export function inboxWhere(
  viewerId: string,
  filter: InboxFilter | null | undefined,
  now: Date,
): Prisma.TeleexpertiseRequestWhereInput[] {
  const and: Prisma.TeleexpertiseRequestWhereInput[] = [
    filter?.teamId
      ? { teamId: filter.teamId, ...teamRequestWhere(viewerId) }
      : sideWhere(viewerId, filter?.role ?? undefined),
  ];
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
  /** In a team's queue: the request was held by someone (the part of the queue the cursor is in). */
  assigned?: boolean;
}

export interface InboxPageEntry {
  id: string;
  /** As the page was ordered by it (the request may have moved on since). */
  lastActivityAt: Date;
  /** In a team's queue: whether someone held the request (the queue lists those no one holds first). */
  assigned?: boolean;
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
  const conditions = filterSql(filter, now);
  if (cursor) conditions.push(pastCursor(cursor, backward));
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

/** The filter's status and overdue criteria on `r`. */
function filterSql(filter: InboxFilter | null | undefined, now: Date): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filter?.status) conditions.push(Prisma.sql`r."status"::text = ANY(${filter.status}::text[])`);
  if (filter?.overdue != null) {
    const overdue = Prisma.sql`(r."status"::text = ANY(${OPEN_STATUSES}::text[]) AND r."dueAt" < ${now})`;
    conditions.push(filter.overdue ? overdue : Prisma.sql`NOT ${overdue}`);
  }
  return conditions;
}

/** `r` lies past the cursor in inbox order (the latest activity first), or before it reading backward. */
function pastCursor(cursor: InboxCursor, backward: boolean): Prisma.Sql {
  const side = backward ? Prisma.sql`>` : Prisma.sql`<`;
  return Prisma.sql`(r."lastActivityAt", r."id") ${side} (${cursor.at}, ${cursor.id}::uuid)`;
}

/**
 * A page of a team's queue next to `cursor`: the requests no one holds first, then the others, each part
 * by latest activity. Two index scans (team, no expert, activity) and (team, activity), each stopping after
 * `take` rows: a part the cursor is past is not read at all. FORBIDDEN for anyone but the team's members
 * (the team is in the directory: its existence is no secret).
 */
export async function teamQueuePage(
  prisma: PrismaClient,
  viewerId: string,
  teamId: string,
  { filter, cursor, backward = false, take, now }: Parameters<typeof inboxPage>[2],
): Promise<InboxPageEntry[]> {
  const member = await prisma.teamMember.findUnique({
    where: { teamId_professionalId: { teamId, professionalId: viewerId } },
    select: { role: true },
  });
  if (!member) throw forbidden("Only the team's members read its queue");
  const order = backward ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const part = (assigned: boolean) => {
    // Forward, the unassigned part lies before the assigned one: a cursor in the assigned part skips it, and the reverse backward.
    const cursorAssigned = cursor?.assigned ?? false;
    if (cursor && (backward ? !cursorAssigned && assigned : cursorAssigned && !assigned)) return null;
    const conditions = [
      ...filterSql(filter, now),
      Prisma.sql`r."expertId" IS ${Prisma.raw(assigned ? 'NOT NULL' : 'NULL')}`,
    ];
    if (cursor && cursorAssigned === assigned) conditions.push(pastCursor(cursor, backward));
    return Prisma.sql`(
      SELECT r."id", r."lastActivityAt", ${Prisma.raw(String(assigned))} AS "assigned" FROM "TeleexpertiseRequest" r
      WHERE r."teamId" = ${teamId}::uuid AND ${Prisma.join(conditions, ' AND ')}
      ORDER BY r."lastActivityAt" ${order}, r."id" ${order}
      LIMIT ${take})`;
  };
  const parts = [part(false), part(true)].filter((one): one is Prisma.Sql => one !== null);
  const entries = await prisma.$queryRaw<Required<InboxPageEntry>[]>(Prisma.sql`
    SELECT "id", "lastActivityAt", "assigned" FROM (${Prisma.join(parts, ' UNION ALL ')}) AS candidates
    ORDER BY "assigned" ${backward ? Prisma.sql`DESC` : Prisma.sql`ASC`}, "lastActivityAt" ${order}, "id" ${order}
    LIMIT ${take}`);
  return backward ? entries.reverse() : entries;
}

/** A cursor for clients: the position of a request in the inbox as a page was ordered (its latest activity then, and its id). */
export function encodeInboxCursor(entry: InboxPageEntry): string {
  const position = [
    entry.lastActivityAt.toISOString(),
    entry.id,
    ...(entry.assigned === undefined ? [] : [entry.assigned]),
  ];
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/** The position a client's cursor names; BAD_USER_INPUT for anything the API did not issue. */
export function decodeInboxCursor(cursor: string, name: 'after' | 'before', queue = false): InboxCursor {
  try {
    const [at, id, assigned, ...rest] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    const date = new Date(at as string);
    if (
      typeof at === 'string' &&
      typeof id === 'string' &&
      !Number.isNaN(date.getTime()) &&
      /^[0-9a-f-]{36}$/i.test(id) &&
      (queue ? typeof assigned === 'boolean' : assigned === undefined) &&
      rest.length === 0
    ) {
      return queue ? { at: date, id, assigned: assigned as boolean } : { at: date, id };
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
  const teamId = page.filter?.teamId;
  if (teamId && page.filter?.role)
    throw badInput("filter.role does not apply to a team's queue, which lists the team's requests whoever holds them");
  const cursor = page.cursor && decodeInboxCursor(page.cursor.value, page.cursor.name, Boolean(teamId));
  const where = { filter: page.filter, cursor, backward: page.backward, take: page.size + 1, now };
  const entries = teamId
    ? await teamQueuePage(prisma, viewerId, teamId, where)
    : await inboxPage(prisma, viewerId, where);
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
