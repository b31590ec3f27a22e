// Téléexpertise requests: the Node type, the inbox (`requests`), creation and the expert's triage.
import { prismaConnectionHelpers } from '@pothos/plugin-prisma';
import {
  isParticipant,
  sideOf,
  visibleOrReceivedRequestWhere,
  visibleRequestWhere,
  type RequestParties,
} from '../domain/access.ts';
import { badInput } from '../domain/errors.ts';
import { type InboxFilter, readInbox } from '../domain/inbox.ts';
import { synthesisPathFor } from '../domain/synthesis.ts';
import { UNREAD_COLUMNS, unreadFor } from '../domain/unread.ts';
import { allowedTransitions, isOverdue } from '../domain/lifecycle.ts';
import {
  acceptRequest,
  createRequest,
  type CreateRequestInput,
  declineRequest,
  requestInformation,
  resubmitRequest,
  withdrawRequest,
} from '../domain/requests.ts';
import type { Prisma, TeleexpertiseRequest } from '../generated/prisma/client.ts';
import { ConsentGivenBy, RequestStatus } from '../generated/prisma/enums.ts';
import { builder } from './builder.ts';
import { type Context, downloadUrl } from './context.ts';
import { conversationOf } from './loaders.ts';
import { MAX_PAGE_SIZE, pageArgs, pageInfoOf, pageRequest } from './pagination.ts';
import { selectionFor } from './selection.ts';
import { ProfessionalNode } from './professional.ts';
import { TeamNode } from './teams.ts';

export const RequestStatusEnum = builder.enumType(RequestStatus, {
  name: 'RequestStatus',
  description:
    'SUBMITTED → INFO_REQUESTED ⇄ SUBMITTED → ACCEPTED → REPORTED; SUBMITTED or INFO_REQUESTED → DECLINED; anything before REPORTED → WITHDRAWN.',
});
const ConsentGivenByEnum = builder.enumType(ConsentGivenBy, { name: 'ConsentGivenBy' });
export const RequestRoleEnum = builder.enumType('RequestRole', {
  values: {
    REQUESTER: { description: 'The requester, or the professional in whose name it was made.' },
    EXPERT: { description: 'The expert: named by the requester, or the member of the team who holds the request.' },
    TEAM_MEMBER: {
      description:
        'viewerRole only: a member of the team the request was sent to, who does not hold it; reads it, and claims it while no one holds it.',
    },
  } as const,
  description: 'The side of a request.',
});

/** The GraphQL name of each side. */
const ROLE_OF_SIDE = { REQUESTER: 'REQUESTER', EXPERT: 'EXPERT', TEAM: 'TEAM_MEMBER' } as const;

interface ConsentShape {
  givenBy: ConsentGivenBy;
  collectedAt: Date | null;
  notCollectedReason: string | null;
}

const ConsentRef = builder.objectRef<ConsentShape>('Consent').implement({
  description:
    "The patient's consent (consentement), recorded by the requester before sending, or why it could not be collected.",
  fields: (t) => ({
    givenBy: t.expose('givenBy', { type: ConsentGivenByEnum }),
    collectedAt: t.expose('collectedAt', { type: 'DateTime', nullable: true }),
    notCollectedReason: t.exposeString('notCollectedReason', { nullable: true }),
  }),
});

const PatientRef = builder.prismaObject('Patient', {
  description: 'The patient a request is about; reading it is traced.',
  fields: (t) => ({
    birthName: t.exposeString('birthName', { description: 'Nom de naissance.' }),
    usedName: t.exposeString('usedName', { nullable: true, description: "Nom d'usage." }),
    firstNames: t.exposeString('firstNames'),
    birthDate: t.expose('birthDate', { type: 'Date' }),
    sex: t.exposeString('sex', { description: 'F, M or U (unknown).' }),
    ins: t.exposeString('ins', { nullable: true, description: 'Identifiant national de santé, when known.' }),
    treatingDoctor: t.relation('treatingDoctor', { nullable: true, description: 'Médecin traitant, when known.' }),
  }),
});

const MESSAGE_PAGE_SIZE = 50;

/** The conversation's pages as Pothos reads connection arguments, so that they are checked exactly as before. */
const messagePage = prismaConnectionHelpers(builder, 'Message', {
  cursor: 'requestId_sequence',
  defaultSize: MESSAGE_PAGE_SIZE,
  maxSize: MAX_PAGE_SIZE,
});

// A connection's `select` on a Prisma object is typed as the parent's shape, which no function has, and what it selects
// stays out of the parent's type (see conversationOf): https://github.com/hayes/pothos/issues/1131, @pothos/plugin-prisma
// 4.17.0 (https://github.com/hayes/pothos/blob/73cf601de7ae63e48a9bea077a1a9e8914775a18/packages/plugin-prisma/src/types.ts#L649).
function connectionSelect(select: ConnectionSelect): RequestRow & ConnectionSelect {
  return select as RequestRow & ConnectionSelect;
}

type ConnectionSelect = (
  args: PothosSchemaTypes.DefaultConnectionArguments,
  ctx: Context,
) => Prisma.TeleexpertiseRequestSelect;

/** A request as its node reads it whatever the query asks (the node's `select`). */
type RequestRow = Pick<TeleexpertiseRequest, keyof typeof NODE_COLUMNS>;

/** The columns `participates` reads, for resolvers that load requests themselves. */
export const PARTY_COLUMNS = {
  requesterId: true,
  onBehalfOfId: true,
  expertId: true,
  teamId: true,
  delegationId: true,
} as const;

/** Only the columns the query asks for (each field names what it reads), and the parties, which every field's check reads. */
const NODE_COLUMNS = { id: true, ...PARTY_COLUMNS } as const;

export const RequestNode = builder.prismaNode('TeleexpertiseRequest', {
  description:
    'A téléexpertise request (demande) and its conversation; visible to its participants only. A professional who was sent its synthesis reads `id` and `synthesisUrl`; the treating doctor it was transmitted to reads `id` and `report`; any other field is FORBIDDEN to them.',
  id: { field: 'id', skipTypeScopes: true },
  nullable: true,
  findUnique: (id, ctx) => ({
    id,
    AND: [visibleOrReceivedRequestWhere(ctx.viewer.id)],
  }),
  select: NODE_COLUMNS,
  authScopes: (request, ctx) => participates(request, ctx),
  fields: (t) => ({
    status: t.expose('status', { type: RequestStatusEnum }),
    question: t.exposeString('question'),
    expert: t.relation('expert', {
      nullable: true,
      description: 'The expert who answers; null while a request to a team waits in its queue (see `team`).',
    }),
    team: t.relation('team', {
      nullable: true,
      description: 'The team the request was sent to, whose members read it; null for a request to an expert.',
    }),
    resubmittedFrom: t.prismaField({
      type: 'TeleexpertiseRequest',
      nullable: true,
      description: 'The declined request this one was resubmitted from, for whoever takes part in it (else null).',
      select: { resubmittedFromId: true },
      resolve: (query, request, _args, ctx) =>
        request.resubmittedFromId
          ? ctx.db.prisma.teleexpertiseRequest.findFirst({
              ...query,
              where: { id: request.resubmittedFromId, AND: [visibleRequestWhere(ctx.viewer.id)] },
            })
          : null,
    }),
    resubmittedAs: t.prismaField({
      type: 'TeleexpertiseRequest',
      nullable: true,
      description: 'The request this declined one was resubmitted as, for whoever takes part in it (else null).',
      resolve: (query, request, _args, ctx) =>
        ctx.db.prisma.teleexpertiseRequest.findFirst({
          ...query,
          where: { resubmittedFromId: request.id, AND: [visibleRequestWhere(ctx.viewer.id)] },
        }),
    }),
    assignedAt: t.expose('assignedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'For a request to a team: when its expert claimed it or was assigned it.',
    }),
    requester: t.relation('requester', { description: 'The account that made the request (possibly a delegate).' }),
    onBehalfOf: t.relation('onBehalfOf', {
      nullable: true,
      description: 'The professional in whose name a delegate made it.',
    }),
    viewerRole: t.field({
      type: RequestRoleEnum,
      description: "The caller's side of this request.",
      select: { requesterId: true, onBehalfOfId: true, expertId: true, teamId: true },
      // Only participants read this field (the type's check): one who is no party is a member of the team.
      resolve: (request, _args, ctx) =>
        ROLE_OF_SIDE[sideOf(request, { delegationLive: true, teamMember: true }, ctx.viewer.id) ?? 'REQUESTER'],
    }),
    patient: t.field({
      type: PatientRef,
      nullable: true,
      description: 'Null when the requester anonymized the request. Each read is traced.',
      select: (_args, _ctx, nestedSelection) => ({ id: true, patient: nestedSelection(true) }),
      resolve: async (request, _args, ctx) => {
        if (!request.patient) return null;
        await ctx.loaders.patientRead.load({ requestId: request.id, patientId: request.patient.id });
        return request.patient;
      },
    }),
    consent: t.field({
      type: ConsentRef,
      select: { consentGivenBy: true, consentCollectedAt: true, consentNotCollectedReason: true },
      resolve: (request) => ({
        givenBy: request.consentGivenBy,
        collectedAt: request.consentCollectedAt,
        notCollectedReason: request.consentNotCollectedReason,
      }),
    }),
    responseDueAt: t.expose('responseDueAt', {
      type: 'DateTime',
      nullable: true,
      description: 'The deadline the expert set on accepting.',
    }),
    dueAt: t.expose('dueAt', {
      type: 'DateTime',
      description: 'The deadline in force: 7 days after sending, or responseDueAt once accepted.',
    }),
    isOverdue: t.boolean({
      description: 'The deadline passed and the expert has not answered yet.',
      select: { status: true, dueAt: true },
      resolve: (request) => isOverdue(request),
    }),
    allowedTransitions: t.field({
      type: [RequestStatusEnum],
      description: 'The statuses this request can move to now (each by its side: see the mutations).',
      select: { status: true },
      resolve: (request) => allowedTransitions(request.status),
    }),
    unreadCount: t.int({
      description: 'Messages the caller has not read yet (their own excluded).',
      select: UNREAD_COLUMNS,
      resolve: (request, _args, ctx) => unreadFor(request, ctx.viewer.id),
    }),
    lastMessage: t.relation('lastMessage', { nullable: true }),
    messages: t.prismaConnection(
      {
        type: 'Message',
        cursor: 'requestId_sequence',
        description: 'The conversation in sequence order; `last`/`before` read it from the latest message backwards.',
        defaultSize: MESSAGE_PAGE_SIZE,
        maxSize: MAX_PAGE_SIZE,
        // Checked while the request's query is planned: a page asked wrongly fails before anything is read or written.
        select: connectionSelect((args, ctx) => {
          messagePage.getQuery(args, ctx, () => true);
          pageArgs(args);
          return { lastSequence: true };
        }),
        // Not joined into the request's query, where PostgreSQL would build the whole conversation (see loadMessagePages).
        resolve: (query, request, _args, ctx) => ctx.loaders.messagePages(query).load(conversationOf(request)),
      },
      { name: 'MessageConnection' },
      { name: 'MessageEdge' },
    ),
    report: t.relation('report', {
      nullable: true,
      description: 'The report in force (the latest signed version); null until the expert signs.',
      skipTypeScopes: true,
      authScopes: async (request, _args, ctx) =>
        (await participates(request, ctx)) || ctx.loaders.reportReceived.load(request.id),
    }),
    reports: t.relation('reports', {
      description: 'Every signed version of the report, the first one first.',
      query: { orderBy: { version: 'asc' } },
    }),
    synthesisUrl: t.string({
      description:
        'The PDF synthesis of the whole conversation (parties, patient, consent, messages, attachments, report): a signed URL valid for a few minutes, for the caller only. For a participant it is generated at download time; for a professional it was shared with, it is the synthesis as it was sent.',
      skipTypeScopes: true,
      resolve: async (request, _args, ctx) => {
        const path = await synthesisPathFor(request.id, {
          participates: () => participates(request, ctx),
          sharedSynthesisId: () => ctx.loaders.receivedSynthesis.load(request.id),
        });
        return downloadUrl(ctx, path);
      },
    }),
    billingActs: t.relation('billingActs', {
      description: 'The acts billed when the report was signed (TE2 for the expert, RQD for the requester).',
      query: { orderBy: [{ code: 'asc' }, { id: 'asc' }] },
    }),
    declineReason: t.exposeString('declineReason', { nullable: true }),
    withdrawReason: t.exposeString('withdrawReason', { nullable: true }),
    infoRequestedAt: t.expose('infoRequestedAt', { type: 'DateTime', nullable: true }),
    acceptedAt: t.expose('acceptedAt', { type: 'DateTime', nullable: true }),
    declinedAt: t.expose('declinedAt', { type: 'DateTime', nullable: true }),
    withdrawnAt: t.expose('withdrawnAt', { type: 'DateTime', nullable: true }),
    reportedAt: t.expose('reportedAt', { type: 'DateTime', nullable: true }),
    lastActivityAt: t.expose('lastActivityAt', {
      type: 'DateTime',
      description: 'The latest message or status change.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the request was sent.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

/** Whether the caller takes part in the request (see isParticipant), rather than having only received its synthesis or report. */
export function participates(
  request: RequestParties & { delegationId: string | null },
  ctx: Pick<Context, 'viewer' | 'loaders'>,
): boolean | Promise<boolean> {
  return isParticipant(request, ctx.viewer.id, {
    delegationLive: (id) => ctx.loaders.delegationLive.load(id),
    teamMember: (id) => ctx.loaders.teamMember.load(id),
  });
}

const RequestConnection = builder.connectionObject(
  { type: RequestNode, name: 'TeleexpertiseRequestConnection' },
  { name: 'TeleexpertiseRequestEdge' },
);

const RequestFilterInput = builder.inputType('RequestFilter', {
  description: 'Every criterion given must match.',
  fields: (t) => ({
    role: t.field({
      type: RequestRoleEnum,
      required: false,
      description: 'Only the requests where the caller is on this side (REQUESTER or EXPERT).',
    }),
    teamId: t.globalID({
      required: false,
      for: TeamNode,
      description:
        'The team’s queue instead of the caller’s own requests (members only): the requests no one holds first, then the others, each by latest activity. Not with role.',
    }),
    status: t.field({
      type: [RequestStatusEnum],
      required: false,
      description: 'Only requests in one of these statuses.',
    }),
    overdue: t.boolean({
      required: false,
      description: 'true: only overdue requests; false: only requests that are not.',
    }),
  }),
});

const DEFAULT_PAGE_SIZE = 20;

builder.queryField('requests', (t) =>
  t.field({
    type: RequestConnection,
    description: `The caller's inbox: requests they are a party to (or, with filter.teamId, a team's queue), the latest activity first (${DEFAULT_PAGE_SIZE} a page by default); \`last\`/\`before\` page it backwards from its end (the oldest activity).`,
    args: {
      filter: t.arg({ type: RequestFilterInput, required: false }),
      first: t.arg.int({ required: false }),
      after: t.arg.string({ required: false }),
      last: t.arg.int({ required: false }),
      before: t.arg.string({ required: false }),
    },
    resolve: async (_root, args, ctx, info) => {
      const page = pageRequest(args, DEFAULT_PAGE_SIZE);
      const selection = selectionFor(ctx, info, 'TeleexpertiseRequest', ['edges', 'node'], NODE_COLUMNS);
      const filter = args.filter && inboxFilter(args.filter);
      const inbox = await readInbox(ctx.db.prisma, ctx.viewer.id, { ...page, filter }, (where) =>
        ctx.db.prisma.teleexpertiseRequest.findMany({ ...selection, where }),
      );
      return { edges: inbox.edges, pageInfo: pageInfoOf(args, page, inbox) };
    },
  }),
);

/** The filter with its global ids decoded; TEAM_MEMBER is a role one holds, not a list (the team's queue is filter.teamId). */
function inboxFilter({ role, teamId, ...filter }: typeof RequestFilterInput.$inferInput): InboxFilter {
  if (role === 'TEAM_MEMBER')
    throw badInput("filter.role TEAM_MEMBER lists nothing: read a team's queue with filter.teamId");
  return { ...filter, role, teamId: teamId?.id ?? null };
}

export const PatientInputType = builder.inputType('PatientInput', {
  description: 'The patient’s identity as in the national referential (INS).',
  fields: (t) => ({
    birthName: t.string({ required: true, description: 'Nom de naissance.' }),
    usedName: t.string({ required: false, description: "Nom d'usage." }),
    firstNames: t.string({ required: true }),
    birthDate: t.field({ type: 'Date', required: true }),
    sex: t.string({ required: true, description: 'F, M or U (unknown).' }),
    ins: t.string({ required: false, description: 'Identifiant national de santé (15 characters), when known.' }),
    treatingDoctorId: t.globalID({
      required: false,
      for: ProfessionalNode,
      description: 'The médecin traitant, when known.',
    }),
  }),
});

const ConsentInputType = builder.inputType('ConsentInput', {
  description: 'Mandatory: who gave consent and when, or why it could not be collected.',
  fields: (t) => ({
    givenBy: t.field({ type: ConsentGivenByEnum, required: true }),
    collectedAt: t.field({ type: 'DateTime', required: false, description: 'Required unless NOT_COLLECTED.' }),
    notCollectedReason: t.string({
      required: false,
      description: 'Required when NOT_COLLECTED (emergency, incapacity…).',
    }),
  }),
});

const CreateRequestInputType = builder.inputType('CreateRequestInput', {
  fields: (t) => ({
    expertId: t.globalID({ required: false, for: ProfessionalNode, description: 'The expert asked; or teamId.' }),
    teamId: t.globalID({
      required: false,
      for: TeamNode,
      description: 'The team asked, instead of an expert: the request waits in its queue until a member takes it.',
    }),
    onBehalfOfId: t.globalID({
      required: false,
      for: ProfessionalNode,
      description: 'Make the request in the name of a professional who granted the caller a delegation.',
    }),
    question: t.string({ required: true }),
    patient: t.field({
      type: PatientInputType,
      required: false,
      description: 'Leave out to anonymize, when the expert accepts it.',
    }),
    consent: t.field({ type: ConsentInputType, required: true }),
    attachments: t.field({ type: ['File'], required: false }),
    clientRequestId: t.string({
      required: false,
      description: 'A key of the client’s choosing: a retry with the same key returns the first request.',
    }),
    waitForReturn: t.boolean({
      required: false,
      description:
        'true: send to an expert who is away (EXPERT_ABSENT otherwise, with their return date and backup), to wait for their return.',
    }),
  }),
});

builder.mutationField('createRequest', (t) =>
  t.prismaField({
    type: 'TeleexpertiseRequest',
    description:
      'Sends a request to a listed expert, or to a listed team (exactly one of expertId and teamId): a team’s request waits unassigned in its queue, told to every member, until one claims it or a coordinator assigns it. The conversation opens with the expert’s or team’s prerequisites, then the question. An EXTERNAL-tool expert is BAD_USER_INPUT with extensions.externalUrl; an expert away is EXPERT_ABSENT (unless waitForReturn), one taking no new request EXPERT_UNAVAILABLE, both before anything is sent.',
    args: { input: t.arg({ type: CreateRequestInputType, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await createRequest(ctx.services, ctx.viewer.id, requestInput(input), {
        maxUploadBytes: ctx.maxUploadBytes,
      });
      return ctx.db.prisma.teleexpertiseRequest.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
);

/** The input with its global ids decoded to record ids. */
function requestInput(input: typeof CreateRequestInputType.$inferInput): CreateRequestInput {
  const { expertId, teamId, onBehalfOfId, patient } = input;
  return {
    ...input,
    expertId: expertId?.id ?? null,
    teamId: teamId?.id ?? null,
    onBehalfOfId: onBehalfOfId?.id ?? null,
    patient: patient && { ...patient, treatingDoctorId: patient.treatingDoctorId?.id ?? null },
  };
}

builder.mutationField('requestInformation', (t) =>
  t.prismaField({
    type: 'TeleexpertiseRequest',
    description:
      'Triage by the expert: more documents or information are needed (SUBMITTED → INFO_REQUESTED); the message goes to the conversation.',
    args: {
      requestId: t.arg.globalID({ required: true, for: RequestNode }),
      message: t.arg.string({ required: true }),
    },
    resolve: async (query, _root, { requestId, message }, ctx) => {
      const id = await requestInformation(ctx.services, ctx.viewer.id, requestId.id, message);
      return ctx.db.prisma.teleexpertiseRequest.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
);

builder.mutationField('acceptRequest', (t) =>
  t.prismaField({
    type: 'TeleexpertiseRequest',
    description:
      'Triage by the expert: feasible (SUBMITTED → ACCEPTED), with a deadline in the future and at most 7 days after the request was sent.',
    args: {
      requestId: t.arg.globalID({ required: true, for: RequestNode }),
      responseDueAt: t.arg({ type: 'DateTime', required: true }),
    },
    resolve: async (query, _root, { requestId, responseDueAt }, ctx) => {
      const id = await acceptRequest(ctx.services, ctx.viewer.id, requestId.id, responseDueAt);
      return ctx.db.prisma.teleexpertiseRequest.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
);

builder.mutationField('declineRequest', (t) =>
  t.prismaField({
    type: 'TeleexpertiseRequest',
    description: 'Triage by the expert: not feasible (→ DECLINED), with a mandatory justification.',
    args: {
      requestId: t.arg.globalID({ required: true, for: RequestNode }),
      reason: t.arg.string({ required: true }),
    },
    resolve: async (query, _root, { requestId, reason }, ctx) => {
      const id = await declineRequest(ctx.services, ctx.viewer.id, requestId.id, reason);
      return ctx.db.prisma.teleexpertiseRequest.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
);

builder.mutationField('withdrawRequest', (t) =>
  t.prismaField({
    type: 'TeleexpertiseRequest',
    description: 'The requester withdraws the request before the report (→ WITHDRAWN).',
    args: {
      requestId: t.arg.globalID({ required: true, for: RequestNode }),
      reason: t.arg.string({ required: false }),
    },
    resolve: async (query, _root, { requestId, reason }, ctx) => {
      const id = await withdrawRequest(ctx.services, ctx.viewer.id, requestId.id, reason);
      return ctx.db.prisma.teleexpertiseRequest.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
);

builder.mutationField('resubmitRequest', (t) =>
  t.prismaField({
    type: 'TeleexpertiseRequest',
    description:
      'The requester’s side sends a DECLINED request to another expert or team (exactly one of expertId and teamId) without retyping: a new request, linked to it (resubmittedFrom), with its question, patient, consent and the attachments they sent. Checked as createRequest checks it; sent again, returns the first resubmission.',
    args: {
      requestId: t.arg.globalID({ required: true, for: RequestNode }),
      expertId: t.arg.globalID({ required: false, for: ProfessionalNode }),
      teamId: t.arg.globalID({ required: false, for: TeamNode }),
      waitForReturn: t.arg.boolean({ required: false }),
    },
    resolve: async (query, _root, { requestId, expertId, teamId, waitForReturn }, ctx) => {
      const target = { expertId: expertId?.id ?? null, teamId: teamId?.id ?? null, waitForReturn };
      const id = await resubmitRequest(ctx.services, ctx.viewer.id, requestId.id, target);
      return ctx.db.prisma.teleexpertiseRequest.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
);
