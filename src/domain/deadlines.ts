// Délai de réponse: telling both sides, once per deadline, that it is near and then that it passed (docs/rules.md#deadline-notices).
import { Prisma } from '../generated/prisma/client.ts';
import { DELEGATION_JOIN, DELEGATION_LIVE_SQL, participantsOf } from './access.ts';
import { type ChangeEvent, type Services, systemChange } from './changes.ts';
import { OPEN_STATUSES } from './lifecycle.ts';

/** How long before the deadline the participants are warned. */
export const DEADLINE_WARNING_HOURS = 24;
const HOUR_MS = 60 * 60 * 1000;

/** Requests handled per sweep and kind; a backlog is caught up by the following sweeps. */
const BATCH = 500;

/** Column changes for a request whose deadline moves: the notices of the old deadline no longer hold. */
export const NEW_DEADLINE = { deadlineWarnedAt: null, overdueNotifiedAt: null } as const;

interface NoticeRow {
  id: string;
  requesterId: string;
  onBehalfOfId: string | null;
  expertId: string | null;
  dueAt: Date;
  delegationLive: boolean;
  /** For a request to a team: its coordinators. */
  coordinatorIds: string[];
}

type NoticeKind = 'DEADLINE_APPROACHING' | 'OVERDUE';

/**
 * Marks the open requests whose deadline is less than 24 hours away (or passed) and not yet
 * noticed, traces and announces each once. Every instance may sweep at the same time: a request
 * is claimed by one UPDATE, which the others skip or, once committed, no longer match.
 */
export async function sweepDeadlines(services: Services, now = new Date()): Promise<ChangeEvent[]> {
  return systemChange(services, async (tx) => {
    const claim = async (kind: NoticeKind): Promise<NoticeRow[]> => {
      const column = Prisma.raw(kind === 'OVERDUE' ? '"overdueNotifiedAt"' : '"deadlineWarnedAt"');
      const due =
        kind === 'OVERDUE'
          ? Prisma.sql`"dueAt" < ${now}`
          : Prisma.sql`"dueAt" >= ${now} AND "dueAt" < ${new Date(now.getTime() + DEADLINE_WARNING_HOURS * HOUR_MS)}`;
      // The claimed rows with the state of their delegation: a delegate whose delegation was revoked is told nothing.
      return tx.$queryRaw<NoticeRow[]>(Prisma.sql`
        WITH claimed AS (
          UPDATE "TeleexpertiseRequest" SET ${column} = ${now}
          WHERE "id" IN (
            SELECT "id" FROM "TeleexpertiseRequest"
            WHERE "status" = ANY(${OPEN_STATUSES}::"RequestStatus"[]) AND ${due} AND ${column} IS NULL
            ORDER BY "dueAt" LIMIT ${BATCH}
            FOR UPDATE SKIP LOCKED)
          AND ${column} IS NULL
          RETURNING "id", "requesterId", "onBehalfOfId", "expertId", "teamId", "delegationId", "dueAt")
        SELECT r."id", r."requesterId", r."onBehalfOfId", r."expertId", r."dueAt", ${DELEGATION_LIVE_SQL} AS "delegationLive",
               ARRAY(SELECT tm."professionalId"::text FROM "TeamMember" tm
                     WHERE tm."teamId" = r."teamId" AND tm."role" = 'COORDINATOR' ORDER BY tm."professionalId") AS "coordinatorIds"
        FROM claimed r ${DELEGATION_JOIN}`);
    };
    const notices = [
      ...(await claim('DEADLINE_APPROACHING')).map((row) => ({ kind: 'DEADLINE_APPROACHING' as const, row })),
      ...(await claim('OVERDUE')).map((row) => ({ kind: 'OVERDUE' as const, row })),
    ];
    if (notices.length === 0) return [];
    await tx.auditEvent.createMany({
      data: notices.map(({ kind, row }) => ({
        at: now,
        actorId: null,
        action: kind === 'OVERDUE' ? 'request.overdue' : 'request.deadline_approaching',
        entityType: 'TeleexpertiseRequest',
        entityId: row.id,
        requestId: row.id,
        details: { dueAt: row.dueAt.toISOString() },
      })),
    });
    return notices.map(
      ({ kind, row }): ChangeEvent => ({
        kind,
        requestId: row.id,
        dueAt: row.dueAt.toISOString(),
        participantIds: toldOfDeadline(kind, row),
      }),
    );
  });
}

/**
 * Who is told of a deadline: the parties and, for a request to a team, its coordinators while no one holds
 * it (someone must give it to a member) and once it has passed (docs/rules.md#deadline-notices).
 */
function toldOfDeadline(kind: NoticeKind, row: NoticeRow): string[] {
  const parties = participantsOf(row, row.delegationLive);
  const coordinators = kind === 'OVERDUE' || row.expertId === null ? row.coordinatorIds : [];
  return [...new Set([...parties, ...coordinators])];
}
