// Teams of experts in the directory: the Team type, the `directory` search of experts and teams together, and
// the coordinators' mutations.
import { resolveCursorConnection } from '@pothos/plugin-relay';
import { type DirectoryRow, directoryPage } from '../domain/directory.ts';
import { badInput } from '../domain/errors.ts';
import {
  addTeamMember,
  addTeamTemplate,
  createTeam,
  removeTeamMember,
  removeTeamTemplate,
  setTeamMemberRole,
  type TeamChanges,
  updateTeam,
} from '../domain/teams.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { TeamRole } from '../generated/prisma/enums.ts';
import { AttachmentNode } from './attachment.ts';
import { builder } from './builder.ts';
import { ExpertFilterInput } from './directory.ts';
import { pageRequest } from './pagination.ts';
import { type Selection, selectionFor } from './selection.ts';
import { ExpertToolEnum, PatientIdentityPolicyEnum, ProfessionalNode, ProfessionEnum } from './professional.ts';

const TeamRoleEnum = builder.enumType(TeamRole, {
  name: 'TeamRole',
  description: "COORDINATOR: keeps the team's profile and members; MEMBER: answers the team's requests.",
});

export const TeamNode = builder.prismaNode('Team', {
  description:
    "A team of experts (ligne d'avis: a hospital service, an ESS, a group of specialists), in the directory like an expert; readable by every professional.",
  id: { field: 'id' },
  nullable: true,
  fields: (t) => ({
    name: t.exposeString('name'),
    profession: t.expose('profession', { type: ProfessionEnum }),
    specialty: t.exposeString('specialty', { nullable: true }),
    city: t.exposeString('city', { nullable: true }),
    postalCode: t.exposeString('postalCode', { nullable: true }),
    listed: t.exposeBoolean('listed', { description: 'Shown in the directory.' }),
    activityDescription: t.exposeString('activityDescription', { nullable: true }),
    limitations: t.exposeString('limitations', { nullable: true, description: 'What the team will not answer.' }),
    territory: t.exposeString('territory', { nullable: true, description: 'The territory the team covers.' }),
    prerequisites: t.exposeString('prerequisites', {
      nullable: true,
      description: 'Documents and information the team requires from requesters.',
    }),
    tool: t.expose('tool', { type: ExpertToolEnum }),
    externalUrl: t.exposeString('externalUrl', { nullable: true }),
    patientIdentityPolicy: t.expose('patientIdentityPolicy', { type: PatientIdentityPolicyEnum }),
    expectedResponseHours: t.exposeInt('expectedResponseHours', {
      nullable: true,
      description: 'The response time the team states, in hours; null when it states none.',
    }),
    acceptsNewRequests: t.exposeBoolean('acceptsNewRequests', {
      description: 'false: the team takes no new request for now.',
    }),
    prerequisiteTemplates: t.relation('templates', {
      description: 'Document templates the team asks requesters to fill in and send back.',
      query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
    }),
    members: t.relation('members', {
      description: 'Coordinators first, then members, each by the date they joined.',
      query: { orderBy: [{ role: 'asc' }, { since: 'asc' }, { professionalId: 'asc' }] },
    }),
    myRole: t.field({
      type: TeamRoleEnum,
      nullable: true,
      description: "The caller's role in the team; null when they are not a member.",
      select: (_args, ctx) => ({
        members: { where: { professionalId: ctx.viewer.id }, select: { role: true } },
      }),
      resolve: (team) => team.members[0]?.role ?? null,
    }),
  }),
});

builder.prismaObject('TeamMember', {
  description: "A professional's place in a team.",
  fields: (t) => ({
    team: t.relation('team'),
    professional: t.relation('professional'),
    role: t.expose('role', { type: TeamRoleEnum }),
    since: t.expose('since', { type: 'DateTime' }),
  }),
});

builder.prismaObjectField('Professional', 'teamMemberships', (t) =>
  t.relation('teams', {
    description: 'The teams the professional belongs to (they also stay reachable on their own).',
    query: { orderBy: [{ since: 'asc' }, { teamId: 'asc' }] },
  }),
);

export const DirectoryEntry = builder.unionType('DirectoryEntry', {
  description: 'An expert (Professional) or a team (Team) of the directory.',
  types: [ProfessionalNode, TeamNode],
  resolveType: (entry) => ('rpps' in entry ? ProfessionalNode : TeamNode),
});

const DIRECTORY_PAGE_SIZE = 20;

/** A directory cursor: the entry's sort key and id, opaque to clients. */
const toCursor = (row: DirectoryRow) => Buffer.from(JSON.stringify([row.sort, row.id])).toString('base64url');

function fromCursor(cursor: string | undefined, name: string): DirectoryRow | undefined {
  if (cursor === undefined) return undefined;
  try {
    const [sort, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof sort === 'string' && typeof id === 'string' && /^[0-9a-f-]{36}$/.test(id))
      return { kind: 'Team', sort, id };
  } catch {
    // Not JSON: refused below.
  }
  throw badInput(`${name} is not a cursor of this list: pass a cursor it returned`);
}

builder.queryField('directory', (t) =>
  t.connection({
    type: DirectoryEntry,
    description:
      'Listed experts and teams together, by name (an expert by last then first name), matching every criterion as `experts` does.',
    args: { filter: t.arg({ type: ExpertFilterInput, required: false }) },
    resolve: async (_root, args, ctx, info) => {
      // Refuses what the other connections refuse (before with after, first with before…).
      pageRequest(args, DIRECTORY_PAGE_SIZE);
      const selections = {
        professional: selectionFor(ctx, info, 'Professional', ['edges', 'node'], { id: true, rpps: true }),
        team: selectionFor(ctx, info, 'Team', ['edges', 'node'], { id: true }),
      };
      const rows: DirectoryRow[] = [];
      return resolveCursorConnection<Promise<Entry[]>>(
        {
          args,
          defaultSize: DIRECTORY_PAGE_SIZE,
          toCursor: (entry: Entry) => toCursor(rows.find((row) => row.id === entry.id)!),
        },
        async ({ after, before, limit, inverted }): Promise<Entry[]> => {
          const page = await directoryPage(ctx.db.prisma, args.filter, {
            after: fromCursor(after, 'after'),
            before: fromCursor(before, 'before'),
            limit,
            inverted,
          });
          rows.push(...page);
          return entriesOf(ctx.db.prisma, page, selections);
        },
      );
    },
  }),
);

/** An entry as loaded: a professional (told apart by its rpps) or a team, with what the query selects of it. */
type Entry = { id: string; rpps: string } | { id: string };

/** The professionals and teams of a directory page, in its order, each with what the query asks of it (two statements). */
async function entriesOf(
  prisma: PrismaClient,
  page: DirectoryRow[],
  selections: { professional: Selection; team: Selection },
): Promise<Entry[]> {
  const ids = (kind: DirectoryRow['kind']) => page.filter((row) => row.kind === kind).map((row) => row.id);
  const [professionals, teams] = await Promise.all([
    prisma.professional.findMany({ ...selections.professional, where: { id: { in: ids('Professional') } } }),
    prisma.team.findMany({ ...selections.team, where: { id: { in: ids('Team') } } }),
  ]);
  const byId = new Map<string, Entry>([...professionals, ...teams].map((entry) => [entry.id, entry as Entry]));
  return page.map((row) => byId.get(row.id)!);
}

const TeamInput = builder.inputType('TeamInput', {
  description:
    'A team’s profile; on update, a field left out keeps its value. name and profession are required to create one.',
  fields: (t) => ({
    name: t.string({ required: false }),
    profession: t.field({ type: ProfessionEnum, required: false }),
    specialty: t.string({ required: false }),
    city: t.string({ required: false }),
    postalCode: t.string({ required: false }),
    listed: t.boolean({ required: false }),
    activityDescription: t.string({ required: false }),
    limitations: t.string({ required: false }),
    territory: t.string({ required: false }),
    prerequisites: t.string({ required: false }),
    tool: t.field({ type: ExpertToolEnum, required: false }),
    externalUrl: t.string({ required: false }),
    patientIdentityPolicy: t.field({ type: PatientIdentityPolicyEnum, required: false }),
    expectedResponseHours: t.int({ required: false }),
    acceptsNewRequests: t.boolean({ required: false }),
  }),
});

builder.mutationField('createTeam', (t) =>
  t.prismaField({
    type: 'Team',
    description: 'Creates a team, listed in the directory unless `listed: false`; the caller is its first coordinator.',
    args: { input: t.arg({ type: TeamInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await createTeam(ctx.services, ctx.viewer.id, input as TeamChanges);
      return ctx.db.prisma.team.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
);

builder.mutationField('updateTeam', (t) =>
  t.prismaField({
    type: 'Team',
    description: "Saves the team's profile fields given; its coordinators only (FORBIDDEN for anyone else).",
    args: {
      teamId: t.arg.globalID({ required: true, for: TeamNode }),
      input: t.arg({ type: TeamInput, required: true }),
    },
    resolve: async (query, _root, { teamId, input }, ctx) => {
      await updateTeam(ctx.services, ctx.viewer.id, teamId.id, input as TeamChanges);
      return ctx.db.prisma.team.findUniqueOrThrow({ ...query, where: { id: teamId.id } });
    },
  }),
);

builder.mutationField('addTeamMember', (t) =>
  t.prismaField({
    type: 'Team',
    description: 'Adds a professional to the team with a role; its coordinators only. CONFLICT when already a member.',
    args: {
      teamId: t.arg.globalID({ required: true, for: TeamNode }),
      professionalId: t.arg.globalID({ required: true, for: ProfessionalNode }),
      role: t.arg({ type: TeamRoleEnum, required: true }),
    },
    resolve: async (query, _root, { teamId, professionalId, role }, ctx) => {
      await addTeamMember(ctx.services, ctx.viewer.id, { teamId: teamId.id, professionalId: professionalId.id, role });
      return ctx.db.prisma.team.findUniqueOrThrow({ ...query, where: { id: teamId.id } });
    },
  }),
);

builder.mutationField('setTeamMemberRole', (t) =>
  t.prismaField({
    type: 'Team',
    description: "Changes a member's role; its coordinators only, and a team keeps at least one coordinator.",
    args: {
      teamId: t.arg.globalID({ required: true, for: TeamNode }),
      professionalId: t.arg.globalID({ required: true, for: ProfessionalNode }),
      role: t.arg({ type: TeamRoleEnum, required: true }),
    },
    resolve: async (query, _root, { teamId, professionalId, role }, ctx) => {
      await setTeamMemberRole(ctx.services, ctx.viewer.id, {
        teamId: teamId.id,
        professionalId: professionalId.id,
        role,
      });
      return ctx.db.prisma.team.findUniqueOrThrow({ ...query, where: { id: teamId.id } });
    },
  }),
);

builder.mutationField('removeTeamMember', (t) =>
  t.prismaField({
    type: 'Team',
    description:
      'Removes a member (a coordinator removes anyone; a member may leave): they keep nothing of the team. A team keeps at least one coordinator.',
    args: {
      teamId: t.arg.globalID({ required: true, for: TeamNode }),
      professionalId: t.arg.globalID({ required: true, for: ProfessionalNode }),
    },
    resolve: async (query, _root, { teamId, professionalId }, ctx) => {
      await removeTeamMember(ctx.services, ctx.viewer.id, { teamId: teamId.id, professionalId: professionalId.id });
      return ctx.db.prisma.team.findUniqueOrThrow({ ...query, where: { id: teamId.id } });
    },
  }),
);

builder.mutationField('addTeamTemplate', (t) =>
  t.prismaField({
    type: 'Team',
    description: "Adds a document template (modèle) to the team's profile; its coordinators only.",
    args: { teamId: t.arg.globalID({ required: true, for: TeamNode }), file: t.arg({ type: 'File', required: true }) },
    resolve: async (query, _root, { teamId, file }, ctx) => {
      await addTeamTemplate(ctx.services, ctx.viewer.id, teamId.id, file, { maxUploadBytes: ctx.maxUploadBytes });
      return ctx.db.prisma.team.findUniqueOrThrow({ ...query, where: { id: teamId.id } });
    },
  }),
);

builder.mutationField('removeTeamTemplate', (t) =>
  t.prismaField({
    type: 'Team',
    description: "Removes a template from the team's profile; its coordinators only.",
    args: {
      teamId: t.arg.globalID({ required: true, for: TeamNode }),
      id: t.arg.globalID({ required: true, for: AttachmentNode }),
    },
    resolve: async (query, _root, { teamId, id }, ctx) => {
      await removeTeamTemplate(ctx.services, ctx.viewer.id, teamId.id, id.id);
      return ctx.db.prisma.team.findUniqueOrThrow({ ...query, where: { id: teamId.id } });
    },
  }),
);
