// Professionals: the Node type, `me`, the practice structure they declare, and the shared enums.
import { updatePracticeStructure } from '../domain/professionals.ts';
import { ExpertTool, PatientIdentityPolicy, Profession } from '../generated/prisma/enums.ts';
import { builder } from './builder.ts';

export const ProfessionEnum = builder.enumType(Profession, {
  name: 'Profession',
  description: 'Health profession (profession de santé).',
});
export const ExpertToolEnum = builder.enumType(ExpertTool, {
  name: 'ExpertTool',
  description: 'Where an expert answers: in this application, or in an external tool the requester is redirected to.',
});
export const PatientIdentityPolicyEnum = builder.enumType(PatientIdentityPolicy, {
  name: 'PatientIdentityPolicy',
  description:
    "Whether the expert requires the patient's identity (REQUIRED) or accepts anonymized patients (OPTIONAL).",
});

export const ProfessionalNode = builder.prismaNode('Professional', {
  description: 'A health professional (professionnel de santé), identified by the national RPPS number.',
  id: { field: 'id' },
  // Only the columns a query asks for: a page lists many professionals (authors, parties), of whom clients show a name.
  select: { id: true },
  // An unknown id is null in node/nodes, with NOT_FOUND (see the builder).
  nullable: true,
  fields: (t) => ({
    rpps: t.exposeString('rpps', { description: 'National id (RPPS), 11 digits.' }),
    firstName: t.exposeString('firstName'),
    lastName: t.exposeString('lastName'),
    profession: t.expose('profession', { type: ProfessionEnum }),
    specialty: t.exposeString('specialty', { nullable: true }),
    city: t.exposeString('city', { nullable: true }),
    postalCode: t.exposeString('postalCode', { nullable: true }),
    secureEmail: t.exposeString('secureEmail', {
      nullable: true,
      description: 'Secure health mail (MSSanté) address.',
    }),
    practiceStructureId: t.exposeString('practiceStructureId', {
      nullable: true,
      description:
        'The FINESS (9 characters) or SIRET (14 digits) of the site the professional practises at, e.g. their maison de santé: physicians of one structure bill no téléexpertise between them.',
    }),
    isExpert: t.boolean({
      description: 'Listed in the directory of experts.',
      select: { expertProfile: { select: { listed: true } } },
      resolve: (professional) => professional.expertProfile?.listed ?? false,
    }),
    expertProfile: t.relation('expertProfile', {
      nullable: true,
      description: "The professional's expert declaration, if they ever made one.",
    }),
  }),
});

builder.queryField('me', (t) =>
  t.prismaField({
    type: 'Professional',
    description: 'The professional making the call.',
    resolve: (query, _root, _args, ctx) =>
      ctx.db.prisma.professional.findUniqueOrThrow({ ...query, where: { id: ctx.viewer.id } }),
  }),
);

builder.mutationField('updatePracticeStructure', (t) =>
  t.prismaField({
    type: 'Professional',
    description:
      'Declares the site the caller practises at, by its FINESS (9 characters) or SIRET (14 digits; spaces allowed), or clears it with null. Traced.',
    args: { practiceStructureId: t.arg.string({ required: false }) },
    resolve: async (query, _root, { practiceStructureId }, ctx) => {
      await updatePracticeStructure(ctx.services, ctx.viewer.id, practiceStructureId ?? null);
      return ctx.db.prisma.professional.findUniqueOrThrow({ ...query, where: { id: ctx.viewer.id } });
    },
  }),
);
