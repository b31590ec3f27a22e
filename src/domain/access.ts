// Who may see and act on a request: its participants only (docs/rules.md#participants-and-access); everyone else is told it does not exist.
import { Prisma } from '../generated/prisma/client.ts';
import type { RequestStatus } from '../generated/prisma/enums.ts';
import type { Tx } from './changes.ts';
import { forbidden, notFound } from './errors.ts';

export type Side = 'REQUESTER' | 'EXPERT';

/** Attachments of conversations the viewer takes part in, and every expert's templates (the directory is public). */
export function visibleAttachmentWhere(viewerId: string): Prisma.AttachmentWhereInput {
  return {
    OR: [{ message: { is: { request: { is: visibleRequestWhere(viewerId) } } } }, { templateOfId: { not: null } }],
  };
}

/**
 * Requests the professional takes part in: as the expert, as the professional in whose name it
 * was made, or as the account that made it (a delegate only while the delegation is live).
 */
export function visibleRequestWhere(viewerId: string): Prisma.TeleexpertiseRequestWhereInput {
  return {
    OR: [
      { expertId: viewerId },
      { onBehalfOfId: viewerId },
      { requesterId: viewerId, OR: [{ delegationId: null }, { delegation: { is: { revokedAt: null } } }] },
    ],
  };
}

/**
 * Requests of which the professional received something without taking part: a synthesis shared
 * with them, or a report transmitted to them as the patient's treating doctor. They see that, and
 * nothing else of the request (the GraphQL type checks isParticipant field by field).
 */
export function receivedRequestWhere(viewerId: string): Prisma.TeleexpertiseRequestWhereInput {
  return {
    OR: [{ syntheses: { some: { recipientId: viewerId } } }, { reports: { some: { transmissions: { some: receivedReportWhere(viewerId) } } } }],
  };
}

/** Transmissions of a report to a professional who does not take part (the treating doctor): participants read reports through their request. */
export function receivedReportWhere(viewerId: string): Prisma.ReportTransmissionWhereInput {
  return { recipientId: viewerId, role: 'TREATING_DOCTOR' };
}

/**
 * Whether the viewer takes part in a request already read with visibleRequestWhere or
 * receivedRequestWhere: a delegate whose delegation was revoked is not read through the first,
 * and does not become a participant through the second.
 */
export function isParticipant(
  request: { requesterId: string; onBehalfOfId: string | null; expertId: string; delegationId: string | null },
  viewerId: string,
  delegationLive: (delegationId: string) => boolean | Promise<boolean>,
): boolean | Promise<boolean> {
  // The expert and the professional in whose name it was made take part whatever the delegation.
  if (sideOf(request, false, viewerId)) return true;
  if (request.requesterId !== viewerId) return false;
  return request.delegationId === null || delegationLive(request.delegationId);
}

/** Requests the professional takes part in on the given side. */
export function sideWhere(viewerId: string, side: Side): Prisma.TeleexpertiseRequestWhereInput {
  if (side === 'EXPERT') return { expertId: viewerId };
  return {
    OR: [
      { onBehalfOfId: viewerId },
      { requesterId: viewerId, OR: [{ delegationId: null }, { delegation: { is: { revokedAt: null } } }] },
    ],
  };
}

export interface LockedRequest {
  id: string;
  status: RequestStatus;
  requesterId: string;
  onBehalfOfId: string | null;
  expertId: string;
  patientId: string | null;
  lastSequence: number;
  createdAt: Date;
  dueAt: Date;
  /** The caller's side in this request. */
  side: Side;
  /** Everyone who takes part, for events. */
  participantIds: string[];
}

interface LockedRow extends Omit<LockedRequest, 'side' | 'participantIds'> {
  delegationLive: boolean;
}

/** The caller's side, or undefined when the request is not theirs to see. */
export function sideOf(
  request: { requesterId: string; onBehalfOfId: string | null; expertId: string },
  delegationLive: boolean,
  viewerId: string,
): Side | undefined {
  if (request.expertId === viewerId) return 'EXPERT';
  if (request.onBehalfOfId === viewerId) return 'REQUESTER';
  if (request.requesterId === viewerId && delegationLive) return 'REQUESTER';
  return undefined;
}

export function participantsOf(request: { requesterId: string; onBehalfOfId: string | null; expertId: string }): string[] {
  return [...new Set([request.requesterId, request.onBehalfOfId, request.expertId].filter((id): id is string => id !== null))];
}

/**
 * Locks the request row for the rest of the transaction (changes to one request are serialized,
 * so message sequences never repeat) and returns it with the caller's side. NOT_FOUND for an outsider.
 */
export async function lockRequest(tx: Tx, requestId: string, viewerId: string): Promise<LockedRequest> {
  const rows = await tx.$queryRaw<LockedRow[]>(Prisma.sql`
    SELECT r."id", r."status", r."requesterId", r."onBehalfOfId", r."expertId", r."patientId", r."lastSequence",
           r."createdAt", r."dueAt", (r."delegationId" IS NULL OR d."revokedAt" IS NULL) AS "delegationLive"
    FROM "TeleexpertiseRequest" r
    LEFT JOIN "Delegation" d ON d."id" = r."delegationId"
    WHERE r."id" = ${requestId}::uuid
    FOR UPDATE OF r`);
  const row = rows[0];
  const side = row && sideOf(row, row.delegationLive, viewerId);
  if (!row || !side) throw notFound('Request');
  const { delegationLive, ...request } = row;
  // A delegate whose delegation was revoked no longer takes part: told nothing, sent nothing.
  const participantIds = participantsOf(row).filter((id) => delegationLive || id !== row.requesterId);
  return { ...request, side, participantIds };
}

/** Refuses an action reserved to the other side of the request (the caller can see it, so no secret is kept). */
export function requireSide(request: LockedRequest, side: Side, action: string): void {
  if (request.side === side) return;
  throw forbidden(
    side === 'EXPERT'
      ? `Only the expert can ${action}: you are on the requester's side of this request`
      : `Only the requester can ${action}: you are the expert of this request`,
  );
}
