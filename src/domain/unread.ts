// Unread counts: per request and party, the messages they have not read yet, their own left out.
// They are kept on the request row, counted when a message is written and recounted when its reader
// moves their read mark, so that reading an inbox counts nothing.
import { Prisma } from '../generated/prisma/client.ts';

/** The parties of a request, as its row names them. */
export interface Parties {
  requesterId: string;
  expertId: string | null;
  onBehalfOfId: string | null;
  teamId: string | null;
}

export interface UnreadCounters {
  requesterUnread: number;
  expertUnread: number;
  onBehalfOfUnread: number;
}

/** Each party's column and the column of their count. */
const PARTIES = [
  { party: 'requesterId', counter: 'requesterUnread' },
  { party: 'expertId', counter: 'expertUnread' },
  { party: 'onBehalfOfId', counter: 'onBehalfOfUnread' },
] as const satisfies readonly { party: keyof Parties; counter: keyof UnreadCounters }[];

/** What the unread count of a request needs of its row. */
export const UNREAD_COLUMNS = {
  requesterId: true,
  expertId: true,
  onBehalfOfId: true,
  teamId: true,
  requesterUnread: true,
  expertUnread: true,
  onBehalfOfUnread: true,
} as const;

/**
 * The viewer's unread messages in a request they take part in. A member of its team who does not hold
 * it (the only other reader the request's fields let through) sees the expert side's count: what its
 * expert, or while it waits in the queue no one of the team, has read yet.
 */
export function unreadFor(request: Parties & UnreadCounters, viewerId: string): number {
  const entry = PARTIES.find(({ party }) => request[party] === viewerId);
  if (entry) return request[entry.counter];
  return request.teamId !== null ? request.expertUnread : 0;
}

/**
 * A new message, written by `authorId` (null for the system), is unread for every other party. A team
 * request waiting for an expert counts on the expert's side too, so that whoever takes it starts from there.
 */
export function countNewMessage(
  request: Parties,
  authorId: string | null,
): Prisma.TeleexpertiseRequestUncheckedUpdateManyInput {
  const data: Prisma.TeleexpertiseRequestUncheckedUpdateManyInput = {};
  for (const { party, counter } of PARTIES) {
    const id = request[party];
    const waiting = party === 'expertId' && id === null && request.teamId !== null;
    if (waiting || (id !== null && id !== authorId)) data[counter] = { increment: 1 };
  }
  return data;
}

/** countNewMessage, as the SET list of an UPDATE of the request `r`, which adds to the row in force (locked, READ COMMITTED). */
export function countNewMessageSql(authorId: string): Prisma.Sql {
  const counters = PARTIES.map(({ party, counter }) => {
    const id = Prisma.raw(`r."${party}"`);
    const waiting = party === 'expertId' ? Prisma.sql` OR (${id} IS NULL AND r."teamId" IS NOT NULL)` : Prisma.empty;
    return Prisma.sql`${Prisma.raw(`"${counter}"`)} = r.${Prisma.raw(`"${counter}"`)} + CASE WHEN (${id} IS NOT NULL AND ${id} <> ${authorId}::uuid)${waiting} THEN 1 ELSE 0 END`;
  });
  return Prisma.join(counters, ', ');
}

/**
 * After `readerId` read request `requestId` up to message `sequence`: their counts of it (one per role
 * they hold) become the messages after it that others wrote. Run under the request's lock.
 */
export function recountAfterRead(requestId: string, readerId: string, sequence: number): Prisma.Sql {
  const counters = PARTIES.map(
    ({ party, counter }) =>
      Prisma.sql`${Prisma.raw(`"${counter}"`)} = CASE WHEN r.${Prisma.raw(`"${party}"`)} = ${readerId}::uuid THEN after.n ELSE r.${Prisma.raw(`"${counter}"`)} END`,
  );
  return Prisma.sql`
    UPDATE "TeleexpertiseRequest" r SET ${Prisma.join(counters, ', ')}
    FROM (
      SELECT count(*)::int AS n FROM "Message" m
      WHERE m."requestId" = ${requestId}::uuid AND m."sequence" > ${sequence} AND m."authorId" IS DISTINCT FROM ${readerId}::uuid
    ) AS after
    WHERE r."id" = ${requestId}::uuid`;
}

/**
 * Every party's counts of the requests that match `where` (on `r`), recounted from the read marks and
 * the messages: for data written other than through the conversation (generated benchmark data).
 */
export function recountAll(where: Prisma.Sql): Prisma.Sql {
  const counters = PARTIES.map(({ party, counter }) => {
    const reader = Prisma.raw(`r."${party}"`);
    return Prisma.sql`${Prisma.raw(`"${counter}"`)} = CASE WHEN ${reader} IS NULL THEN 0 ELSE (
      SELECT count(*)::int FROM "Message" m
      WHERE m."requestId" = r."id"
        AND m."sequence" > COALESCE((SELECT mark."lastReadSequence" FROM "ReadMark" mark WHERE mark."requestId" = r."id" AND mark."professionalId" = ${reader}), 0)
        AND m."authorId" IS DISTINCT FROM ${reader}
    ) END`;
  });
  return Prisma.sql`UPDATE "TeleexpertiseRequest" r SET ${Prisma.join(counters, ', ')} WHERE ${where}`;
}
