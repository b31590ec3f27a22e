// Who takes part in a request, and so may see and act on it (docs/rules.md#participants-and-access): one rule, in the forms the code needs.
import { Prisma } from '../generated/prisma/client.ts';
import type { RequestStatus } from '../generated/prisma/enums.ts';
import type { Tx } from './changes.ts';
import { forbidden, notFound } from './errors.ts';

export type Side = 'REQUESTER' | 'EXPERT';

/** A request's parties, as its row names them. */
export interface RequestParties {
  requesterId: string;
  onBehalfOfId: string | null;
  expertId: string;
}

/**
 * The rule, which every form below is built from: one takes part in a request as its expert, as the
 * professional in whose name it was made, or as the account that made it while the delegation it was
 * made under, if any, is live (docs/rules.md#delegations). Everyone else is told it does not exist.
 */
const PARTIES = [
  { column: 'expertId', side: 'EXPERT', whileDelegationLive: false },
  { column: 'onBehalfOfId', side: 'REQUESTER', whileDelegationLive: false },
  { column: 'requesterId', side: 'REQUESTER', whileDelegationLive: true },
] as const satisfies readonly { column: keyof RequestParties; side: Side; whileDelegationLive: boolean }[];

type Party = (typeof PARTIES)[number];

function partiesOn(side: Side | undefined): readonly Party[] {
  return side ? PARTIES.filter((party) => party.side === side) : PARTIES;
}

/**
 * The viewer's side of the request, or undefined when they take no part in it. `delegationLive` is
 * false only for a request made under a delegation since revoked.
 */
export function sideOf(request: RequestParties, delegationLive: boolean, viewerId: string): Side | undefined {
  return PARTIES.find((party) => request[party.column] === viewerId && (delegationLive || !party.whileDelegationLive))
    ?.side;
}

/** Everyone who takes part in the request (those sideOf gives a side), for events. */
export function participantsOf(request: RequestParties, delegationLive: boolean): string[] {
  const ids = PARTIES.filter((party) => delegationLive || !party.whileDelegationLive).map(
    (party) => request[party.column],
  );
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

/**
 * sideOf's answer as a yes or no, for a request read with visibleRequestWhere or receivedRequestWhere:
 * the state of its delegation is asked (`delegationLive`) only when it decides, for the account that
 * made a delegated request.
 */
export function isParticipant(
  request: RequestParties & { delegationId: string | null },
  viewerId: string,
  delegationLive: (delegationId: string) => boolean | Promise<boolean>,
): boolean | Promise<boolean> {
  if (sideOf(request, false, viewerId)) return true;
  if (!sideOf(request, true, viewerId)) return false;
  return request.delegationId === null || delegationLive(request.delegationId);
}

/** Delegations not revoked. */
export const LIVE_DELEGATION = { revokedAt: null } as const satisfies Prisma.DelegationWhereInput;

function partyWhere(party: Party, viewerId: string): Prisma.TeleexpertiseRequestWhereInput {
  const where: Prisma.TeleexpertiseRequestWhereInput = {};
  where[party.column] = viewerId;
  if (party.whileDelegationLive) where.OR = [{ delegationId: null }, { delegation: { is: LIVE_DELEGATION } }];
  return where;
}

/** Requests the professional takes part in (on `side` only, when given). */
export function sideWhere(viewerId: string, side?: Side): Prisma.TeleexpertiseRequestWhereInput {
  const branches = partiesOn(side).map((party) => partyWhere(party, viewerId));
  return branches.length === 1 ? branches[0]! : { OR: branches };
}

/** Requests the professional takes part in, on either side. */
export function visibleRequestWhere(viewerId: string): Prisma.TeleexpertiseRequestWhereInput {
  return sideWhere(viewerId);
}

/** Attachments of conversations the viewer takes part in, and every expert's and team's templates (the directory is public). */
export function visibleAttachmentWhere(viewerId: string): Prisma.AttachmentWhereInput {
  return {
    OR: [
      { message: { is: { request: { is: visibleRequestWhere(viewerId) } } } },
      { templateOfId: { not: null } },
      { templateOfTeamId: { not: null } },
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
    OR: [
      { syntheses: { some: { recipientId: viewerId } } },
      { reports: { some: { transmissions: { some: receivedReportWhere(viewerId) } } } },
    ],
  };
}

/**
 * Requests the professional takes part in or received something of: what they may be told of, the
 * GraphQL type then checking isParticipant field by field.
 */
export function visibleOrReceivedRequestWhere(viewerId: string): Prisma.TeleexpertiseRequestWhereInput {
  return { OR: [visibleRequestWhere(viewerId), receivedRequestWhere(viewerId)] };
}

/** Transmissions of a report to a professional who does not take part (the treating doctor): participants read reports through their request. */
export function receivedReportWhere(viewerId: string): Prisma.ReportTransmissionWhereInput {
  return { recipientId: viewerId, role: 'TREATING_DOCTOR' };
}

/** Joins the request `r` to the delegation `d` it was made under, which the conditions below read. */
export const DELEGATION_JOIN = Prisma.sql`LEFT JOIN "Delegation" d ON d."id" = r."delegationId"`;

/** `r` was made under no delegation, or under a live one (sideOf's `delegationLive`). */
export const DELEGATION_LIVE_SQL = Prisma.sql`(r."delegationId" IS NULL OR d."revokedAt" IS NULL)`;

/** One way of taking part, as SQL: its condition on `r`, and the join it needs (DELEGATION_JOIN or nothing). */
export interface PartySql {
  side: Side;
  condition: Prisma.Sql;
  join: Prisma.Sql;
}

/**
 * Each way the professional takes part in `r` (on `side` only, when given), apart: the inbox scans each
 * party's (party, latest activity) index on its own, and only the requester's branch reads `d`.
 */
export function partySql(viewerId: string, side?: Side): PartySql[] {
  return partiesOn(side).map((party) => {
    const matches = Prisma.sql`r.${Prisma.raw(`"${party.column}"`)} = ${viewerId}::uuid`;
    return party.whileDelegationLive
      ? { side: party.side, condition: Prisma.sql`${matches} AND ${DELEGATION_LIVE_SQL}`, join: DELEGATION_JOIN }
      : { side: party.side, condition: matches, join: Prisma.empty };
  });
}

/** The professional takes part in `r` (on `side` only, when given); the statement joins `d` with DELEGATION_JOIN. */
export function participantSql(viewerId: string, side?: Side): Prisma.Sql {
  return Prisma.sql`(${Prisma.join(
    partySql(viewerId, side).map((party) => Prisma.sql`(${party.condition})`),
    ' OR ',
  )})`;
}

export interface LockedRequest extends RequestParties {
  id: string;
  status: RequestStatus;
  patientId: string | null;
  lastSequence: number;
  createdAt: Date;
  dueAt: Date;
  /** The caller's side in this request. */
  side: Side;
  /** Everyone who takes part, for events: a delegate whose delegation was revoked is told nothing, sent nothing. */
  participantIds: string[];
}

interface LockedRow extends Omit<LockedRequest, 'side' | 'participantIds'> {
  delegationLive: boolean;
}

/**
 * Locks the request row for the rest of the transaction (changes to one request are serialized,
 * so message sequences never repeat) and returns it with the caller's side. NOT_FOUND for an outsider.
 */
export async function lockRequest(tx: Tx, requestId: string, viewerId: string): Promise<LockedRequest> {
  const rows = await tx.$queryRaw<LockedRow[]>(Prisma.sql`
    SELECT r."id", r."status", r."requesterId", r."onBehalfOfId", r."expertId", r."patientId", r."lastSequence",
           r."createdAt", r."dueAt", ${DELEGATION_LIVE_SQL} AS "delegationLive"
    FROM "TeleexpertiseRequest" r ${DELEGATION_JOIN}
    WHERE r."id" = ${requestId}::uuid AND ${participantSql(viewerId)}
    FOR UPDATE OF r`);
  const row = rows[0];
  const side = row && sideOf(row, row.delegationLive, viewerId);
  if (!row || !side) throw notFound('Request');
  const { delegationLive, ...request } = row;
  return { ...request, side, participantIds: participantsOf(row, delegationLive) };
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
