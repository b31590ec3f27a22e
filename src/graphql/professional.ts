// Professionals: the Node type, `me`, the practice structure and contact details they declare, and the shared enums.
import { CONTACT_SELECT, updateContactDetails, type ContactColumns } from '../domain/contact-details.ts';
import { forbidden } from '../domain/errors.ts';
import { updatePracticeStructure } from '../domain/professionals.ts';
import { ContactSource, ExpertTool, PatientIdentityPolicy, Profession } from '../generated/prisma/enums.ts';
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

const ContactSourceEnum = builder.enumType(ContactSource, {
  name: 'ContactSource',
  description:
    "Who set an address: the identity provider's token (TOKEN, refreshed when a token is checked) or the professional (SELF, kept until they change or clear it).",
});

const ContactDetailsRef = builder.objectRef<ContactColumns>('ContactDetails').implement({
  description: "The caller's own addresses and where each came from; null while unset (docs/api.md#contact-details).",
  fields: (t) => ({
    email: t.string({
      nullable: true,
      description: 'Plain e-mail, for notifications that carry no health data.',
      resolve: (row) => row.email ?? null,
    }),
    emailSource: t.field({ type: ContactSourceEnum, nullable: true, resolve: (row) => row.emailSource ?? null }),
    secureEmail: t.string({
      nullable: true,
      description: 'Secure health mail (MSSanté) address, where signed reports are mailed.',
      resolve: (row) => row.secureEmail ?? null,
    }),
    secureEmailSource: t.field({
      type: ContactSourceEnum,
      nullable: true,
      resolve: (row) => row.secureEmailSource ?? null,
    }),
  }),
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
    contactDetails: t.field({
      type: ContactDetailsRef,
      // Nullable, so that a FORBIDDEN here leaves the rest of the professional readable.
      nullable: true,
      description:
        "The professional's addresses and their sources: readable by that professional only (on `me`); null with FORBIDDEN for anyone else.",
      select: CONTACT_SELECT,
      resolve: (professional, _args, ctx) => {
        if (professional.id !== ctx.viewer.id)
          throw forbidden('Professional.contactDetails is private to the professional: read your own on me');
        return professional;
      },
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

const ContactDetailsInput = builder.inputType('ContactDetailsInput', {
  description: 'A field left out is unchanged; null (or a blank string) clears it and lets the token fill it again.',
  fields: (t) => ({
    email: t.string({ required: false, description: 'Plain e-mail address, at most 254 characters.' }),
    secureEmail: t.string({
      required: false,
      description: 'MSSanté address: its domain ends in .mssante.fr (e.g. jean.dupont@medecin.mssante.fr).',
    }),
  }),
});

builder.mutationField('updateContactDetails', (t) =>
  t.prismaField({
    type: 'Professional',
    description:
      "Sets or clears the caller's e-mail and MSSanté addresses (source SELF: the token no longer replaces them); a bad address is BAD_USER_INPUT naming its field, and nothing is written. Traced without the addresses.",
    args: { input: t.arg({ type: ContactDetailsInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      await updateContactDetails(ctx.services, ctx.viewer.id, input);
      return ctx.db.prisma.professional.findUniqueOrThrow({ ...query, where: { id: ctx.viewer.id } });
    },
  }),
);
