// Who takes part in a request, and so may see and act on it (docs/rules.md#participants-and-access): one rule, in the forms the code needs.
import { Prisma } from '../generated/prisma/client.ts';
import type { RequestStatus } from '../generated/prisma/enums.ts';
import type { Tx } from './changes.ts';
import { forbidden, notFound } from './errors.ts';

/** The two sides of a request, as its row names them. */
export type PartySide = 'REQUESTER' | 'EXPERT';
/** A side, or TEAM: a member of the team the request was sent to, who is not its expert. */
export type Side = PartySide | 'TEAM';

/** A request's parties, as its row names them. */
export interface RequestParties {
  requesterId: string;
  onBehalfOfId: string | null;
  /** Null while a request to a team waits in its queue. */
  expertId: string | null;
  teamId: string | null;
}

/** What decides, beyond the row: the delegation the request was made under is live; the viewer belongs to its team. */
export interface Standing {
  delegationLive: boolean;
  teamMember: boolean;
}

/**
 * The rule, which every form below is built from: one takes part in a request as its expert, as the
 * professional in whose name it was made, or as the account that made it while the delegation it was
 * made under, if any, is live (docs/rules.md#delegations). A request sent to a team is also read by the
 * team's members while they are members (side TEAM: a service covers for its colleagues); they act on
 * it only once it is theirs (docs/rules.md#team-requests). Everyone else is told it does not exist.
 */
const PARTIES = [
  { column: 'expertId', side: 'EXPERT', whileDelegationLive: false },
  { column: 'onBehalfOfId', side: 'REQUESTER', whileDelegationLive: false },
  { column: 'requesterId', side: 'REQUESTER', whileDelegationLive: true },
] as const satisfies readonly {
  column: Exclude<keyof RequestParties, 'teamId'>;
  side: PartySide;
  whileDelegationLive: boolean;
}[];

type Party = (typeof PARTIES)[number];

function partiesOn(side: PartySide | undefined): readonly Party[] {
  return side ? PARTIES.filter((party) => party.side === side) : PARTIES;
}

/** The viewer's side of the request, or undefined when they take no part in it. */
export function sideOf(request: RequestParties, standing: Standing, viewerId: string): Side | undefined {
  const party = PARTIES.find(
    (one) => request[one.column] === viewerId && (standing.delegationLive || !one.whileDelegationLive),
  );
  if (party) return party.side;
  return request.teamId !== null && standing.teamMember ? 'TEAM' : undefined;
}

/** The parties of the request (those sideOf gives a side other than TEAM). */
export function participantsOf(request: Omit<RequestParties, 'teamId'>, delegationLive: boolean): string[] {
  const ids = PARTIES.filter((party) => delegationLive || !party.whileDelegationLive).map(
    (party) => request[party.column],
  );
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

/**
 * Who is told of a change to the request: its parties and, while it waits in a team's queue with no
 * expert, the team's members (once someone holds it, they read it when they look, and are not told).
 */
export function audienceOf(
  request: RequestParties,
  delegationLive: boolean,
  teamMemberIds: readonly string[],
): string[] {
  const parties = participantsOf(request, delegationLive);
  return request.expertId === null ? [...new Set([...parties, ...teamMemberIds])] : parties;
}

/**
 * sideOf's answer as a yes or no, for a request read with visibleRequestWhere or receivedRequestWhere:
 * the state of its delegation (`delegationLive`) and the viewer's membership of its team (`teamMember`)
 * are asked only when they decide.
 */
export function isParticipant(
  request: RequestParties & { delegationId: string | null },
  viewerId: string,
  ask: {
    delegationLive: (delegationId: string) => boolean | Promise<boolean>;
    teamMember: (teamId: string) => boolean | Promise<boolean>;
  },
): boolean | Promise<boolean> {
  const fixed = { delegationLive: false, teamMember: false };
  if (sideOf(request, fixed, viewerId)) return true;
  if (sideOf(request, { ...fixed, delegationLive: true }, viewerId))
    return request.delegationId === null || ask.delegationLive(request.delegationId);
  return request.teamId !== null && ask.teamMember(request.teamId);
}

/** Delegations not revoked. */
export const LIVE_DELEGATION = { revokedAt: null } as const satisfies Prisma.DelegationWhereInput;

function partyWhere(party: Party, viewerId: string): Prisma.TeleexpertiseRequestWhereInput {
  const where: Prisma.TeleexpertiseRequestWhereInput = {};
  where[party.column] = viewerId;
  if (party.whileDelegationLive) where.OR = [{ delegationId: null }, { delegation: { is: LIVE_DELEGATION } }];
  return where;
}

/** Requests the professional is a party to (on `side` only, when given): their own inbox. */
export function sideWhere(viewerId: string, side?: PartySide): Prisma.TeleexpertiseRequestWhereInput {
  const branches = partiesOn(side).map((party) => partyWhere(party, viewerId));
  return branches.length === 1 ? branches[0]! : { OR: branches };
}

/** Requests sent to a team the professional is a member of. */
export function teamRequestWhere(viewerId: string): Prisma.TeleexpertiseRequestWhereInput {
  return { team: { is: { members: { some: { professionalId: viewerId } } } } };
}

/** Requests the professional takes part in, on any side. */
export function visibleRequestWhere(viewerId: string): Prisma.TeleexpertiseRequestWhereInput {
  return { OR: [sideWhere(viewerId), teamRequestWhere(viewerId)] };
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

/** One way of being a party, as SQL: its condition on `r`, and the join it needs (DELEGATION_JOIN or nothing). */
export interface PartySql {
  side: PartySide;
  condition: Prisma.Sql;
  join: Prisma.Sql;
}

/**
 * Each way the professional is a party to `r` (on `side` only, when given), apart: the inbox scans each
 * party's (party, latest activity) index on its own, and only the requester's branch reads `d`.
 */
export function partySql(viewerId: string, side?: PartySide): PartySql[] {
  return partiesOn(side).map((party) => {
    const matches = Prisma.sql`r.${Prisma.raw(`"${party.column}"`)} = ${viewerId}::uuid`;
    return party.whileDelegationLive
      ? { side: party.side, condition: Prisma.sql`${matches} AND ${DELEGATION_LIVE_SQL}`, join: DELEGATION_JOIN }
      : { side: party.side, condition: matches, join: Prisma.empty };
  });
}

/** `r` was sent to a team the professional is a member of. */
export function teamMemberSql(viewerId: string): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM "TeamMember" tm WHERE tm."teamId" = r."teamId" AND tm."professionalId" = ${viewerId}::uuid)`;
}

/** The professional takes part in `r` (on `side` only, when given); the statement joins `d` with DELEGATION_JOIN. */
export function participantSql(viewerId: string, side?: Side): Prisma.Sql {
  const parties = side === 'TEAM' ? [] : partySql(viewerId, side).map((party) => Prisma.sql`(${party.condition})`);
  const branches = side === undefined || side === 'TEAM' ? [...parties, teamMemberSql(viewerId)] : parties;
  return Prisma.sql`(${Prisma.join(branches, ' OR ')})`;
}

/** The professional is a party to `r` on either side (a team member is not); the statement joins `d` with DELEGATION_JOIN. */
export function anyPartySql(viewerId: string): Prisma.Sql {
  return Prisma.sql`(${Prisma.join(
    partySql(viewerId).map((party) => Prisma.sql`(${party.condition})`),
    ' OR ',
  )})`;
}

/** audienceOf, as SQL: a uuid[] of who is told of a change to `r`, joined to `d` with DELEGATION_JOIN. */
export const AUDIENCE_SQL = Prisma.sql`ARRAY(
  SELECT p FROM unnest(ARRAY[${Prisma.join(
    PARTIES.map((party) => {
      const column = Prisma.raw(`r."${party.column}"`);
      return party.whileDelegationLive ? Prisma.sql`CASE WHEN ${DELEGATION_LIVE_SQL} THEN ${column} END` : column;
    }),
  )}]::uuid[]) AS p WHERE p IS NOT NULL
  UNION SELECT tm."professionalId" FROM "TeamMember" tm WHERE r."expertId" IS NULL AND tm."teamId" = r."teamId")`;

export interface LockedRequest extends RequestParties {
  id: string;
  status: RequestStatus;
  patientId: string | null;
  lastSequence: number;
  createdAt: Date;
  dueAt: Date;
  /** The caller's side in this request. */
  side: Side;
  /**
   * Who is told of changes (audienceOf): a delegate whose delegation was revoked is told nothing, sent nothing.
   * A message is announced to them as readers of it (its subscribers then read it without a check of their own):
   * a change that takes the request from some of them sets it anew before its message (see redirect.ts).
   */
  participantIds: string[];
  /** The delegation the request was made under, if any, is live (audienceOf's `delegationLive`). */
  delegationLive: boolean;
  /** The members of the team the request was sent to, and those of them who coordinate it (empty for no team). */
  teamMemberIds: string[];
  coordinatorIds: string[];
}

type LockedRow = Omit<LockedRequest, 'side' | 'participantIds'>;

/**
 * Locks the request row for the rest of the transaction (changes to one request are serialized,
 * so message sequences never repeat) and returns it with the caller's side. NOT_FOUND for an outsider;
 * FORBIDDEN for a member of its team who does not hold it, unless `members` says the action is theirs too.
 */
export async function lockRequest(
  tx: Tx,
  requestId: string,
  viewerId: string,
  { members = false }: { members?: boolean } = {},
): Promise<LockedRequest> {
  const rows = await tx.$queryRaw<LockedRow[]>(Prisma.sql`
    SELECT r."id", r."status", r."requesterId", r."onBehalfOfId", r."expertId", r."teamId", r."patientId",
           r."lastSequence", r."createdAt", r."dueAt", ${DELEGATION_LIVE_SQL} AS "delegationLive",
           COALESCE(team."memberIds", '{}') AS "teamMemberIds", COALESCE(team."coordinatorIds", '{}') AS "coordinatorIds"
    FROM "TeleexpertiseRequest" r ${DELEGATION_JOIN}
    LEFT JOIN LATERAL (
      SELECT array_agg(tm."professionalId"::text ORDER BY tm."professionalId") AS "memberIds",
             array_agg(tm."professionalId"::text ORDER BY tm."professionalId") FILTER (WHERE tm."role" = 'COORDINATOR') AS "coordinatorIds"
      FROM "TeamMember" tm WHERE tm."teamId" = r."teamId"
    ) team ON true
    WHERE r."id" = ${requestId}::uuid AND ${participantSql(viewerId)}
    FOR UPDATE OF r`);
  const row = rows[0];
  const standing = row && { delegationLive: row.delegationLive, teamMember: row.teamMemberIds.includes(viewerId) };
  const side = row && sideOf(row, standing!, viewerId);
  if (!row || !side) throw notFound('Request');
  if (side === 'TEAM' && !members) throw forbidden(NOT_HELD);
  return { ...row, side, participantIds: audienceOf(row, row.delegationLive, row.teamMemberIds) };
}

const NOT_HELD =
  'You read this request as a member of the team it was sent to: only its expert acts on it. Claim it while no one holds it, or ask a coordinator to assign it to you';

/** Refuses an action reserved to the other side of the request (the caller can see it, so no secret is kept). */
export function requireSide(request: LockedRequest, side: PartySide, action: string): void {
  if (request.side === side) return;
  if (request.side === 'TEAM') throw forbidden(NOT_HELD);
  throw forbidden(
    side === 'EXPERT'
      ? `Only the expert can ${action}: you are on the requester's side of this request`
      : `Only the requester can ${action}: you are the expert of this request`,
  );
}
