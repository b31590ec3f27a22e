// Requests to a team: a member claims one from the team's queue, or a coordinator assigns it (docs/rules.md#team-requests).
import { encodeGlobalID } from '@pothos/plugin-relay';
import { MessageKind, RequestStatus } from '../generated/prisma/enums.ts';
import { lockRequest, type LockedRequest } from './access.ts';
import { change, type Change, type Services, type Tx } from './changes.ts';
import { appendMessage } from './conversation.ts';
import { badInput, conflict, DomainError, forbidden } from './errors.ts';
import { recountAfterRead } from './unread.ts';

/** A member takes a request waiting in their team's queue: they become its expert. Returns the request id. */
export function claimRequest(services: Services, actorId: string, requestId: string): Promise<string> {
  return change(services, { id: actorId }, async (c) => {
    const request = await lockRequest(c.tx, requestId, actorId, { members: true });
    await assign(c, request, actorId);
    return request.id;
  });
}

/** A coordinator of the team gives a request waiting in its queue to one of its members. Returns the request id. */
export function assignRequest(
  services: Services,
  actorId: string,
  requestId: string,
  expertId: string,
): Promise<string> {
  return change(services, { id: actorId }, async (c) => {
    const request = await lockRequest(c.tx, requestId, actorId, { members: true });
    if (request.teamId && !(await coordinates(c.tx, request.teamId, actorId)))
      throw forbidden("Only the team's coordinators assign its requests: claim it yourself, or ask a coordinator");
    await assign(c, request, expertId);
    return request.id;
  });
}

/**
 * Makes `assigneeId` the expert of a team request no one holds, under the request's lock (two claims at
 * once: the second finds the first's holder and is a CONFLICT naming them). The assignee's membership is
 * read FOR SHARE, so that it cannot end before this commits.
 */
async function assign(c: Change, request: LockedRequest, assigneeId: string): Promise<void> {
  if (!request.teamId)
    throw badInput('This request was sent to an expert, not to a team: it has no queue to take it from');
  if (request.expertId) throw await heldBy(c.tx, request.expertId);
  if (request.status !== RequestStatus.SUBMITTED)
    throw conflict(`This request is ${request.status}: it can no longer be taken`, { status: request.status });
  if (assigneeId === request.requesterId || assigneeId === request.onBehalfOfId)
    throw badInput('The professional who asked cannot be the expert of their own request');
  const assignee = await memberOf(c.tx, request.teamId, assigneeId);
  if (!assignee)
    throw badInput('The expert must be a member of the team the request was sent to', { field: 'expertId' });

  const claimed = assigneeId === c.actor.id;
  const body = claimed
    ? `${assignee.name} took the request`
    : `${await nameOf(c.tx, c.actor.id)} assigned the request to ${assignee.name}`;
  request.expertId = assigneeId;
  const message = await appendMessage(
    c,
    request,
    { kind: MessageKind.SYSTEM, body, authorId: c.actor.id },
    { expertId: assigneeId, assignedAt: c.now },
  );
  // The assignee's count starts from what they read as a member.
  const mark = await c.tx.readMark.findUnique({
    where: { requestId_professionalId: { requestId: request.id, professionalId: assigneeId } },
    select: { lastReadSequence: true },
  });
  await c.tx.$executeRaw(recountAfterRead(request.id, assigneeId, mark?.lastReadSequence ?? 0));
  c.trace({
    action: claimed ? 'request.claim' : 'request.assign',
    entityType: 'TeleexpertiseRequest',
    entityId: request.id,
    requestId: request.id,
    details: { teamId: request.teamId, expertId: assigneeId },
  });
  c.emit({
    kind: 'REQUEST_ASSIGNED',
    requestId: request.id,
    expertId: assigneeId,
    messageId: message.id,
    participantIds: [...new Set([...request.participantIds, ...request.teamMemberIds])],
  });
}

/** The professional coordinates the team; their membership is locked FOR SHARE, so that it holds until commit. */
export async function coordinates(tx: Tx, teamId: string, professionalId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<unknown[]>`
    SELECT 1 FROM "TeamMember"
    WHERE "teamId" = ${teamId}::uuid AND "professionalId" = ${professionalId}::uuid AND "role" = 'COORDINATOR'
    FOR SHARE`;
  return rows.length > 0;
}

/** The member of the team, with their name, locked FOR SHARE; undefined for anyone else. */
export async function memberOf(tx: Tx, teamId: string, professionalId: string) {
  const [member] = await tx.$queryRaw<{ name: string }[]>`
    SELECT p."firstName" || ' ' || p."lastName" AS "name"
    FROM "TeamMember" tm JOIN "Professional" p ON p."id" = tm."professionalId"
    WHERE tm."teamId" = ${teamId}::uuid AND tm."professionalId" = ${professionalId}::uuid
    FOR SHARE OF tm`;
  return member;
}

async function nameOf(tx: Tx, professionalId: string): Promise<string> {
  const person = await tx.professional.findUniqueOrThrow({
    where: { id: professionalId },
    select: { firstName: true, lastName: true },
  });
  return `${person.firstName} ${person.lastName}`;
}

/** CONFLICT naming who holds the request, so that the caller knows whom to talk to. */
async function heldBy(tx: Tx, expertId: string): Promise<DomainError> {
  const name = await nameOf(tx, expertId);
  return conflict(`${name} already holds this request`, {
    holder: { id: encodeGlobalID('Professional', expertId), name },
  });
}
