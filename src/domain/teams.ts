// Teams of experts (lignes d'avis): their profile in the directory and their members, kept by their coordinators
// (docs/rules.md#teams).
import type { Prisma } from '../generated/prisma/client.ts';
import type { Profession, TeamRole } from '../generated/prisma/enums.ts';
import { change, type Services, type Tx } from './changes.ts';
import {
  addTemplate,
  checkExternalTool,
  type ExpertProfileChanges,
  profileChanges,
  profileText,
  removeTemplate,
} from './directory.ts';
import { badInput, conflict, forbidden, notFound } from './errors.ts';
import { POSTAL_CODE } from './professionals.ts';
import { checkUpload, type Upload } from './files.ts';
import { requeueOnLeave } from './redirect.ts';
import { optionalSearchKey, searchKey } from './search-key.ts';

export interface TeamChanges extends ExpertProfileChanges {
  name?: string | null;
  profession?: Profession | null;
  specialty?: string | null;
  city?: string | null;
  postalCode?: string | null;
  territory?: string | null;
  expectedResponseHours?: number | null;
}

const MAX_NAME_LENGTH = 200;
const RESPONSE_HOURS = [1, 720] as const;

/** A team's name: required, one line, at most MAX_NAME_LENGTH characters. */
function teamName(value: string | null): string {
  const name = value?.trim() ?? '';
  if (name === '' || name.length > MAX_NAME_LENGTH || /[\r\n]/.test(name))
    throw badInput(`name must be one line of 1 to ${MAX_NAME_LENGTH} characters`, { field: 'name' });
  return name;
}

/** The columns derived from a team's name, specialty, city and description for directory search. */
export function teamSearchKeys(team: {
  name: string;
  specialty?: string | null;
  city?: string | null;
  activityDescription?: string | null;
}) {
  return {
    nameKey: searchKey(team.name),
    specialtyKey: optionalSearchKey(team.specialty),
    cityKey: optionalSearchKey(team.city),
    descriptionKey: optionalSearchKey(team.activityDescription),
  };
}

/** The columns an input changes, checked, with the search keys that follow from them; `profile`: those shared with experts. */
function teamColumns(changes: TeamChanges) {
  const profile = profileChanges(changes);
  const data: Prisma.TeamUncheckedUpdateInput = { ...profile };
  if (changes.name !== undefined) {
    data.name = teamName(changes.name);
    data.nameKey = searchKey(data.name);
  }
  if (changes.profession === null) throw badInput('profession cannot be null', { field: 'profession' });
  if (changes.profession !== undefined) data.profession = changes.profession;
  for (const field of ['specialty', 'city', 'territory'] as const) {
    if (changes[field] !== undefined) data[field] = profileText(field, changes[field]);
  }
  if (changes.specialty !== undefined) data.specialtyKey = optionalSearchKey(changes.specialty);
  if (changes.city !== undefined) data.cityKey = optionalSearchKey(changes.city);
  if (changes.postalCode !== undefined) {
    const code = changes.postalCode?.trim() || null;
    if (code !== null && !POSTAL_CODE.test(code))
      throw badInput('postalCode must be 5 digits', { field: 'postalCode' });
    data.postalCode = code;
  }
  if (changes.expectedResponseHours !== undefined) data.expectedResponseHours = responseHours(changes);
  return { data, profile };
}

function responseHours({ expectedResponseHours: hours }: TeamChanges): number | null {
  if (hours == null) return null;
  const [least, most] = RESPONSE_HOURS;
  if (!Number.isInteger(hours) || hours < least || hours > most)
    throw badInput(`expectedResponseHours must be a whole number of hours from ${least} to ${most}`, {
      field: 'expectedResponseHours',
    });
  return hours;
}

/** Creates a team; the professional creating it is its first coordinator. Returns its id. */
export async function createTeam(services: Services, actorId: string, input: TeamChanges): Promise<string> {
  if (input.name == null) throw badInput('A team needs a name', { field: 'name' });
  if (input.profession == null) throw badInput('A team needs a profession', { field: 'profession' });
  const { data, profile } = teamColumns(input);
  checkExternalTool(null, profile);
  return change(services, { id: actorId }, async ({ tx, trace, now }) => {
    const team = await tx.team.create({
      data: {
        ...(data as Prisma.TeamUncheckedCreateInput),
        members: { create: { professionalId: actorId, role: 'COORDINATOR', since: now } },
      },
      select: { id: true },
    });
    trace({ action: 'team.create', entityType: 'Team', entityId: team.id, details: { fields: Object.keys(data) } });
    return team.id;
  });
}

/** Locks the team's row for the rest of the transaction (NOT_FOUND when there is none). */
async function lockTeam(tx: Tx, teamId: string) {
  const [team] = await tx.$queryRaw<{ id: string; tool: 'IN_APP' | 'EXTERNAL'; externalUrl: string | null }[]>`
    SELECT "id", "tool", "externalUrl" FROM "Team" WHERE "id" = ${teamId}::uuid FOR UPDATE`;
  if (!team) throw notFound('Team');
  return team;
}

/**
 * Locks the team for the rest of the transaction (membership changes are serialized, so that two coordinators
 * never both step down) and checks that the caller coordinates it: NOT_FOUND for no such team, FORBIDDEN for
 * anyone else (the team is in the directory: its existence is no secret).
 */
export async function lockAsCoordinator(tx: Tx, teamId: string, actorId: string) {
  const team = await lockTeam(tx, teamId);
  const member = await tx.teamMember.findUnique({
    where: { teamId_professionalId: { teamId, professionalId: actorId } },
  });
  if (member?.role !== 'COORDINATOR') throw forbidden("Only the team's coordinators can change its profile or members");
  return team;
}

/** Saves the profile fields given (a field left out keeps its value); coordinators only. */
export async function updateTeam(services: Services, actorId: string, teamId: string, changes: TeamChanges) {
  const { data, profile } = teamColumns(changes);
  await change(services, { id: actorId }, async ({ tx, trace }) => {
    const team = await lockAsCoordinator(tx, teamId, actorId);
    checkExternalTool(team, profile);
    await tx.team.update({ where: { id: teamId }, data });
    trace({ action: 'team.update', entityType: 'Team', entityId: teamId, details: { fields: Object.keys(data) } });
  });
}

/** Adds a professional to the team with a role; coordinators only. CONFLICT when they are a member already. */
export async function addTeamMember(
  services: Services,
  actorId: string,
  { teamId, professionalId, role }: { teamId: string; professionalId: string; role: TeamRole },
) {
  await change(services, { id: actorId }, async ({ tx, trace, now }) => {
    await lockAsCoordinator(tx, teamId, actorId);
    if (!(await tx.professional.findUnique({ where: { id: professionalId }, select: { id: true } })))
      throw notFound('Professional');
    const existing = await tx.teamMember.findUnique({ where: { teamId_professionalId: { teamId, professionalId } } });
    if (existing)
      throw conflict('This professional is a member of the team already: change their role instead', {
        role: existing.role,
      });
    await tx.teamMember.create({ data: { teamId, professionalId, role, since: now } });
    trace({ action: 'team.member_add', entityType: 'Team', entityId: teamId, details: { professionalId, role } });
  });
}

/** Gives a member another role; coordinators only, and a team keeps at least one coordinator. */
export async function setTeamMemberRole(
  services: Services,
  actorId: string,
  { teamId, professionalId, role }: { teamId: string; professionalId: string; role: TeamRole },
) {
  await change(services, { id: actorId }, async ({ tx, trace }) => {
    await lockAsCoordinator(tx, teamId, actorId);
    const member = await memberOf(tx, teamId, professionalId);
    if (member.role === role) return;
    if (role !== 'COORDINATOR') await keepACoordinator(tx, teamId, professionalId);
    await tx.teamMember.update({ where: { teamId_professionalId: { teamId, professionalId } }, data: { role } });
    trace({ action: 'team.member_role', entityType: 'Team', entityId: teamId, details: { professionalId, role } });
  });
}

/**
 * Removes a member: a coordinator removes anyone, a member may leave. The membership row is deleted, so that
 * a former member keeps nothing of the team; a team keeps at least one coordinator.
 */
export async function removeTeamMember(
  services: Services,
  actorId: string,
  { teamId, professionalId }: { teamId: string; professionalId: string },
) {
  await change(services, { id: actorId }, async (c) => {
    const { tx } = c;
    if (professionalId === actorId) await lockTeam(tx, teamId);
    else await lockAsCoordinator(tx, teamId, actorId);
    const member = await memberOf(tx, teamId, professionalId);
    if (member.role === 'COORDINATOR') await keepACoordinator(tx, teamId, professionalId);
    // The team's requests they hold wait in its queue again: a former member keeps nothing of the team.
    const { firstName, lastName } = await tx.professional.findUniqueOrThrow({
      where: { id: professionalId },
      select: { firstName: true, lastName: true },
    });
    await requeueOnLeave(c, teamId, professionalId, `${firstName} ${lastName}`);
    await tx.teamMember.delete({ where: { teamId_professionalId: { teamId, professionalId } } });
    c.trace({ action: 'team.member_remove', entityType: 'Team', entityId: teamId, details: { professionalId } });
  });
}

async function memberOf(tx: Tx, teamId: string, professionalId: string) {
  // Locked: a claim or a redirection to this member (which read the membership FOR SHARE) waits for the change.
  const [member] = await tx.$queryRaw<{ role: TeamRole }[]>`
    SELECT "role" FROM "TeamMember" WHERE "teamId" = ${teamId}::uuid AND "professionalId" = ${professionalId}::uuid
    FOR UPDATE`;
  if (!member) throw notFound('Team member');
  return member;
}

/** Refuses to leave the team without a coordinator when `professionalId` stops being one. */
async function keepACoordinator(tx: Tx, teamId: string, professionalId: string): Promise<void> {
  const others = await tx.teamMember.count({
    where: { teamId, role: 'COORDINATOR', professionalId: { not: professionalId } },
  });
  if (others === 0) throw conflict('A team keeps at least one coordinator: name another coordinator first');
}

/** Adds a prerequisite template to the team's profile; coordinators only. */
export async function addTeamTemplate(
  services: Services,
  actorId: string,
  teamId: string,
  upload: Upload,
  limits: { maxUploadBytes: number },
): Promise<void> {
  const file = await checkUpload(upload, limits.maxUploadBytes);
  await change(services, { id: actorId }, async (c) => {
    await lockAsCoordinator(c.tx, teamId, actorId);
    await addTemplate(c, { templateOfTeamId: teamId }, file);
  });
}

/** Removes a template from the team's profile; coordinators only. */
export async function removeTeamTemplate(services: Services, actorId: string, teamId: string, attachmentId: string) {
  await change(services, { id: actorId }, async (c) => {
    await lockAsCoordinator(c.tx, teamId, actorId);
    await removeTemplate(c, { templateOfTeamId: teamId }, attachmentId);
  });
}
