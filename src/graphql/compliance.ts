// The compliance grid of a request (HAS patient tracer, docs/rules.md#compliance-grid), computed from its own trace.
import {
  COMPLIANCE_COLUMNS,
  NOT_ASSESSED,
  requestComplianceGrid,
  type ComplianceItem,
  type CompliancePart,
  type TraceEntry,
} from '../domain/compliance.ts';
import { builder } from './builder.ts';
import { ProfessionalNode } from './professional.ts';

const PartEnum = builder.enumType('CompliancePartKind', {
  values: ['REQUEST', 'PREPARATION', 'REALISATION', 'CONCLUSION'] as const,
});
const StatusEnum = builder.enumType('ComplianceStatus', {
  values: {
    SATISFIED: { description: 'The trace shows it was done.' },
    NOT_SATISFIED: { description: 'It should have been done and the trace does not show it.' },
    PENDING: { description: 'Not due yet: the request is still open.' },
    NOT_APPLICABLE: {
      description: 'Does not apply to this request (e.g. a refusal’s justification when the expert did not refuse).',
    },
  } as const,
});
const ItemCodeEnum = builder.enumType('ComplianceItemCode', {
  values: [
    'FEASIBILITY_DOCUMENTED',
    'CONSENT_TRACED',
    'DATA_SENT',
    'DEADLINE_SET',
    'OPINION_GIVEN',
    'REFUSAL_JUSTIFIED',
    'REPORT_WRITTEN_IN_TIME',
    'REPORT_TRANSMITTED_TO_REQUESTER',
    'REPORT_TRANSMITTED_TO_TREATING_DOCTOR',
  ] as const,
});

const EvidenceRef = builder.objectRef<TraceEntry>('ComplianceEvidence').implement({
  description: 'A record of the request’s trace (audit) that an item rests on.',
  fields: (t) => ({
    action: t.string({
      description: 'What was recorded, e.g. consent.record, report.sign, report.transmit.',
      resolve: (entry) => entry.action,
    }),
    at: t.field({ type: 'DateTime', resolve: (entry) => entry.at }),
    actor: t.prismaField({
      type: ProfessionalNode,
      nullable: true,
      description: 'Who acted; null for the system.',
      // With the query's selection: batched by Prisma into one statement for all the entries.
      resolve: (query, entry, _args, ctx) =>
        entry.actorId ? ctx.db.prisma.professional.findUnique({ ...query, where: { id: entry.actorId } }) : null,
    }),
  }),
});

const ItemRef = builder.objectRef<ComplianceItem>('ComplianceItem').implement({
  fields: (t) => ({
    code: t.field({ type: ItemCodeEnum, resolve: (item) => item.code }),
    label: t.string({
      description: 'The grid’s item, in French, after the HAS wording.',
      resolve: (item) => item.label,
    }),
    status: t.field({ type: StatusEnum, resolve: (item) => item.status }),
    satisfied: t.boolean({ resolve: (item) => item.status === 'SATISFIED' }),
    explanation: t.string({ description: 'What the trace shows.', resolve: (item) => item.explanation }),
    evidence: t.field({ type: [EvidenceRef], resolve: (item) => item.evidence }),
  }),
});

const PartRef = builder.objectRef<CompliancePart>('CompliancePart').implement({
  fields: (t) => ({
    part: t.field({ type: PartEnum, resolve: (part) => part.part }),
    title: t.string({ resolve: (part) => part.title }),
    items: t.field({ type: [ItemRef], resolve: (part) => part.items }),
  }),
});

const GridRef = builder.objectRef<CompliancePart[]>('ComplianceGrid').implement({
  description:
    'The HAS patient-tracer grid for téléexpertise (request, preparation, realisation, conclusion), from the request’s own trace.',
  fields: (t) => ({
    complete: t.boolean({
      description:
        'Every item this grid assesses is satisfied or does not apply: nothing missing, nothing pending. The items of notAssessed are not part of it.',
      resolve: (parts) =>
        parts.every((part) =>
          part.items.every((item) => item.status === 'SATISFIED' || item.status === 'NOT_APPLICABLE'),
        ),
    }),
    parts: t.field({ type: [PartRef], resolve: (parts) => parts }),
    notAssessed: t.stringList({
      description:
        'Items of the HAS grid this application cannot see in its trace (the patient’s information, the INS check, the patient file and DMP…): for the auditor to check elsewhere.',
      resolve: () => NOT_ASSESSED,
    }),
  }),
});

builder.prismaObjectField('TeleexpertiseRequest', 'compliance', (t) =>
  t.field({
    type: GridRef,
    description: 'The HAS patient-tracer grid of this request, each item with the trace records that prove it.',
    select: COMPLIANCE_COLUMNS,
    resolve: async (request, _args, ctx) =>
      requestComplianceGrid(request, await ctx.loaders.complianceTrace.load(request.id)),
  }),
);
