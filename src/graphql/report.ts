// The expert's report (compte-rendu): the Report type, its transmissions, and signing it.
import { receivedReportWhere, visibleRequestWhere } from '../domain/access.ts';
import { receivedReports, submitReport } from '../domain/reports.ts';
import { FollowUp, OutboxStatus, RecipientRole, TransmissionChannel } from '../generated/prisma/enums.ts';
import { builder } from './builder.ts';
import type { Context } from './context.ts';
import { MAX_PAGE_SIZE, pageArgs } from './pagination.ts';
import { RequestNode } from './request.ts';

const FollowUpEnum = builder.enumType(FollowUp, {
  name: 'FollowUp',
  description:
    'What the expert proposes next: nothing, an in-person consultation, a hospital referral, or another professional.',
});
const TransmissionChannelEnum = builder.enumType(TransmissionChannel, {
  name: 'TransmissionChannel',
  description: 'IN_APP: in this application; SECURE_EMAIL: a secure mail (MSSanté) with the report as a PDF.',
});
const RecipientRoleEnum = builder.enumType(RecipientRole, {
  name: 'RecipientRole',
  description: 'Why the professional receives the report.',
});

const TransmissionStatusEnum = builder.enumType(OutboxStatus, {
  name: 'TransmissionStatus',
  description:
    'QUEUED: waiting for the mail server (or to be tried again); SENT: accepted by the mail server (IN_APP: at once); FAILED: given up, see failureReason.',
});

/** What the outbox says of a secure mail; an IN_APP transmission has no mail and was delivered when queued. */
const outboxState = {
  select: {
    outbox: { select: { status: true, attempts: true, lastError: true, failedAt: true, nextAttemptAt: true } },
  },
} as const;

builder.prismaObject('ReportTransmission', {
  description: 'The report delivered to one professional on one channel.',
  fields: (t) => ({
    status: t.field({
      type: TransmissionStatusEnum,
      ...outboxState,
      resolve: (transmission) => transmission.outbox?.status ?? OutboxStatus.SENT,
    }),
    attempts: t.int({
      description: 'Attempts to hand the secure mail to the mail server so far (0 for IN_APP).',
      ...outboxState,
      resolve: (transmission) => transmission.outbox?.attempts ?? 0,
    }),
    failureReason: t.string({
      nullable: true,
      description:
        'Why the last attempt failed, in words a person can act on (e.g. the address refused by the recipient’s server); null once sent.',
      ...outboxState,
      resolve: (transmission) =>
        transmission.outbox?.status === OutboxStatus.SENT ? null : (transmission.outbox?.lastError ?? null),
    }),
    failedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the secure mail was given up (FAILED).',
      ...outboxState,
      resolve: (transmission) => transmission.outbox?.failedAt ?? null,
    }),
    nextAttemptAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'While QUEUED: when the secure mail will be tried (again).',
      ...outboxState,
      resolve: (transmission) =>
        transmission.outbox?.status === OutboxStatus.QUEUED ? transmission.outbox.nextAttemptAt : null,
    }),
    recipient: t.relation('recipient'),
    role: t.expose('role', { type: RecipientRoleEnum }),
    channel: t.expose('channel', { type: TransmissionChannelEnum }),
    address: t.exposeString('address', { nullable: true, description: 'The MSSanté address, for SECURE_EMAIL.' }),
    queuedAt: t.expose('queuedAt', { type: 'DateTime' }),
    sentAt: t.expose('sentAt', {
      type: 'DateTime',
      nullable: true,
      description: 'Null while a secure mail waits in the outbox.',
    }),
  }),
});

export const ReportNode = builder.prismaNode('Report', {
  description:
    'A signed version of the expert’s report (compte-rendu). Never changed once signed: a correction is a new version, and the earlier ones stay readable. Visible to the request’s participants and to the treating doctor it was transmitted to.',
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, ctx) => ({
    id,
    OR: [
      { request: { is: visibleRequestWhere(ctx.viewer.id) } },
      { transmissions: { some: receivedReportWhere(ctx.viewer.id) } },
    ],
  }),
  fields: (t) => ({
    version: t.exposeInt('version', { description: '1 for the first signature, then 2, 3… for corrections.' }),
    conclusion: t.string({
      description: 'Reading the report’s content (conclusion, proposed treatments, complementary exams) is traced.',
      select: { id: true, requestId: true, conclusion: true },
      resolve: async (report, _args, ctx) => (await traceRead(report, ctx), report.conclusion),
    }),
    proposedTreatments: t.string({
      nullable: true,
      select: { id: true, requestId: true, proposedTreatments: true },
      resolve: async (report, _args, ctx) => (await traceRead(report, ctx), report.proposedTreatments),
    }),
    complementaryExams: t.string({
      nullable: true,
      select: { id: true, requestId: true, complementaryExams: true },
      resolve: async (report, _args, ctx) => (await traceRead(report, ctx), report.complementaryExams),
    }),
    followUp: t.expose('followUp', { type: FollowUpEnum }),
    correctionReason: t.exposeString('correctionReason', {
      nullable: true,
      description: 'What this version corrects (versions after the first).',
    }),
    signedAt: t.expose('signedAt', { type: 'DateTime' }),
    author: t.relation('author', { description: 'The expert who signed it.' }),
    transmissions: t.relation('transmissions', { query: { orderBy: [{ queuedAt: 'asc' }, { id: 'asc' }] } }),
    request: t.relation('request', {
      description: 'Its request: a professional who only received the report sees nothing else of it.',
    }),
  }),
});

/** Health data: each report a caller reads is traced once per operation. */
function traceRead(report: { id: string; requestId: string }, ctx: Context): Promise<true> {
  return ctx.loaders.reportRead.load({ reportId: report.id, requestId: report.requestId });
}

builder.queryField('receivedReports', (t) =>
  t.prismaConnection({
    type: 'Report',
    cursor: 'id',
    description:
      'Reports transmitted to the caller as the patient’s treating doctor, in requests they do not take part in; the latest first.',
    defaultSize: 20,
    maxSize: MAX_PAGE_SIZE,
    resolve: (query, _root, args, ctx) => {
      pageArgs(args);
      return ctx.db.prisma.report.findMany({ ...query, ...receivedReports(ctx.viewer.id) });
    },
  }),
);

const SubmitReportInput = builder.inputType('SubmitReportInput', {
  fields: (t) => ({
    requestId: t.globalID({ required: true, for: RequestNode }),
    conclusion: t.string({ required: true }),
    proposedTreatments: t.string({ required: false }),
    complementaryExams: t.string({ required: false }),
    followUp: t.field({ type: FollowUpEnum, required: true }),
    correctionReason: t.string({
      required: false,
      description: 'To correct a signed report: what the new version corrects. Required then, refused otherwise.',
    }),
  }),
});

builder.mutationField('submitReport', (t) =>
  t.prismaField({
    type: 'Report',
    description:
      'The expert signs the report: the request becomes REPORTED (from SUBMITTED, INFO_REQUESTED or ACCEPTED), the acts are billed, and the report is transmitted to the requester, the professional in whose name the request was made, and the treating doctor (in the app, and by secure mail when their address is known). On a REPORTED request, with correctionReason, it signs a corrected version.',
    args: { input: t.arg({ type: SubmitReportInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await submitReport(ctx.services, ctx.viewer.id, { ...input, requestId: input.requestId.id });
      return ctx.db.prisma.report.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
);
