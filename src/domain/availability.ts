// Availability: absence periods of experts and teams, with a backup, told to requesters before they send
// (docs/rules.md#availability).
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Prisma } from '../generated/prisma/client.ts';
import { change, type Services, type Tx } from './changes.ts';
import { badInput, DomainError, forbidden, notFound } from './errors.ts';
import { lockAsCoordinator } from './teams.ts';

const MAX_MESSAGE_LENGTH = 500;
/** Absences under way or to come, per expert or team: the directory lists them all. */
const MAX_ABSENCES = 20;
/** An absence is declared at most a year ahead and lasts at most a year. */
const YEAR_MS = 366 * 24 * 60 * 60 * 1000;

export interface AbsenceInput {
  /** The team the absence is of (its coordinators declare it); absent: the caller's own. */
  teamId?: string | null | undefined;
  startsAt: Date;
  endsAt: Date;
  message?: string | null | undefined;
  backupExpertId?: string | null | undefined;
  backupTeamId?: string | null | undefined;
}

function checkPeriod({ startsAt, endsAt }: AbsenceInput, now: Date): void {
  if (endsAt <= startsAt) throw badInput('endsAt must come after startsAt', { field: 'endsAt' });
  if (endsAt <= now) throw badInput('endsAt is past: an absence is declared for now or later', { field: 'endsAt' });
  if (startsAt.getTime() > now.getTime() + YEAR_MS || endsAt.getTime() - startsAt.getTime() > YEAR_MS)
    throw badInput('An absence starts within a year and lasts at most a year', { field: 'endsAt' });
}

function checkMessage(message: string | null | undefined): string | null {
  const text = message?.trim() || null;
  if (text !== null && text.length > MAX_MESSAGE_LENGTH)
    throw badInput(`message is longer than ${MAX_MESSAGE_LENGTH} characters: shorten it`, { field: 'message' });
  return text;
}

/** The backup named, checked: one at most, listed in the directory, and not who is away. */
async function checkBackup(tx: Tx, input: AbsenceInput, absent: { professionalId?: string; teamId?: string }) {
  if (input.backupExpertId && input.backupTeamId)
    throw badInput('Name one backup: an expert or a team', { field: 'backupTeamId' });
  if (input.backupExpertId) {
    if (input.backupExpertId === absent.professionalId)
      throw badInput('The backup cannot be the expert who is away', { field: 'backupExpertId' });
    const profile = await tx.expertProfile.findUnique({
      where: { professionalId: input.backupExpertId },
      select: { listed: true },
    });
    if (!profile?.listed) throw notFound('Backup expert');
  }
  if (input.backupTeamId) {
    if (input.backupTeamId === absent.teamId)
      throw badInput('The backup cannot be the team that is away', { field: 'backupTeamId' });
    const team = await tx.team.findUnique({ where: { id: input.backupTeamId }, select: { listed: true } });
    if (!team?.listed) throw notFound('Backup team');
  }
}

/** Declares an absence of the caller (who must be an expert) or of a team they coordinate; traced. Returns its id. */
export async function declareAbsence(services: Services, actorId: string, input: AbsenceInput): Promise<string> {
  const message = checkMessage(input.message);
  return change(services, { id: actorId }, async ({ tx, trace, now }) => {
    checkPeriod(input, now);
    const absent = input.teamId ? { teamId: input.teamId } : { professionalId: actorId };
    if (input.teamId) await lockAsCoordinator(tx, input.teamId, actorId);
    else if (
      !(await tx.expertProfile.findUnique({ where: { professionalId: actorId }, select: { listed: true } }))?.listed
    )
      throw badInput('Only an expert listed in the directory declares absences: list your expert profile first');
    await checkBackup(tx, input, absent);
    if ((await tx.absence.count({ where: { ...absent, endsAt: { gt: now } } })) >= MAX_ABSENCES)
      throw badInput(`At most ${MAX_ABSENCES} absences under way or to come: cancel one first`);
    const absence = await tx.absence.create({
      data: {
        ...absent,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        message,
        backupProfessionalId: input.backupExpertId ?? null,
        backupTeamId: input.backupTeamId ?? null,
        createdAt: now,
      },
      select: { id: true },
    });
    trace({
      action: 'absence.declare',
      entityType: 'Absence',
      entityId: absence.id,
      details: { ...absent, startsAt: input.startsAt.toISOString(), endsAt: input.endsAt.toISOString() },
    });
    return absence.id;
  });
}

/** Cancels an absence: its expert, or a coordinator of its team; FORBIDDEN for anyone else (absences are public). */
export async function cancelAbsence(services: Services, actorId: string, absenceId: string): Promise<void> {
  await change(services, { id: actorId }, async ({ tx, trace }) => {
    const absence = await tx.absence.findUnique({
      where: { id: absenceId },
      select: { professionalId: true, teamId: true },
    });
    if (!absence) throw notFound('Absence');
    if (absence.teamId) await lockAsCoordinator(tx, absence.teamId, actorId);
    else if (absence.professionalId !== actorId)
      throw forbidden('Only the expert who is away, or a coordinator of the team, cancels an absence');
    await tx.absence.delete({ where: { id: absenceId } });
    trace({ action: 'absence.cancel', entityType: 'Absence', entityId: absenceId });
  });
}

/** The absences still to come or under way, by start: what the directory shows. */
export const ABSENCES_SHOWN = (now: Date) => ({
  where: { endsAt: { gt: now } },
  orderBy: [{ startsAt: 'asc' as const }, { id: 'asc' as const }],
});

/**
 * The absence under way at `now`, among `absences` (an expert's or a team's), with when the expert is back:
 * the end of the chain of absences that follow each other without a gap.
 */
export function absenceAt<T extends { startsAt: Date; endsAt: Date }>(
  absences: T[],
  now: Date,
): { absence: T; returnsAt: Date } | undefined {
  const absence = absences.find((a) => a.startsAt <= now && a.endsAt > now);
  if (!absence) return undefined;
  let returnsAt = absence.endsAt;
  for (let next: T | undefined = absence; next; ) {
    next = absences.find((a) => a.startsAt <= returnsAt && a.endsAt > returnsAt);
    if (next) returnsAt = next.endsAt;
  }
  return { absence, returnsAt };
}

export const ABSENCE_FOR_REQUESTER = {
  select: {
    startsAt: true,
    endsAt: true,
    message: true,
    backupProfessional: { select: { id: true, firstName: true, lastName: true, specialty: true } },
    backupTeam: { select: { id: true, name: true } },
  },
} as const satisfies Prisma.AbsenceFindManyArgs;

type ShownAbsence = Prisma.AbsenceGetPayload<typeof ABSENCE_FOR_REQUESTER>;

/**
 * Before anything is sent: an expert or a team who takes no new request refuses it (EXPERT_UNAVAILABLE); one
 * who is away tells the requester when they return and whom to ask meanwhile (EXPERT_ABSENT), unless the
 * requester chose to wait (`waitForReturn`).
 */
export function checkAvailability(
  addressee: { kind: 'expert' | 'team'; acceptsNewRequests: boolean; absences: ShownAbsence[] },
  now: Date,
  waitForReturn: boolean,
): void {
  if (!addressee.acceptsNewRequests)
    throw new DomainError(
      'EXPERT_UNAVAILABLE',
      `This ${addressee.kind} takes no new request for now: choose another expert or a team in the directory`,
    );
  const away = absenceAt(addressee.absences, now);
  if (!away || waitForReturn) return;
  const { absence, returnsAt } = away;
  const backup = absence.backupProfessional
    ? {
        id: encodeGlobalID('Professional', absence.backupProfessional.id),
        name: `${absence.backupProfessional.firstName} ${absence.backupProfessional.lastName}`,
      }
    : absence.backupTeam
      ? { id: encodeGlobalID('Team', absence.backupTeam.id), name: absence.backupTeam.name }
      : null;
  throw new DomainError(
    'EXPERT_ABSENT',
    `This ${addressee.kind} is away until ${returnsAt.toISOString()}${backup ? `; meanwhile ask ${backup.name} (extensions.backup)` : ''}: send again with waitForReturn to wait for their return`,
    { returnsAt: returnsAt.toISOString(), absenceMessage: absence.message, backup },
  );
}
