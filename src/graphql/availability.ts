// Availability in the directory: the Absence type on experts and teams, and declaring or cancelling one.
import { ABSENCES_SHOWN, absenceAt, cancelAbsence, declareAbsence } from '../domain/availability.ts';
import { builder } from './builder.ts';
import { ProfessionalNode } from './professional.ts';
import { DirectoryEntry, TeamNode } from './teams.ts';

export const AbsenceNode = builder.prismaNode('Absence', {
  description:
    'A period an expert or a team is away, with a message and whom to ask meanwhile; readable by every professional, as the directory is.',
  id: { field: 'id' },
  nullable: true,
  fields: (t) => ({
    startsAt: t.expose('startsAt', { type: 'DateTime' }),
    endsAt: t.expose('endsAt', { type: 'DateTime', description: 'The return: the absence ends then.' }),
    message: t.exposeString('message', { nullable: true }),
    current: t.boolean({
      description: 'Under way now.',
      select: { startsAt: true, endsAt: true },
      resolve: (absence) => absenceAt([absence], new Date()) !== undefined,
    }),
    backup: t.field({
      type: DirectoryEntry,
      nullable: true,
      description: 'The expert or team to ask meanwhile, when one is named.',
      select: { backupProfessional: true, backupTeam: true },
      resolve: (absence) => absence.backupProfessional ?? absence.backupTeam,
    }),
  }),
});

builder.prismaObjectField('ExpertProfile', 'absences', (t) =>
  t.field({
    type: [AbsenceNode],
    description: 'Absences under way or to come, by start (createRequest during one is EXPERT_ABSENT).',
    select: () => ({ professional: { select: { absences: ABSENCES_SHOWN(new Date()) } } }),
    resolve: (profile) => profile.professional.absences,
  }),
);

builder.prismaObjectField('Team', 'absences', (t) =>
  t.relation('absences', {
    description: 'Absences under way or to come, by start.',
    query: () => ABSENCES_SHOWN(new Date()),
  }),
);

const AbsenceInput = builder.inputType('AbsenceInput', {
  description: 'An absence of the caller (an expert), or of a team they coordinate (teamId).',
  fields: (t) => ({
    teamId: t.globalID({ required: false, for: TeamNode }),
    startsAt: t.field({ type: 'DateTime', required: true }),
    endsAt: t.field({ type: 'DateTime', required: true }),
    message: t.string({ required: false, description: 'Shown to requesters (at most 500 characters).' }),
    backupExpertId: t.globalID({ required: false, for: ProfessionalNode }),
    backupTeamId: t.globalID({ required: false, for: TeamNode }),
  }),
});

builder.mutationField('declareAbsence', (t) =>
  t.prismaField({
    type: 'Absence',
    description:
      'Declares an absence (of the caller, or of a team they coordinate), shown in the directory and told to requesters before they send.',
    args: { input: t.arg({ type: AbsenceInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await declareAbsence(ctx.services, ctx.viewer.id, {
        ...input,
        teamId: input.teamId?.id ?? null,
        backupExpertId: input.backupExpertId?.id ?? null,
        backupTeamId: input.backupTeamId?.id ?? null,
      });
      return ctx.db.prisma.absence.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
);

builder.mutationField('cancelAbsence', (t) =>
  t.field({
    type: 'ID',
    description:
      'Cancels an absence (its expert, or a coordinator of its team: FORBIDDEN for anyone else); returns its id.',
    args: { id: t.arg.globalID({ required: true, for: AbsenceNode }) },
    resolve: async (_root, { id }, ctx) => {
      await cancelAbsence(ctx.services, ctx.viewer.id, id.id);
      return id.id;
    },
  }),
);
