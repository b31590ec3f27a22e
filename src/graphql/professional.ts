// Professionals: the Node type, `me`, and the shared enums.
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
