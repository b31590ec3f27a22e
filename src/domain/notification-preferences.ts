// What each professional chooses to be told by e-mail, and when (docs/api.md#notification-preferences).
import type { Prisma, PrismaClient } from '../generated/prisma/client.ts';
import type { NotificationDelivery } from '../generated/prisma/enums.ts';
import { change, type Services } from './changes.ts';
import { badInput } from './errors.ts';

/** Every kind of notification a professional may be mailed (never with health data). */
export const NOTIFICATION_KINDS = [
  'NEW_REQUEST',
  'INFORMATION_REQUESTED',
  'REQUEST_DECLINED',
  'REQUEST_ACCEPTED',
  'REPORT_SIGNED',
  'MESSAGE_UNREAD',
  'DEADLINE_APPROACHING',
  'OVERDUE',
  'SYNTHESIS_SHARED',
  'TRIAGE_REMINDER',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** What needs a move at once (a request to answer, a question back, the answer) is mailed at once; the rest waits for the digest. */
const IMMEDIATE_BY_DEFAULT: ReadonlySet<NotificationKind> = new Set([
  'NEW_REQUEST',
  'INFORMATION_REQUESTED',
  'REPORT_SIGNED',
]);

export const DEFAULT_TIME_ZONE = 'Europe/Paris';
export const DEFAULT_DIGEST_HOUR = 8;
export const DEFAULT_UNREAD_DELAY_MINUTES = 60;
/** From five minutes (a mail per message otherwise) to a week. */
const UNREAD_DELAY_RANGE = [5, 7 * 24 * 60] as const;

export interface NotificationPreferences {
  deliveries: Record<NotificationKind, NotificationDelivery>;
  timeZone: string;
  digestHour: number;
  /** Minutes after local midnight; `to` before `from` ends the next day. */
  quietHours: { from: number; to: number } | null;
  unreadDelayMinutes: number;
}

/** The columns read. */
export const PREFERENCES_SELECT = {
  timeZone: true,
  digestHour: true,
  quietFrom: true,
  quietTo: true,
  unreadDelayMinutes: true,
  deliveries: true,
} as const;
type Row = Prisma.NotificationPreferencesGetPayload<{ select: typeof PREFERENCES_SELECT }>;

/** A professional's choices: their row over the defaults (no row: the defaults). */
export function preferencesOf(row: Row | null): NotificationPreferences {
  const chosen = (row?.deliveries ?? {}) as Partial<Record<NotificationKind, NotificationDelivery>>;
  const deliveries = Object.fromEntries(
    NOTIFICATION_KINDS.map((kind) => [kind, chosen[kind] ?? (IMMEDIATE_BY_DEFAULT.has(kind) ? 'IMMEDIATE' : 'DIGEST')]),
  ) as Record<NotificationKind, NotificationDelivery>;
  return {
    deliveries,
    timeZone: row?.timeZone ?? DEFAULT_TIME_ZONE,
    digestHour: row?.digestHour ?? DEFAULT_DIGEST_HOUR,
    quietHours: row?.quietFrom != null && row.quietTo != null ? { from: row.quietFrom, to: row.quietTo } : null,
    unreadDelayMinutes: row?.unreadDelayMinutes ?? DEFAULT_UNREAD_DELAY_MINUTES,
  };
}

/** Minutes after midnight of `at` on the wall clock of `timeZone`. */
export function localMinutes(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .formatToParts(at)
    .reduce<Record<string, string>>((all, part) => ({ ...all, [part.type]: part.value }), {});
  return Number(parts.hour) * 60 + Number(parts.minute);
}

/** Whether `at` falls in the professional's quiet hours (start included, end excluded). */
export function isQuiet(preferences: NotificationPreferences, at: Date): boolean {
  const { quietHours } = preferences;
  if (!quietHours) return false;
  const now = localMinutes(at, preferences.timeZone);
  return quietHours.from < quietHours.to
    ? now >= quietHours.from && now < quietHours.to
    : now >= quietHours.from || now < quietHours.to;
}

export interface PreferencesInput {
  deliveries?: { kind: NotificationKind; delivery: NotificationDelivery }[] | null | undefined;
  timeZone?: string | null | undefined;
  digestHour?: number | null | undefined;
  /** "HH:MM" each; null clears them. */
  quietHours?: { from: string; to: string } | null | undefined;
  unreadDelayMinutes?: number | null | undefined;
}

/** An IANA time zone that this Node knows (Intl refuses the others), else BAD_USER_INPUT. */
function checkTimeZone(value: string): string {
  try {
    return new Intl.DateTimeFormat('en-GB', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    throw badInput(`timeZone must be an IANA time zone, such as Europe/Paris or America/Cayenne`, {
      field: 'timeZone',
    });
  }
}

/** "HH:MM" (00:00 to 23:59) as minutes after midnight, else BAD_USER_INPUT naming the field. */
function minutesOf(value: string, field: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value.trim());
  if (!match) throw badInput(`${field} must be a time of day written HH:MM, such as 22:00`, { field });
  return Number(match[1]) * 60 + Number(match[2]);
}

/** The columns an input changes, checked; a field left out (undefined) or null (for the settings that have a default) is unchanged. */
export function preferencesChanges(
  current: NotificationPreferences,
  input: PreferencesInput,
): Prisma.NotificationPreferencesUncheckedUpdateInput {
  const data: Prisma.NotificationPreferencesUncheckedUpdateInput = {};
  if (input.timeZone != null) data.timeZone = checkTimeZone(input.timeZone);
  if (input.digestHour != null) {
    if (!Number.isInteger(input.digestHour) || input.digestHour < 0 || input.digestHour > 23)
      throw badInput('digestHour must be a whole hour from 0 to 23', { field: 'digestHour' });
    data.digestHour = input.digestHour;
  }
  if (input.unreadDelayMinutes != null) {
    const [least, most] = UNREAD_DELAY_RANGE;
    if (
      !Number.isInteger(input.unreadDelayMinutes) ||
      input.unreadDelayMinutes < least ||
      input.unreadDelayMinutes > most
    )
      throw badInput(`unreadDelayMinutes must be from ${least} to ${most}`, { field: 'unreadDelayMinutes' });
    data.unreadDelayMinutes = input.unreadDelayMinutes;
  }
  if (input.quietHours === null) Object.assign(data, { quietFrom: null, quietTo: null });
  if (input.quietHours) {
    const from = minutesOf(input.quietHours.from, 'quietHours.from');
    const to = minutesOf(input.quietHours.to, 'quietHours.to');
    if (from === to) throw badInput('quietHours must end at another time than it starts', { field: 'quietHours' });
    Object.assign(data, { quietFrom: from, quietTo: to });
  }
  if (input.deliveries != null) data.deliveries = deliveryChanges(current, input.deliveries);
  return data;
}

/** The kinds chosen, each once, over the current choices. */
function deliveryChanges(
  current: NotificationPreferences,
  choices: NonNullable<PreferencesInput['deliveries']>,
): Prisma.InputJsonObject {
  const seen = new Set<NotificationKind>();
  const deliveries: Record<string, NotificationDelivery> = { ...current.deliveries };
  for (const { kind, delivery } of choices) {
    if (seen.has(kind)) throw badInput(`deliveries names ${kind} twice`, { field: 'deliveries' });
    seen.add(kind);
    deliveries[kind] = delivery;
  }
  return deliveries;
}

export async function readPreferences(prisma: PrismaClient, professionalId: string): Promise<NotificationPreferences> {
  return preferencesOf(
    await prisma.notificationPreferences.findUnique({ where: { professionalId }, select: PREFERENCES_SELECT }),
  );
}

/** Applies the input to the caller's choices (checked first: nothing is written on a bad value), traced with the fields changed. */
export async function updatePreferences(services: Services, actorId: string, input: PreferencesInput): Promise<void> {
  await change(services, { id: actorId }, async ({ tx, trace }) => {
    const row = await tx.notificationPreferences.findUnique({
      where: { professionalId: actorId },
      select: PREFERENCES_SELECT,
    });
    const data = preferencesChanges(preferencesOf(row), input);
    const fields = Object.keys(data);
    if (fields.length === 0) return;
    await tx.notificationPreferences.upsert({
      where: { professionalId: actorId },
      create: { ...(data as Prisma.NotificationPreferencesUncheckedCreateInput), professionalId: actorId },
      update: data,
    });
    trace({
      action: 'professional.notification_preferences_updated',
      entityType: 'Professional',
      entityId: actorId,
      details: { fields },
    });
  });
}
