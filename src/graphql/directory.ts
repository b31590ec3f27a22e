// The regional directory of experts: the expert declaration, the `experts` search and `updateExpertProfile`.
import { expertOrder, expertWhere, updateExpertProfile } from '../domain/directory.ts';
import { builder } from './builder.ts';
import { pageArgs } from './pagination.ts';
import { ExpertToolEnum, PatientIdentityPolicyEnum, ProfessionEnum } from './professional.ts';

builder.prismaNode('ExpertProfile', {
  description:
    "An expert's declaration (déclaration expert) in the regional directory; readable by every professional, as the professional is.",
  // One per professional: its id is the professional's, under its own type, so that normalized client caches keep one entry per profile.
  id: { field: 'professionalId' },
  // An unknown id is null in node/nodes, with NOT_FOUND (see the builder).
  nullable: true,
  fields: (t) => ({
    listed: t.exposeBoolean('listed', { description: 'Shown in the directory and open to requests.' }),
    activityDescription: t.exposeString('activityDescription', { nullable: true }),
    limitations: t.exposeString('limitations', {
      nullable: true,
      description: 'What the expert will not answer, and the territory covered.',
    }),
    prerequisites: t.exposeString('prerequisites', {
      nullable: true,
      description: 'Documents and information the expert requires from requesters.',
    }),
    tool: t.expose('tool', { type: ExpertToolEnum }),
    externalUrl: t.exposeString('externalUrl', { nullable: true }),
    patientIdentityPolicy: t.expose('patientIdentityPolicy', { type: PatientIdentityPolicyEnum }),
    acceptsNewRequests: t.exposeBoolean('acceptsNewRequests', {
      description: 'false: the expert takes no new request for now (createRequest is EXPERT_UNAVAILABLE).',
    }),
    professional: t.relation('professional'),
    prerequisiteTemplates: t.relation('templates', {
      description: 'Document templates the expert asks requesters to fill in and send back.',
      query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
    }),
  }),
});

export const ExpertFilterInput = builder.inputType('ExpertFilter', {
  description: 'Every criterion given must match; text is matched without regard to case or accents.',
  fields: (t) => ({
    text: t.string({ required: false, description: 'Words to find in names, specialty or activity description.' }),
    specialty: t.string({ required: false, description: 'Part of the specialty: "dermato" finds Dermatologie.' }),
    city: t.string({ required: false }),
    postalCode: t.string({ required: false, description: 'A postal code or its prefix: "69" finds the whole Rhône.' }),
    profession: t.field({ type: ProfessionEnum, required: false }),
  }),
});

builder.queryField('experts', (t) =>
  t.prismaConnection(
    {
      type: 'Professional',
      cursor: 'id',
      description: 'Listed experts, by last name, first name.',
      args: { filter: t.arg({ type: ExpertFilterInput, required: false }) },
      resolve: (query, _root, args, ctx) => {
        pageArgs(args);
        return ctx.db.prisma.professional.findMany({ ...query, where: expertWhere(args.filter), orderBy: expertOrder });
      },
    },
    { name: 'ExpertConnection' },
    { name: 'ExpertEdge' },
  ),
);

const ExpertProfileInput = builder.inputType('ExpertProfileInput', {
  description: 'Every field is optional: a field left out keeps its value (the profile is saved as the expert types).',
  fields: (t) => ({
    listed: t.boolean({ required: false }),
    activityDescription: t.string({ required: false }),
    limitations: t.string({ required: false }),
    prerequisites: t.string({ required: false }),
    tool: t.field({ type: ExpertToolEnum, required: false }),
    externalUrl: t.string({ required: false }),
    patientIdentityPolicy: t.field({ type: PatientIdentityPolicyEnum, required: false }),
    acceptsNewRequests: t.boolean({ required: false }),
  }),
});

builder.mutationField('updateExpertProfile', (t) =>
  t.prismaField({
    type: 'ExpertProfile',
    description: "Saves the caller's expert declaration; only the fields given change.",
    args: { input: t.arg({ type: ExpertProfileInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      await updateExpertProfile(ctx.services, ctx.viewer.id, input);
      return ctx.db.prisma.expertProfile.findUniqueOrThrow({ ...query, where: { professionalId: ctx.viewer.id } });
    },
  }),
);
