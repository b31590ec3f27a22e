// Demandes de téléexpertise: sending a request to an expert, and the expert's triage (docs/workflow.md#the-workflow-step-by-step, steps 2–4 and 9).
import type { Prisma } from '../generated/prisma/client.ts';
import { MessageKind, RequestStatus } from '../generated/prisma/enums.ts';
import { audienceOf, lockRequest, requireSide, type LockedRequest, type PartySide } from './access.ts';
import { ABSENCE_FOR_REQUESTER, checkAvailability } from './availability.ts';
import { change, isUniqueViolation, type Actor, type Change, type Services } from './changes.ts';
import { checkConsent, type ConsentInput } from './consent.ts';
import { appendMessage, changeStatus, clientId, MAX_BODY_LENGTH, type NewMessage } from './conversation.ts';
import { liveDelegation } from './delegations.ts';
import { badInput, conflict, notFound } from './errors.ts';
import { type CheckedFile, checkUploads, type Upload } from './files.ts';
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

      return openRequest(c, addressee, {
        onBehalfOfId,
        delegationId: delegation?.id ?? null,
        question,
        consent,
        patient,
        files,
        copies: [],
        clientRequestId,
        resubmittedFromId: null,
      });
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

/**
 * The requester's side sends a declined request to someone else without retyping it: a new request linked
 * to it, with its question, patient, consent and the attachments the requester's side sent. Sent again, it
 * returns the first resubmission. Returns the new request's id.
 */
export async function resubmitRequest(
  services: Services,
  actorId: string,
  requestId: string,
  target: Pick<CreateRequestInput, 'expertId' | 'teamId' | 'waitForReturn'>,
): Promise<string> {
  checkOneAddressee(target);
  const original = await services.prisma.teleexpertiseRequest.findUnique({
    where: { id: requestId },
    select: { requesterId: true, onBehalfOfId: true },
  });
  // The resubmission is made in the same professional's name (NOT_FOUND below for anyone not on that side).
  const onBehalfOfId = inWhoseName(actorId, original ? (original.onBehalfOfId ?? original.requesterId) : null);
  return change(services, { id: actorId, onBehalfOfId }, async (c) => {
    const declined = await lockRequest(c.tx, requestId, actorId);
    requireSide(declined, 'REQUESTER', 'resubmit the request');
    if (declined.status !== RequestStatus.DECLINED)
      throw conflict(`This request is ${declined.status}: only a declined request is resubmitted`);
    const earlier = await c.tx.teleexpertiseRequest.findUnique({
      where: { resubmittedFromId: declined.id },
      select: { id: true },
    });
    if (earlier) return earlier.id;
    const addressee = await findAddressee(c, target);
    if (addressee.expertId !== null && addressee.expertId === declined.expertId)
      throw badInput('This expert declined the request: resubmit it to someone else');
    checkAddressee(addressee, { id: actorId, onBehalfOfId }, declined.patientId === null, target, c.now);
    const delegation = onBehalfOfId ? await liveDelegation(c.tx, onBehalfOfId, actorId) : null;
    return openRequest(c, addressee, {
      ...(await contentOf(c, declined)),
      onBehalfOfId,
      delegationId: delegation?.id ?? null,
      files: [],
      clientRequestId: null,
      resubmittedFromId: declined.id,
    });
  });
}

/** What a resubmission copies of a request: question, consent, patient, and the requester's side's attachments. */
async function contentOf(c: Change, request: LockedRequest) {
  const sent = await c.tx.teleexpertiseRequest.findUniqueOrThrow({
    where: { id: request.id },
    select: {
      question: true,
      consentGivenBy: true,
      consentCollectedAt: true,
      consentNotCollectedReason: true,
      patient: {
        select: {
          birthName: true,
          usedName: true,
          firstNames: true,
          birthDate: true,
          sex: true,
          ins: true,
          treatingDoctorId: true,
        },
      },
      messages: {
        where: {
          kind: MessageKind.TEXT,
          authorId: { in: [request.requesterId, request.onBehalfOfId ?? request.requesterId] },
        },
        orderBy: { sequence: 'asc' },
        select: {
          attachments: { select: { fileName: true, mediaType: true, size: true, sha256: true, uploadedById: true } },
        },
      },
    },
  });
  const { question, consentGivenBy, consentCollectedAt, consentNotCollectedReason, patient, messages } = sent;
  return {
    question,
    consent: { consentGivenBy, consentCollectedAt, consentNotCollectedReason },
    patient,
    copies: messages.flatMap((message) => message.attachments),
  };
}

/** What a new request holds, checked: its question, consent, patient, attachments, and where it comes from. */
interface RequestContent {
  onBehalfOfId: string | null;
  delegationId: string | null;
  question: string;
  consent: ReturnType<typeof checkConsent>;
  patient: Prisma.PatientUncheckedCreateInput | null;
  files: CheckedFile[];
  /** Attachments sent again by reference (a resubmission's). */
  copies: NonNullable<NewMessage['copies']>;
  clientRequestId: string | null;
  resubmittedFromId: string | null;
}

/**
 * Writes a new request to a checked addressee: its patient, the request, the opening prerequisites, then the
 * question with its attachments; traced and announced. Returns its id.
 */
async function openRequest(c: Change, addressee: Addressee, content: RequestContent): Promise<string> {
  const dueAt = latestDeadline(c.now);
  const patientRecord = content.patient
    ? await c.tx.patient.create({ data: content.patient, select: { id: true } })
    : null;
  const { expertId, teamId } = addressee;
  const { onBehalfOfId, delegationId, question, clientRequestId, resubmittedFromId } = content;
  const created = await c.tx.teleexpertiseRequest.create({
    data: {
      requesterId: c.actor.id,
      onBehalfOfId,
      delegationId,
      expertId,
      teamId,
      question,
      ...content.consent,
      patientId: patientRecord?.id ?? null,
      dueAt,
      clientRequestId,
      resubmittedFromId,
      lastActivityAt: c.now,
      createdAt: c.now,
    },
    select: { id: true, patientId: true },
  });
  const parties = { requesterId: c.actor.id, onBehalfOfId, expertId, teamId };
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
    delegationLive: true,
    teamMemberIds: addressee.memberIds,
    coordinatorIds: [],
  };
  traceCreation(c, request, content);
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
  await appendMessage(c, request, {
    kind: MessageKind.TEXT,
    body: question,
    authorId: c.actor.id,
    files: content.files,
    copies: content.copies,
  });
  return request.id;
}

function traceCreation(c: Change, request: LockedRequest, content: RequestContent): void {
  const common = { requestId: request.id };
  const { delegationId, resubmittedFromId } = content;
  c.trace({
    ...common,
    action: 'request.create',
    entityType: 'TeleexpertiseRequest',
    entityId: request.id,
    details: {
      expertId: request.expertId,
      teamId: request.teamId,
      delegated: delegationId !== null,
      anonymized: request.patientId === null,
      ...(resubmittedFromId && { resubmittedFromId }),
    },
  });
  c.trace({
    ...common,
    action: 'consent.record',
    entityType: 'TeleexpertiseRequest',
    entityId: request.id,
    details: { givenBy: content.consent.consentGivenBy },
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
