// The conversation's hot path: a text message without attachments written in one statement, with every
// effect appendMessage has, so that a post costs one round trip to the database instead of a transaction of six.
import { v7 as uuidv7 } from 'uuid';
import { type Message, Prisma } from '../generated/prisma/client.ts';
import { RequestStatus } from '../generated/prisma/enums.ts';
import { anyPartySql, AUDIENCE_SQL, DELEGATION_JOIN } from './access.ts';
import { isUniqueViolation, type Services } from './changes.ts';
import { type EntryRow, inboxWrites, sortEntries } from './inbox-log.ts';
import { CLOSED_STATUSES } from './lifecycle.ts';
import { countNewMessageSql } from './unread.ts';

export interface PlainText {
  requestId: string;
  /** Trimmed, not empty, within MAX_BODY_LENGTH. */
  body: string;
  clientMessageId: string | null;
}

/** Statuses in which a message is refused or moves the request: the general path decides. */
const NOT_PLAIN: RequestStatus[] = [...CLOSED_STATUSES, RequestStatus.INFO_REQUESTED];

type Row = Message & { audience: string[]; inbox: EntryRow[] };

/**
 * Writes `post` by `authorId` when nothing is left to decide: the author is a party to the request (not
 * only a member of its team), its conversation is open with no status to move, and no message of theirs
 * has this clientMessageId yet. Publishes once committed. Null when it wrote nothing: the general path
 * then gives the answer (the error, the first message, the move back to triage).
 */
export async function postPlainText(services: Services, authorId: string, post: PlainText): Promise<Message | null> {
  let rows: Row[];
  try {
    rows = await services.prisma.$queryRaw<Row[]>(plainTextStatement(authorId, post, new Date()));
  } catch (error) {
    // The same clientMessageId committed by a concurrent post while this one waited for the lock.
    if (isUniqueViolation(error, 'clientMessageId')) return null;
    throw error;
  }
  const row = rows[0];
  if (!row) return null;
  const { audience, inbox, ...message } = row;
  const event = {
    kind: 'MESSAGE_ADDED' as const,
    requestId: message.requestId,
    messageId: message.id,
    sequence: message.sequence,
    participantIds: audience,
  };
  services.publish([event], sortEntries(inbox));
  return message;
}

/**
 * One statement doing what appendMessage does: the request locked with the access check (lockRequest's), the
 * message numbered after the last, the request's latest message and unread counts, the audit record, and the
 * inbox events of the audience (audienceOf's). The writing CTEs run in no set order, each fed by the lock's
 * row, and the foreign keys are checked at the end. Under READ COMMITTED (the default), a post that waited for
 * the lock gets the latest row from it, and the UPDATE of that row reads its latest counters the same way.
 */
function plainTextStatement(authorId: string, post: PlainText, now: Date): Prisma.Sql {
  const notYet =
    post.clientMessageId === null
      ? Prisma.empty
      : Prisma.sql`AND NOT EXISTS (SELECT 1 FROM "Message" m WHERE m."requestId" = r."id"
          AND m."authorId" = ${authorId}::uuid AND m."clientMessageId" = ${post.clientMessageId})`;
  return Prisma.sql`
    WITH locked AS (
      SELECT r."id", r."lastSequence", ${AUDIENCE_SQL} AS "audience"
      FROM "TeleexpertiseRequest" r ${DELEGATION_JOIN}
      WHERE r."id" = ${post.requestId}::uuid AND ${anyPartySql(authorId)}
        AND r."status"::text <> ALL(${NOT_PLAIN}::text[]) ${notYet}
      FOR UPDATE OF r
    ), message AS (
      INSERT INTO "Message" ("id", "requestId", "sequence", "kind", "body", "authorId", "clientMessageId", "createdAt")
      SELECT ${uuidv7()}::uuid, l."id", l."lastSequence" + 1, 'TEXT'::"MessageKind", ${post.body}, ${authorId}::uuid,
             ${post.clientMessageId}, ${now}::timestamptz
      FROM locked l
      RETURNING *
    ), request AS (
      UPDATE "TeleexpertiseRequest" r
      SET ${countNewMessageSql(authorId)}, "lastSequence" = m."sequence", "lastMessageId" = m."id",
          "lastActivityAt" = m."createdAt", "updatedAt" = m."createdAt"
      FROM message m WHERE r."id" = m."requestId"
    ), audit AS (
      INSERT INTO "AuditEvent" ("at", "actorId", "action", "entityType", "entityId", "requestId", "details")
      SELECT m."createdAt", m."authorId", 'message.post', 'Message', m."id"::text, m."requestId",
             jsonb_build_object('sequence', m."sequence", 'kind', m."kind", 'attachments', 0)
      FROM message m
    ), ${inboxWrites(Prisma.sql`
      SELECT 0 AS "ord", p AS "p", 'NEW_MESSAGE'::text AS "k", m."requestId" AS "r", m."id" AS "m",
             NULL::uuid AS "rp", NULL::uuid AS "s"
      FROM message m, locked l, unnest(l."audience") AS p`)}
    SELECT m.*, l."audience"::text[] AS "audience", (SELECT COALESCE(json_agg(e), '[]'::json) FROM entries e) AS "inbox"
    FROM message m, locked l`;
}
