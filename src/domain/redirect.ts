// Redirection: the expert or a coordinator of the request's team sends an open request on to another member,
// another team or another expert, with everything it holds (docs/rules.md#redirection).
import { MessageKind, RequestStatus } from '../generated/prisma/enums.ts';
import { audienceOf, lockRequest, type LockedRequest } from './access.ts';
import { change, type Change, type Services } from './changes.ts';
import { appendMessage } from './conversation.ts';
import { NEW_DEADLINE } from './deadlines.ts';
import { badInput, conflict, forbidden, notFound } from './errors.ts';
import { latestDeadline, OPEN_STATUSES } from './lifecycle.ts';
import { type Addressee, checkAddressee, checkOneAddressee, findAddressee } from './requests.ts';
import { coordinates, memberOf } from './team-requests.ts';
import { recountAfterRead } from './unread.ts';

export interface RedirectTarget {
  expertId?: string | null;
  teamId?: string | null;
}

const MAX_REASON_LENGTH = 2000;

/** Redirects one request (redirectTo) in its own transaction; returns its id. */
export function redirectRequest(
  services: Services,
  actorId: string,
  requestId: string,
  target: RedirectTarget,
  reason: string,
): Promise<string> {
  const why = redirectReason(reason);
  checkOneAddressee(target);
  return change(services, { id: actorId }, async (c) => {
    const request = await lockRequest(c.tx, requestId, actorId, { members: true });
    await redirectTo(c, request, target, why);
    return request.id;
  });
}

export function redirectReason(reason: string): string {
  const why = reason.trim();
  if (why === '')
    throw badInput('Say why the request is redirected (reason): the requester reads it', { field: 'reason' });
  if (why.length > MAX_REASON_LENGTH)
    throw badInput(`reason is longer than ${MAX_REASON_LENGTH} characters`, { field: 'reason' });
  return why;
}

/**
 * Moves a locked request to `target`: its conversation, attachments, consent and patient stay with it. The new
 * expert (or team) triages it again, within the 7 days of the original request, which keep running; the
 * previous expert keeps access only as a member of its team, if it stays with that team.
 */
export async function redirectTo(c: Change, request: LockedRequest, target: RedirectTarget, reason: string) {
  await checkRedirector(c, request);
  const addressee = await findAddressee(c, target);
  checkTarget(request, addressee);
  const requester = { id: request.requesterId, onBehalfOfId: request.onBehalfOfId };
  checkAddressee(addressee, requester, request.patientId === null, { waitForReturn: false }, c.now);
  // Sent to a member of its own team, a request stays with that team (their membership locked until commit).
  const withTeam = addressee.expertId !== null && request.teamId !== null;
  const stays = withTeam && (await memberOf(c.tx, request.teamId!, addressee.expertId!)) !== undefined;
  const to = addressee.teamId
    ? { expertId: null, teamId: addressee.teamId }
    : { expertId: addressee.expertId, teamId: stays ? request.teamId : null };
  await move(c, request, to, {
    body: `${await nameOfTarget(c, addressee)} now answers this request, redirected: ${reason}`,
    told: addressee.memberIds,
    queue: to.expertId ? [] : addressee.memberIds,
    reason,
  });
}

/**
 * The one way a request changes hands (redirected, or back to its team's queue): SUBMITTED again with no
 * deadline but the 7 days of the original request, whose notices the new holder gets; a SYSTEM message, the
 * unread count of the new holder, the trace, and REQUEST_REDIRECTED to everyone concerned before and after.
 */
async function move(
  c: Change,
  request: LockedRequest,
  to: { expertId: string | null; teamId: string | null },
  {
    body,
    told,
    queue,
    reason,
  }: {
    body: string;
    /** Who else hears that it moved (the members of a team it is sent to). */
    told: readonly string[];
    /** The members of the team whose queue it waits in once moved (none when it goes to an expert). */
    queue: readonly string[];
    reason: string;
  },
): Promise<void> {
  const from = { expertId: request.expertId, teamId: request.teamId };
  const audience = new Set([...request.participantIds, ...request.teamMemberIds, ...told]);
  if (to.expertId) audience.add(to.expertId);
  const previous = request.status;
  Object.assign(request, to, { status: RequestStatus.SUBMITTED });
  // Its message is announced to those who read the request once moved: not to whom it was taken from.
  request.participantIds = audienceOf(request, request.delegationLive, queue);
  const message = await appendMessage(
    c,
    request,
    {
      kind: MessageKind.SYSTEM,
      body,
      authorId: c.actor.id,
      ...(previous !== RequestStatus.SUBMITTED && { status: RequestStatus.SUBMITTED }),
    },
    {
      ...to,
      assignedAt: to.expertId && to.teamId ? c.now : null,
      status: RequestStatus.SUBMITTED,
      acceptedAt: null,
      responseDueAt: null,
      dueAt: latestDeadline(request.createdAt),
      ...NEW_DEADLINE,
    },
  );
  await recountForNewExpert(c, request, to.expertId);
  c.trace({
    action: 'request.redirect',
    entityType: 'TeleexpertiseRequest',
    entityId: request.id,
    requestId: request.id,
    details: { from, to, reason, ...(previous !== RequestStatus.SUBMITTED && { previousStatus: previous }) },
  });
  c.emit({ kind: 'REQUEST_REDIRECTED', requestId: request.id, messageId: message.id, participantIds: [...audience] });
}

/**
 * A member leaving a team gives back the open requests of the team they hold: each waits in its queue again.
 * Run under the team's lock, before the membership is deleted.
 */
export async function requeueOnLeave(c: Change, teamId: string, memberId: string, name: string): Promise<void> {
  const held = await c.tx.teleexpertiseRequest.findMany({
    where: { teamId, expertId: memberId, status: { in: OPEN_STATUSES } },
    select: { id: true },
    orderBy: { id: 'asc' },
  });
  for (const { id } of held) {
    const request = await lockRequest(c.tx, id, memberId, { members: true });
    await move(
      c,
      request,
      { expertId: null, teamId },
      {
        body: `${name} left the team: the request waits in its queue again`,
        told: [],
        // The membership is deleted once its requests are given back.
        queue: request.teamMemberIds.filter((id) => id !== memberId),
        reason: 'left the team',
      },
    );
  }
}

/**
 * The absent expert (or a coordinator of the absent team) gives every open request they hold (the team's
 * waiting ones) to the absence's backup, in one transaction. Returns the ids of the requests redirected.
 */
export function handOverToBackup(
  services: Services,
  actorId: string,
  absenceId: string,
  reason: string,
): Promise<string[]> {
  const why = redirectReason(reason);
  return change(services, { id: actorId }, async (c) => {
    const absence = await c.tx.absence.findUnique({
      where: { id: absenceId },
      select: { professionalId: true, teamId: true, backupProfessionalId: true, backupTeamId: true },
    });
    if (!absence) throw notFound('Absence');
    await checkAbsenceOwner(c, absence, actorId);
    const target = { expertId: absence.backupProfessionalId, teamId: absence.backupTeamId };
    if (!target.expertId && !target.teamId)
      throw badInput('This absence names no backup: redirect requests one by one');
    const held = absence.professionalId
      ? { expertId: absence.professionalId }
      : { teamId: absence.teamId, expertId: null };
    const open = await c.tx.teleexpertiseRequest.findMany({
      where: { ...held, status: { in: OPEN_STATUSES } },
      select: { id: true },
      orderBy: { id: 'asc' },
    });
    for (const { id } of open)
      await redirectTo(c, await lockRequest(c.tx, id, actorId, { members: true }), target, why);
    return open.map(({ id }) => id);
  });
}

/** The absent expert themselves, or a coordinator of the absent team; FORBIDDEN for anyone else (absences are public). */
async function checkAbsenceOwner(
  c: Change,
  absence: { professionalId: string | null; teamId: string | null },
  actorId: string,
): Promise<void> {
  if (absence.professionalId === actorId) return;
  const coordinates =
    absence.teamId &&
    (await c.tx.teamMember.findFirst({
      where: { teamId: absence.teamId, professionalId: actorId, role: 'COORDINATOR' },
      select: { role: true },
    }));
  if (!coordinates) throw forbidden('Only the expert away, or a coordinator of the team away, hands its requests over');
}

/** The expert holding the request, or a coordinator of its team (not on its requester's side). */
async function checkRedirector(c: Change, request: LockedRequest): Promise<void> {
  const coordinator =
    request.side === 'TEAM' && request.teamId !== null && (await coordinates(c.tx, request.teamId, c.actor.id));
  if (request.side === 'EXPERT' || coordinator) {
    if (!OPEN_STATUSES.includes(request.status))
      throw conflict(`This request is ${request.status}: only an open request is redirected`, {
        status: request.status,
      });
    return;
  }
  throw forbidden(
    request.side === 'REQUESTER'
      ? 'Only the expert or a coordinator of its team redirects a request: withdraw it and ask someone else'
      : 'Only the expert holding this request, or a coordinator of its team, redirects it',
  );
}

function checkTarget(request: LockedRequest, addressee: Addressee): void {
  const same = addressee.expertId
    ? addressee.expertId === request.expertId
    : addressee.teamId === request.teamId && request.expertId === null;
  if (same) throw badInput('The request is already there: redirect it to another expert or team');
}

async function nameOfTarget(c: Change, addressee: Addressee): Promise<string> {
  if (addressee.teamId) {
    const team = await c.tx.team.findUniqueOrThrow({ where: { id: addressee.teamId }, select: { name: true } });
    return team.name;
  }
  const expert = await c.tx.professional.findUniqueOrThrow({
    where: { id: addressee.expertId! },
    select: { firstName: true, lastName: true },
  });
  return `${expert.firstName} ${expert.lastName}`;
}

/** The new expert's unread count starts from what they read (as a member); a team's, from nothing read. */
async function recountForNewExpert(c: Change, request: LockedRequest, expertId: string | null): Promise<void> {
  if (!expertId) {
    await c.tx.teleexpertiseRequest.updateMany({
      where: { id: request.id },
      data: { expertUnread: request.lastSequence },
    });
    return;
  }
  const mark = await c.tx.readMark.findUnique({
    where: { requestId_professionalId: { requestId: request.id, professionalId: expertId } },
    select: { lastReadSequence: true },
  });
  await c.tx.$executeRaw(recountAfterRead(request.id, expertId, mark?.lastReadSequence ?? 0));
}
