// Demandes de téléexpertise: sending a request to an expert, and the expert's triage (docs/workflow.md#the-workflow-step-by-step, steps 2–4 and 9).
import type { Prisma } from '../generated/prisma/client.ts';
import { MessageKind, RequestStatus } from '../generated/prisma/enums.ts';
import { audienceOf, lockRequest, requireSide, type LockedRequest, type PartySide } from './access.ts';
import { ABSENCE_FOR_REQUESTER, checkAvailability } from './availability.ts';
import { change, isUniqueViolation, type Actor, type Change, type Services } from './changes.ts';
import { checkConsent, type ConsentInput } from './consent.ts';
import { appendMessage, changeStatus, clientId, MAX_BODY_LENGTH } from './conversation.ts';
import { liveDelegation } from './delegations.ts';
import { badInput, notFound } from './errors.ts';
import { checkUploads, type Upload } from './files.ts';
import { NEW_DEADLINE } from './deadlines.ts';
import { assertTransition, latestDeadline } from './lifecycle.ts';
import { checkPatient, type PatientInput } from './patients.ts';

export interface CreateRequestInput {
  /** Exactly one of expertId and teamId: whom the request is sent to. */
  expertId?: string | null;
  teamId?: string | null;
  onBehalfOfId?: string | null;
  question: string;
  patient?: PatientInput | null;
  consent: ConsentInput;
  attachments?: readonly Upload[] | null;
  clientRequestId?: string | null;
  /** The requester knows the expert is away and sends anyway, to wait for their return. */
  waitForReturn?: boolean | null;
}

/** In whose name the caller asks: `onBehalfOfId`, unless it names the caller themselves (then no delegation is used). */
export function inWhoseName(actorId: string, onBehalfOfId: string | null | undefined): string | null {
  return onBehalfOfId && onBehalfOfId !== actorId ? onBehalfOfId : null;
}

/** No one asks themselves for an opinion, either directly or through a delegate acting in their name. */
export function refuseSelfRequest(expertId: string, actor: Actor): void {
  if (expertId === actor.id || expertId === actor.onBehalfOfId)
    throw badInput('You cannot ask yourself for an expert opinion: choose another expert');
}

const NO_PREREQUISITES = 'No particular prerequisites: send your question with the documents you find useful.';

/** What a request is sent to, as createRequest checks and opens it: a listed expert, or a listed team's queue. */
export interface Addressee extends DirectoryProfile {
  kind: 'expert' | 'team';
  expertId: string | null;
  teamId: string | null;
  /** A team's members: they are told of the new request, and none of them may ask their own team. */
  memberIds: string[];
  /** The author of the opening prerequisites: the expert, or nobody for a team (it speaks for all its members). */
  prerequisitesAuthorId: string | null;
}

interface DirectoryProfile {
  tool: 'IN_APP' | 'EXTERNAL';
  externalUrl: string | null;
  patientIdentityPolicy: 'REQUIRED' | 'OPTIONAL';
  prerequisites: string | null;
  acceptsNewRequests: boolean;
  templates: { fileName: string; mediaType: string; size: number; sha256: string; uploadedById: string }[];
  absences: Prisma.AbsenceGetPayload<typeof ABSENCE_FOR_REQUESTER>[];
}

const PROFILE_SELECT = {
  tool: true,
  externalUrl: true,
  patientIdentityPolicy: true,
  prerequisites: true,
  acceptsNewRequests: true,
  templates: { orderBy: { createdAt: 'asc' } },
} as const;

/** The listed expert or team the input names (exactly one); NOT_FOUND for one that is not listed. */
export async function findAddressee(
  c: Change,
  input: Pick<CreateRequestInput, 'expertId' | 'teamId'>,
): Promise<Addressee> {
  const absences = { where: { endsAt: { gt: c.now } }, ...ABSENCE_FOR_REQUESTER };
  if (input.teamId) {
    const team = await c.tx.team.findUnique({
      where: { id: input.teamId },
      select: { id: true, listed: true, ...PROFILE_SELECT, absences, members: { select: { professionalId: true } } },
    });
    if (!team?.listed) throw notFound('Team');
    const { id, members, ...profile } = team;
    const memberIds = members.map((member) => member.professionalId);
    return { kind: 'team', expertId: null, teamId: id, memberIds, prerequisitesAuthorId: null, ...profile };
  }
  const expert = await c.tx.professional.findUnique({
    where: { id: input.expertId! },
    select: { id: true, expertProfile: { select: { listed: true, ...PROFILE_SELECT } }, absences },
  });
  if (!expert?.expertProfile?.listed) throw notFound('Expert');
  const { listed: _listed, ...profile } = expert.expertProfile;
  const ids = { expertId: expert.id, teamId: null, memberIds: [], prerequisitesAuthorId: expert.id };
  return { kind: 'expert', ...ids, ...profile, absences: expert.absences };
}

/** Whether the request may go to this addressee, checked before anything is written. */
export function checkAddressee(
  addressee: Addressee,
  actor: Actor,
  anonymized: boolean,
  input: Pick<CreateRequestInput, 'waitForReturn'>,
  now: Date,
) {
  if (addressee.tool === 'EXTERNAL') {
    throw badInput(
      `This ${addressee.kind} answers in an external tool: send the request there (extensions.externalUrl)`,
      { externalUrl: addressee.externalUrl },
    );
  }
  if (addressee.expertId) refuseSelfRequest(addressee.expertId, actor);
  if ([actor.id, actor.onBehalfOfId].some((id) => id && addressee.memberIds.includes(id)))
    throw badInput('You cannot ask a team you are a member of: choose another team or an expert');
  checkAvailability(addressee, now, input.waitForReturn === true);
  if (anonymized && addressee.patientIdentityPolicy === 'REQUIRED') {
    throw badInput(
      `This ${addressee.kind} requires the patient's identity: fill in patient (only an OPTIONAL policy accepts anonymized requests)`,
    );
  }
}

/** Exactly one addressee: an expert or a team. */
export function checkOneAddressee(input: Pick<CreateRequestInput, 'expertId' | 'teamId'>): void {
  if (Boolean(input.expertId) === Boolean(input.teamId))
    throw badInput('Name whom you ask: an expert (expertId) or a team (teamId), not both');
}

/**
 * Sends a request to a listed expert, or to a listed team, where it waits unassigned in the team's queue
 * (docs/rules.md#team-requests): the conversation opens with the prerequisites (docs/workflow.md#opening-message),
 * then the question with its attachments. A retry with the same clientRequestId returns the first request.
 * Returns the request id.
 */
export async function createRequest(
  services: Services,
  actorId: string,
  input: CreateRequestInput,
  limits: { maxUploadBytes: number },
): Promise<string> {
  const question = input.question.trim();
  if (question === '') throw badInput('The question is empty: say what you ask the expert');
  if (question.length > MAX_BODY_LENGTH)
    throw badInput(`The question is longer than ${MAX_BODY_LENGTH} characters: attach a document instead`);
  checkOneAddressee(input);
  const clientRequestId = clientId(input.clientRequestId, 'clientRequestId');
  if (clientRequestId) {
    const first = await services.prisma.teleexpertiseRequest.findUnique({
      where: { requesterId_clientRequestId: { requesterId: actorId, clientRequestId } },
      select: { id: true },
    });
    if (first) return first.id;
  }
  const now = new Date();
  const consent = checkConsent(input.consent, now);
  const patient = input.patient ? checkPatient(input.patient, now) : null;
  const files = await checkUploads(input.attachments, limits.maxUploadBytes);
  const onBehalfOfId = inWhoseName(actorId, input.onBehalfOfId);

  try {
    return await change(services, { id: actorId, onBehalfOfId }, async (c) => {
      const addressee = await findAddressee(c, input);
      checkAddressee(addressee, { id: actorId, onBehalfOfId }, !patient, input, c.now);
      const delegation = onBehalfOfId ? await liveDelegation(c.tx, onBehalfOfId, actorId) : null;
      if (patient?.treatingDoctorId) {
        const doctor = await c.tx.professional.findUnique({
          where: { id: patient.treatingDoctorId },
          select: { id: true },
        });
        if (!doctor) throw badInput('patient.treatingDoctorId names no known professional');
      }

      const dueAt = latestDeadline(c.now);
      const patientRecord = patient ? await c.tx.patient.create({ data: patient, select: { id: true } }) : null;
      const { expertId, teamId } = addressee;
      const created = await c.tx.teleexpertiseRequest.create({
        data: {
          requesterId: actorId,
          onBehalfOfId,
          delegationId: delegation?.id ?? null,
          expertId,
          teamId,
          question,
          ...consent,
          patientId: patientRecord?.id ?? null,
          dueAt,
          clientRequestId,
          lastActivityAt: c.now,
          createdAt: c.now,
        },
        select: { id: true, patientId: true },
      });
      const parties = { requesterId: actorId, onBehalfOfId, expertId, teamId };
      const request: LockedRequest = {
        id: created.id,
        status: RequestStatus.SUBMITTED,
        ...parties,
        patientId: created.patientId,
        lastSequence: 0,
        createdAt: c.now,
        dueAt,
        side: 'REQUESTER',
        participantIds: audienceOf(parties, true, addressee.memberIds),
        teamMemberIds: addressee.memberIds,
        coordinatorIds: [],
      };
      traceCreation(c, request, consent.consentGivenBy, Boolean(delegation));
      c.emit({ kind: 'REQUEST_CREATED', requestId: request.id, participantIds: request.participantIds });

      await appendMessage(c, request, {
        kind: MessageKind.PREREQUISITES,
        body: addressee.prerequisites ?? NO_PREREQUISITES,
        authorId: addressee.prerequisitesAuthorId,
        copies: addressee.templates.map(({ fileName, mediaType, size, sha256, uploadedById }) => ({
          fileName,
          mediaType,
          size,
          sha256,
          uploadedById,
        })),
      });
      await appendMessage(c, request, { kind: MessageKind.TEXT, body: question, authorId: actorId, files });
      return request.id;
    });
  } catch (error) {
    // The same retry sent twice at once: the first one won.
    if (clientRequestId && isUniqueViolation(error, 'clientRequestId')) {
      const first = await services.prisma.teleexpertiseRequest.findUniqueOrThrow({
        where: { requesterId_clientRequestId: { requesterId: actorId, clientRequestId } },
        select: { id: true },
      });
      return first.id;
    }
    throw error;
  }
}

function traceCreation(c: Change, request: LockedRequest, consentGivenBy: string, delegated: boolean): void {
  const common = { requestId: request.id };
  c.trace({
    ...common,
    action: 'request.create',
    entityType: 'TeleexpertiseRequest',
    entityId: request.id,
    details: { expertId: request.expertId, teamId: request.teamId, delegated, anonymized: request.patientId === null },
  });
  c.trace({
    ...common,
    action: 'consent.record',
    entityType: 'TeleexpertiseRequest',
    entityId: request.id,
    details: { givenBy: consentGivenBy },
  });
  if (request.patientId)
    c.trace({ ...common, action: 'patient.record', entityType: 'Patient', entityId: request.patientId });
}

const MAX_REASON_LENGTH = 5000;

function requiredText(value: string, what: string): string {
  const text = value.trim();
  if (text === '') throw badInput(`${what} is required`);
  if (text.length > MAX_REASON_LENGTH) throw badInput(`${what} is longer than ${MAX_REASON_LENGTH} characters`);
  return text;
}

/** Locks the request, checks that the caller's side may move it to `to`, then applies the move. */
function transition(
  services: Services,
  actorId: string,
  requestId: string,
  move: { side: PartySide; action: string; to: RequestStatus },
  apply: (c: Change, request: LockedRequest) => Promise<void>,
): Promise<string> {
  return change(services, { id: actorId }, async (c) => {
    const request = await lockRequest(c.tx, requestId, actorId);
    requireSide(request, move.side, move.action);
    assertTransition(request.status, move.to);
    await apply(c, request);
    return request.id;
  });
}

/** Triage: the expert needs more documents or information; the message goes to the conversation. */
export async function requestInformation(
  services: Services,
  actorId: string,
  requestId: string,
  message: string,
): Promise<string> {
  const body = requiredText(message, 'The message saying what information is needed');
  return transition(
    services,
    actorId,
    requestId,
    { side: 'EXPERT', action: 'request information', to: RequestStatus.INFO_REQUESTED },
    async (c, request) => {
      await appendMessage(c, request, { kind: MessageKind.TEXT, body, authorId: actorId });
      await changeStatus(
        c,
        request,
        RequestStatus.INFO_REQUESTED,
        { infoRequestedAt: c.now },
        'The expert asked for more information',
      );
    },
  );
}

/** Triage: the téléexpertise is feasible; the expert sets the response deadline, at most 7 days after the request. */
export async function acceptRequest(
  services: Services,
  actorId: string,
  requestId: string,
  responseDueAt: Date,
): Promise<string> {
  return transition(
    services,
    actorId,
    requestId,
    { side: 'EXPERT', action: 'accept the request', to: RequestStatus.ACCEPTED },
    async (c, request) => {
      const latest = latestDeadline(request.createdAt);
      if (responseDueAt.getTime() <= c.now.getTime())
        throw badInput('responseDueAt is past: set a deadline in the future', { latestAllowed: latest.toISOString() });
      if (responseDueAt.getTime() > latest.getTime()) {
        throw badInput(
          `responseDueAt is too late: the expert answers within 7 days of the request, by ${latest.toISOString()} at the latest`,
          {
            latestAllowed: latest.toISOString(),
          },
        );
      }
      const summary = `The expert accepted the request and will answer by ${responseDueAt.toISOString()}`;
      await changeStatus(
        c,
        request,
        RequestStatus.ACCEPTED,
        { acceptedAt: c.now, responseDueAt, dueAt: responseDueAt, ...NEW_DEADLINE },
        summary,
      );
    },
  );
}

/** Triage: the téléexpertise is not feasible; the justification is mandatory and traced. */
export async function declineRequest(
  services: Services,
  actorId: string,
  requestId: string,
  reason: string,
): Promise<string> {
  const justification = requiredText(reason, 'The reason for declining');
  return transition(
    services,
    actorId,
    requestId,
    { side: 'EXPERT', action: 'decline the request', to: RequestStatus.DECLINED },
    (c, request) =>
      changeStatus(
        c,
        request,
        RequestStatus.DECLINED,
        { declinedAt: c.now, declineReason: justification },
        `The expert declined the request: ${justification}`,
      ),
  );
}

/** The requester withdraws the request before the report. */
export async function withdrawRequest(
  services: Services,
  actorId: string,
  requestId: string,
  reason: string | null | undefined,
): Promise<string> {
  const why = reason?.trim() ? requiredText(reason, 'The reason') : null;
  const summary = why ? `The requester withdrew the request: ${why}` : 'The requester withdrew the request';
  return transition(
    services,
    actorId,
    requestId,
    { side: 'REQUESTER', action: 'withdraw the request', to: RequestStatus.WITHDRAWN },
    (c, request) =>
      changeStatus(c, request, RequestStatus.WITHDRAWN, { withdrawnAt: c.now, withdrawReason: why }, summary),
  );
}
