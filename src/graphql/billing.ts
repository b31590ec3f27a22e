// Billing: the acts signing a report created, the billing office's worklist, their export, and the forecast a requester
// reads before sending.
import { LIVE_DELEGATION, visibleRequestWhere } from '../domain/access.ts';
import { REASON_TEXT, reimbursementForecast, type ForecastAct } from '../domain/billing.ts';
import { checkPeriod, exportPath } from '../domain/billing-export.ts';
import { actsOwner, billingActsQuery, setBillingStatus } from '../domain/billing-worklist.ts';
import { TariffZone } from '../domain/tariffs.ts';
import { BillingCode, BillingStatus, NonReimbursableReason } from '../generated/prisma/enums.ts';
import { builder } from './builder.ts';
import { downloadUrl } from './context.ts';
import { ProfessionalNode } from './professional.ts';
import { PatientInputType } from './request.ts';

const BillingCodeEnum = builder.enumType(BillingCode, {
  name: 'BillingCode',
  description: 'TE2: the expert’s téléexpertise act (physician or midwife); RQD: the requester’s request act.',
});
const NonReimbursableReasonEnum = builder.enumType(NonReimbursableReason, {
  name: 'NonReimbursableReason',
  description:
    'ANONYMIZED_PATIENT: an unidentified patient cannot be billed; YEARLY_LIMIT_REACHED: the professional who bills it already billed 4 acts of this code for this patient this calendar year; SAME_PRACTICE_STRUCTURE: the requester and the expert (physicians) practise at the same structure (maison de santé, same site).',
});
const BillingStatusEnum = builder.enumType(BillingStatus, {
  name: 'BillingStatus',
  description:
    'Where an act stands with the billing office: TO_BILL (new), TRANSMITTED (the FSE was sent), PAID, REJECTED (by the caisse, with its reason). TO_BILL → TRANSMITTED; TRANSMITTED → PAID, REJECTED or TO_BILL; REJECTED → TO_BILL or TRANSMITTED; PAID is final.',
});
const TariffZoneEnum = builder.enumType(TariffZone, {
  name: 'TariffZone',
  description:
    'The tariff zone of the billing professional’s place of practice: DROM for postal codes 971, 972, 973, 974 and 976 (Guadeloupe, Martinique, Guyane, La Réunion, Mayotte), else METROPOLE.',
});

export const BillingActNode = builder.prismaNode('BillingAct', {
  description: 'An act billable to the health insurance (acte facturable), created when the report was signed.',
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, ctx) => ({
    id,
    OR: [
      { professionalId: ctx.viewer.id },
      { professional: { delegationsGranted: { some: { delegateId: ctx.viewer.id, ...LIVE_DELEGATION } } } },
      { request: { is: visibleRequestWhere(ctx.viewer.id) } },
    ],
  }),
  fields: (t) => ({
    code: t.expose('code', { type: BillingCodeEnum }),
    amountCents: t.exposeInt('amountCents', { description: 'The tariff in force on the act date, in euro cents.' }),
    actDate: t.expose('actDate', { type: 'Date', description: 'The day the report was signed, in France.' }),
    reimbursable: t.exposeBoolean('reimbursable'),
    reasonCode: t.expose('reason', { type: NonReimbursableReasonEnum, nullable: true }),
    reason: t.string({
      nullable: true,
      description: 'Why the act is not reimbursable; null when it is.',
      select: { reason: true },
      resolve: (act) => (act.reason ? REASON_TEXT[act.reason] : null),
    }),
    status: t.expose('status', { type: BillingStatusEnum }),
    rejectionReason: t.exposeString('rejectionReason', {
      nullable: true,
      description: 'The caisse’s reason, while the status is REJECTED.',
    }),
    statusChangedAt: t.expose('statusChangedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the status last changed; null while it is the first TO_BILL.',
    }),
    professional: t.relation('professional', { description: 'Who bills it.' }),
    request: t.relation('request'),
  }),
});

const OnBehalfOfArg = {
  description: 'The professional whose acts to read, who granted the caller a live delegation; left out: the caller.',
} as const;

builder.queryField('billingActs', (t) =>
  t.prismaField({
    type: ['BillingAct'],
    description:
      'The caller’s own acts (or, with `onBehalfOfId`, those of a professional they are a live delegate of) dated from `from` to `to` (both included), oldest first, of the statuses given (all when left out). At most 366 days at once.',
    args: {
      from: t.arg({ type: 'Date', required: true }),
      to: t.arg({ type: 'Date', required: true }),
      status: t.arg({ type: [BillingStatusEnum], required: false, description: 'Any of these statuses.' }),
      onBehalfOfId: t.arg.globalID({ required: false, for: ProfessionalNode, ...OnBehalfOfArg }),
    },
    resolve: async (query, _root, { from, to, status, onBehalfOfId }, ctx) => {
      const period = checkPeriod(from, to);
      const owner = await actsOwner(ctx.db.prisma, ctx.viewer.id, onBehalfOfId?.id);
      return ctx.db.prisma.billingAct.findMany({
        ...query,
        ...billingActsQuery(owner, { ...period, statuses: status }),
      });
    },
  }),
);

builder.queryField('billingExportUrl', (t) =>
  t.string({
    description:
      'A signed URL (valid a few minutes, for the caller only) to a CSV of the caller’s acts (or, with `onBehalfOfId`, of a professional they are a live delegate of) for the period, with their billing status, which French spreadsheets and billing tools open as is: UTF-8 with a BOM, semicolons, decimal commas, dates as DD/MM/YYYY.',
    args: {
      from: t.arg({ type: 'Date', required: true }),
      to: t.arg({ type: 'Date', required: true }),
      onBehalfOfId: t.arg.globalID({ required: false, for: ProfessionalNode, ...OnBehalfOfArg }),
    },
    resolve: async (_root, { from, to, onBehalfOfId }, ctx) => {
      const period = checkPeriod(from, to);
      const owner = await actsOwner(ctx.db.prisma, ctx.viewer.id, onBehalfOfId?.id);
      return downloadUrl(ctx, exportPath(period, owner.onBehalfOfId));
    },
  }),
);

builder.mutationField('setBillingStatus', (t) =>
  t.prismaField({
    type: 'BillingAct',
    description:
      'Moves an act along the billing office’s worklist, by the professional who bills it or their live delegate; REJECTED needs the caisse’s `reason`. Traced.',
    args: {
      actId: t.arg.globalID({ required: true, for: BillingActNode }),
      status: t.arg({ type: BillingStatusEnum, required: true }),
      reason: t.arg.string({ required: false, description: 'The caisse’s reason: required for REJECTED only.' }),
    },
    resolve: async (query, _root, { actId, status, reason }, ctx) => {
      await setBillingStatus(ctx.services, ctx.viewer.id, { actId: actId.id, status, reason });
      return ctx.db.prisma.billingAct.findUniqueOrThrow({ ...query, where: { id: actId.id } });
    },
  }),
);

const ForecastActRef = builder.objectRef<ForecastAct>('ReimbursementForecastAct').implement({
  description: 'An act that signing the report today would create.',
  fields: (t) => ({
    code: t.field({ type: BillingCodeEnum, resolve: (act) => act.code }),
    professional: t.prismaField({
      type: ProfessionalNode,
      description: 'Who would bill it.',
      resolve: (query, act, _args, ctx) =>
        ctx.db.prisma.professional.findUniqueOrThrow({ ...query, where: { id: act.professionalId } }),
    }),
    amountCents: t.int({ resolve: (act) => act.amountCents }),
    zone: t.field({
      type: TariffZoneEnum,
      description: 'The zone whose tariff applies: that of the billing professional’s place of practice.',
      resolve: (act) => act.zone,
    }),
    reimbursable: t.boolean({ resolve: (act) => act.reimbursable }),
    reasonCode: t.field({ type: NonReimbursableReasonEnum, nullable: true, resolve: (act) => act.reason }),
    reason: t.string({ nullable: true, resolve: (act) => (act.reason ? REASON_TEXT[act.reason] : null) }),
  }),
});

const ForecastRef = builder.objectRef<{ acts: ForecastAct[] }>('ReimbursementForecast').implement({
  description:
    'Whether a request would be reimbursed if its report were signed today. Advisory: reports signed for the same patient in the meantime count first. A profession that may not bill a code gets no act for it.',
  fields: (t) => ({
    reimbursable: t.boolean({
      description: 'Every act it would create is reimbursable (false when it would create none).',
      resolve: ({ acts }) => acts.length > 0 && acts.every((act) => act.reimbursable),
    }),
    acts: t.field({ type: [ForecastActRef], resolve: ({ acts }) => acts }),
  }),
});

builder.queryField('reimbursementForecast', (t) =>
  t.field({
    type: ForecastRef,
    description:
      'Before sending a request: for each act signing it would create, who bills it, the amount and, when not reimbursable, why (professions and their dates, zone, anonymization, same practice structure, the acts each professional already billed for the patient this calendar year). The check is traced.',
    args: {
      expertId: t.arg.globalID({ required: true, for: ProfessionalNode }),
      onBehalfOfId: t.arg.globalID({ required: false, for: ProfessionalNode }),
      patient: t.arg({ type: PatientInputType, required: false, description: 'Leave out for an anonymized request.' }),
    },
    resolve: async (_root, { expertId, onBehalfOfId, patient }, ctx) => ({
      acts: await reimbursementForecast(ctx.db.prisma, ctx.viewer.id, {
        expertId: expertId.id,
        onBehalfOfId: onBehalfOfId?.id,
        patient,
      }),
    }),
  }),
);
