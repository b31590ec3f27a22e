// Notifications by e-mail: drawn from each professional's inbox log, decided when due, mailed at once or in the
// daily digest, never with health data (docs/notifications.md).
import { Prisma, type PrismaClient } from '../generated/prisma/client.ts';
import type { NotificationKind, NotificationStatus, RequestStatus } from '../generated/prisma/enums.ts';
import type { Tx } from './changes.ts';
import type { InboxNoticeKind } from './live.ts';
import { DEADLINE_WARNING_HOURS } from './deadlines.ts';
import { OPEN_STATUSES } from './lifecycle.ts';
import {
  DEFAULT_DIGEST_HOUR,
  DEFAULT_TIME_ZONE,
  isQuiet,
  localMinutes,
  type NotificationPreferences,
  PREFERENCES_SELECT,
  preferencesOf,
} from './notification-preferences.ts';

export interface NotificationSettings {
  /** How long an event waits before it is decided, so that someone in the app who sees it meanwhile is not mailed. */
  graceMs: number;
  /** How long a request waits without triage before the expert is reminded (once). */
  triageReminderMs: number;
}

/** Events older than this when first looked at are not mailed: the inbox shows them, and a mail would come too late. */
const MAX_AGE_MS = 24 * 60 * 60 * 1000;
/** Professionals, entries per professional and notifications handled per round; a backlog waits for the next rounds. */
const BATCH = 100;

/** One inbox entry with what deciding its notification needs. */
export interface EntryFacts {
  kind: InboxNoticeKind;
  requestId: string;
  at: Date;
  requesterId: string;
  onBehalfOfId: string | null;
  /** Null while a request to a team waits in its queue. */
  expertId: string | null;
  /** The message the entry points to: its sequence, author and (for a SYSTEM message) the status moved to. */
  sequence: number | null;
  authorId: string | null;
  movedTo: RequestStatus | null;
  /** For SYNTHESIS_SHARED: who shared it. */
  sharedById: string | null;
  /** The professional is a member of the team the request is with now. */
  teamMember: boolean;
}

export interface Drawn {
  kind: NotificationKind;
  sequence: number | null;
  actorId: string | null;
}

/** The status changes the requester's side is told of, by the status moved to. */
const REQUESTER_TOLD: Partial<Record<RequestStatus, NotificationKind>> = {
  INFO_REQUESTED: 'INFORMATION_REQUESTED',
  ACCEPTED: 'REQUEST_ACCEPTED',
  DECLINED: 'REQUEST_DECLINED',
};

/**
 * The notification one inbox entry gives `professionalId`, if any: the expert's side (the expert, or the
 * members of the team a request waits with, and its coordinators for deadlines) hears of a new request and of
 * its deadlines; the requester's side of the expert's triage and report; anyone of a message someone else
 * wrote (MESSAGE_UNREAD, decided after their delay) and of a synthesis sent to them. Nobody is told of their
 * own act. A report received as treating doctor is not notified: it arrives itself, by secure mail.
 */
export function drawNotification(entry: EntryFacts, professionalId: string): Drawn | undefined {
  // Inbox entries of a request go to its parties and its team's members: anyone not asking is on the expert's side.
  const isExpert = professionalId !== entry.requesterId && professionalId !== entry.onBehalfOfId;
  const requesterSideId = entry.onBehalfOfId ?? entry.requesterId;
  switch (entry.kind) {
    case 'NEW_REQUEST':
      return isExpert ? { kind: 'NEW_REQUEST', sequence: entry.sequence, actorId: requesterSideId } : undefined;
    case 'STATUS_CHANGED': {
      const kind = entry.movedTo ? REQUESTER_TOLD[entry.movedTo] : undefined;
      return kind && !isExpert ? { kind, sequence: entry.sequence, actorId: entry.expertId } : undefined;
    }
    case 'REPORT_SIGNED':
      // Without a message: the treating doctor's receipt.
      return !isExpert && entry.sequence !== null
        ? { kind: 'REPORT_SIGNED', sequence: entry.sequence, actorId: entry.expertId }
        : undefined;
    case 'NEW_MESSAGE':
      return entry.authorId !== null && entry.authorId !== professionalId
        ? { kind: 'MESSAGE_UNREAD', sequence: entry.sequence, actorId: entry.authorId }
        : undefined;
    case 'DEADLINE_APPROACHING':
    case 'OVERDUE':
      return isExpert ? { kind: entry.kind, sequence: null, actorId: requesterSideId } : undefined;
    case 'SYNTHESIS_SHARED':
      return { kind: 'SYNTHESIS_SHARED', sequence: null, actorId: entry.sharedById };
    case 'REQUEST_REDIRECTED':
      // To its new expert, or to the team whose queue it waits in now, a request redirected is a new request.
      return professionalId === entry.expertId || (entry.expertId === null && entry.teamMember)
        ? { kind: 'NEW_REQUEST', sequence: entry.sequence, actorId: entry.authorId }
        : undefined;
    case 'TRANSMISSION_FAILED':
    case 'REQUEST_ASSIGNED':
      return undefined;
  }
}

interface CursorRow {
  professionalId: string;
  position: number;
  upTo: number;
  hasEmail: boolean;
}

interface EntryRow extends EntryFacts {
  professionalId: string;
}

/** Most batches a round handles at each step, so that a round ends; a larger backlog waits for the next round. */
const MAX_BATCHES = 20;

/** Runs `batch` until it handles fewer than BATCH items (or MAX_BATCHES times); returns what it counted. */
async function inBatches(batch: () => Promise<{ handled: number; counted: number }>): Promise<number> {
  let counted = 0;
  for (let i = 0; i < MAX_BATCHES; i++) {
    const result = await batch();
    counted += result.counted;
    if (result.handled < BATCH) break;
  }
  return counted;
}

/**
 * Turns the inbox entries that professionals with an e-mail address received since the last round into
 * notifications to decide, and moves each one's cursor past them, in one transaction per batch: every entry
 * is looked at once, whichever instance does it (cursors are claimed with FOR UPDATE SKIP LOCKED). Messages
 * waiting unread are one notification per request until it is mailed or dropped. Returns how many
 * notifications were drawn.
 */
export async function collectNotifications(prisma: PrismaClient, settings: NotificationSettings, now = new Date()) {
  await prisma.$executeRaw`
    INSERT INTO "NotificationCursor" ("professionalId")
    SELECT h."professionalId" FROM "InboxCounter" h
    WHERE NOT EXISTS (SELECT 1 FROM "NotificationCursor" c WHERE c."professionalId" = h."professionalId")
    ON CONFLICT DO NOTHING`;
  return inBatches(() =>
    prisma.$transaction(async (tx) => {
      const cursors = await tx.$queryRaw<CursorRow[]>`
        SELECT c."professionalId", c."position", LEAST(h."position", c."position" + ${BATCH}) AS "upTo",
          p."email" IS NOT NULL AS "hasEmail"
        FROM "NotificationCursor" c
        JOIN "InboxCounter" h ON h."professionalId" = c."professionalId"
        JOIN "Professional" p ON p."id" = c."professionalId"
        WHERE h."position" > c."position"
        ORDER BY c."professionalId" LIMIT ${BATCH}
        FOR UPDATE OF c SKIP LOCKED`;
      if (cursors.length === 0) return { handled: 0, counted: 0 };
      const rows = await drawnFrom(tx, cursors, settings, now);
      if (rows.length > 0) await tx.notification.createMany({ data: rows });
      const moves = cursors.map(({ professionalId, upTo }) => ({ p: professionalId, n: upTo }));
      await tx.$executeRaw`
        UPDATE "NotificationCursor" c SET "position" = m."n"
        FROM jsonb_to_recordset(${JSON.stringify(moves)}::jsonb) AS m("p" uuid, "n" int)
        WHERE c."professionalId" = m."p"`;
      return { handled: cursors.length, counted: rows.length };
    }),
  );
}

/** The notifications drawn from the claimed cursors' new entries (none for a professional without an address). */
async function drawnFrom(
  tx: Tx,
  cursors: CursorRow[],
  settings: NotificationSettings,
  now: Date,
): Promise<Prisma.NotificationCreateManyInput[]> {
  const ranges = cursors.filter((c) => c.hasEmail).map((c) => ({ p: c.professionalId, gt: c.position, le: c.upTo }));
  if (ranges.length === 0) return [];
  const entries = await tx.$queryRaw<EntryRow[]>`
    SELECT e."professionalId", e."kind", e."requestId", e."at", r."requesterId", r."onBehalfOfId", r."expertId",
      m."sequence", m."authorId", m."status" AS "movedTo", s."sharedById",
      EXISTS (SELECT 1 FROM "TeamMember" tm WHERE tm."teamId" = r."teamId" AND tm."professionalId" = e."professionalId")
        AS "teamMember"
    FROM jsonb_to_recordset(${JSON.stringify(ranges)}::jsonb) AS c("p" uuid, "gt" int, "le" int)
    JOIN "InboxEntry" e ON e."professionalId" = c."p" AND e."position" > c."gt" AND e."position" <= c."le"
    JOIN "TeleexpertiseRequest" r ON r."id" = e."requestId"
    LEFT JOIN "Message" m ON m."id" = e."messageId"
    LEFT JOIN "SynthesisShare" s ON s."id" = e."shareId"
    WHERE e."at" >= ${new Date(now.getTime() - MAX_AGE_MS)}
    ORDER BY e."professionalId", e."position"`;
  // Locked: a round deciding one of these meanwhile commits first, and if it mailed it, it no longer covers.
  const waiting = await tx.$queryRaw<{ professionalId: string; requestId: string }[]>`
    SELECT "professionalId", "requestId" FROM "Notification"
    WHERE "professionalId" = ANY(${ranges.map((r) => r.p)}::uuid[]) AND "kind" = 'MESSAGE_UNREAD'
      AND "status" IN ('PENDING', 'DIGEST')
    FOR UPDATE`;
  const unreadKey = (professionalId: string, requestId: string) => `${professionalId}/${requestId}`;
  const covered = new Set(waiting.map((w) => unreadKey(w.professionalId, w.requestId)));
  const rows: Prisma.NotificationCreateManyInput[] = [];
  for (const entry of entries) {
    const drawn = drawNotification(entry, entry.professionalId);
    if (!drawn) continue;
    if (drawn.kind === 'MESSAGE_UNREAD') {
      const key = unreadKey(entry.professionalId, entry.requestId);
      if (covered.has(key)) continue;
      covered.add(key);
    }
    // Decided once the grace period ends (a message unread waits longer: see verdict).
    const decideAt = new Date(entry.at.getTime() + settings.graceMs);
    rows.push({ ...drawn, professionalId: entry.professionalId, requestId: entry.requestId, createdAt: now, decideAt });
  }
  return rows;
}

/**
 * Adds a reminder, once per request, for each request still waiting for triage (SUBMITTED) longer than the
 * reminder delay while its deadline is open, addressed to its expert when they have an e-mail address.
 */
export function remindTriage(prisma: PrismaClient, settings: NotificationSettings, now = new Date()) {
  const since = new Date(now.getTime() - settings.triageReminderMs);
  return prisma.$executeRaw`
    INSERT INTO "Notification" ("id", "professionalId", "kind", "requestId", "actorId", "key", "createdAt", "decideAt")
    SELECT gen_random_uuid(), r."expertId", 'TRIAGE_REMINDER', r."id", COALESCE(r."onBehalfOfId", r."requesterId"),
      'triage:' || r."id" || ':' || r."expertId", ${now}, ${now}
    FROM "TeleexpertiseRequest" r JOIN "Professional" p ON p."id" = r."expertId"
    WHERE r."status" = 'SUBMITTED' AND r."createdAt" <= ${since} AND r."dueAt" > ${now} AND p."email" IS NOT NULL
      -- Once per request and expert (a request redirected reminds its new expert); 'triage:<id>' is the key of old rows.
      AND NOT EXISTS (
        SELECT 1 FROM "Notification" n
        WHERE n."key" IN ('triage:' || r."id", 'triage:' || r."id" || ':' || r."expertId") AND n."professionalId" = r."expertId")
    LIMIT ${BATCH}
    ON CONFLICT ("key") DO NOTHING`;
}

/** A notification with what deciding and writing it needs. */
export interface NotificationFacts {
  id: string;
  professionalId: string;
  kind: NotificationKind;
  requestId: string;
  sequence: number | null;
  createdAt: Date;
  decideAt: Date;
  email: string | null;
  requestStatus: RequestStatus;
  dueAt: Date;
  readUpTo: number;
  /**
   * For MESSAGE_UNREAD: the messages others wrote (not the system's, nor the prerequisites that open a request,
   * sent in the expert's name when the request is made) that the professional has not read, and
   * when the oldest came; the actor is then that message's author.
   */
  unread: number;
  oldestUnreadAt: Date | null;
  actor: { firstName: string; lastName: string; specialty: string | null } | null;
}

export type Verdict =
  | { skip: 'no_address' | 'not_wanted' | 'seen' | 'settled' }
  | { later: Date }
  | { digest: true }
  | { mail: true };

/** Whether what the notification tells still holds: a deadline notice while that deadline stands, a reminder while the request waits. */
function stillHolds(facts: NotificationFacts, now: Date): boolean {
  const open = OPEN_STATUSES.includes(facts.requestStatus);
  const left = facts.dueAt.getTime() - now.getTime();
  switch (facts.kind) {
    case 'DEADLINE_APPROACHING':
      return open && left > 0 && left <= DEADLINE_WARNING_HOURS * 60 * 60 * 1000;
    case 'OVERDUE':
      return open && left <= 0;
    case 'TRIAGE_REMINDER':
      return facts.requestStatus === 'SUBMITTED' && left > 0;
    default:
      return true;
  }
}

/**
 * What becomes of a notification now, in this order: not mailed without an address or when not wanted;
 * dropped when what it tells no longer holds or was seen in the app (read marks); a message unread waits
 * for the delay from the oldest unread one; then the digest, or quiet hours, or the mail. `inDigest`: the
 * digest is being written, so DIGEST means mail.
 */
export function verdict(
  facts: NotificationFacts,
  preferences: NotificationPreferences,
  now: Date,
  inDigest = false,
): Verdict {
  if (!facts.email) return { skip: 'no_address' };
  const delivery = preferences.deliveries[facts.kind];
  if (delivery === 'NEVER') return { skip: 'not_wanted' };
  if (!stillHolds(facts, now)) return { skip: 'settled' };
  if (facts.kind === 'MESSAGE_UNREAD') {
    if (facts.unread === 0 || !facts.oldestUnreadAt) return { skip: 'seen' };
    const due = new Date(facts.oldestUnreadAt.getTime() + preferences.unreadDelayMinutes * 60_000);
    if (!inDigest && due > now) return { later: due };
  } else if (facts.sequence !== null && facts.readUpTo >= facts.sequence) return { skip: 'seen' };
  if (inDigest) return { mail: true };
  if (delivery === 'DIGEST') return { digest: true };
  if (isQuiet(preferences, now)) return { later: quietEnd(preferences, now) };
  return { mail: true };
}

/**
 * The end of the quiet hours under way at `now`, to the minute, counted in wall-clock minutes: on the night
 * the clocks change it may be an hour off, and the notification is then decided again (or mailed) an hour late.
 */
export function quietEnd(preferences: NotificationPreferences, now: Date): Date {
  const to = preferences.quietHours?.to ?? 0;
  const minutes = (to - localMinutes(now, preferences.timeZone) + 24 * 60) % (24 * 60) || 24 * 60;
  return new Date(Math.floor(now.getTime() / 60_000) * 60_000 + minutes * 60_000);
}

/**
 * The latest local digest hour at or before `now`, as an instant, for the professional `p` (their preferences'
 * row, or the defaults): local time moved back by the hour, cut to its day, moved forward again, in SQL so
 * that the time zone's rules (summer time) are PostgreSQL's.
 */
function lastDigestSql(now: Date): Prisma.Sql {
  const zone = Prisma.sql`COALESCE(p."timeZone", ${DEFAULT_TIME_ZONE})`;
  const hours = Prisma.sql`make_interval(hours => COALESCE(p."digestHour", ${DEFAULT_DIGEST_HOUR}))`;
  return Prisma.sql`((date_trunc('day', (${now}::timestamptz AT TIME ZONE ${zone}) - ${hours}) + ${hours}) AT TIME ZONE ${zone})`;
}

/** Professionals (after `after`, in id order) with something in their digest since before their latest digest hour. */
function digestsDue(tx: Tx | PrismaClient, now: Date, after: string, only?: string) {
  return tx.$queryRaw<{ professionalId: string }[]>`
    SELECT n."professionalId" FROM "Notification" n
    LEFT JOIN "NotificationPreferences" p ON p."professionalId" = n."professionalId"
    WHERE n."status" = 'DIGEST' AND n."professionalId" > ${after}::uuid
      ${only ? Prisma.sql`AND n."professionalId" = ${only}::uuid` : Prisma.empty}
    GROUP BY n."professionalId", p."timeZone", p."digestHour"
    HAVING min(n."decideAt") < ${lastDigestSql(now)}
    ORDER BY n."professionalId" LIMIT ${BATCH}`;
}

/** What the text of a mail is made from: the notifications, their recipient's address and time zone. */
export interface NotificationLetter {
  to: string;
  timeZone: string;
  items: NotificationFacts[];
}

/** Writes the subject and body of one notification, or of a digest; no health data may enter them. */
export interface NotificationWriter {
  one(letter: NotificationLetter): { subject: string; body: string };
  digest(letter: NotificationLetter): { subject: string; body: string };
}

/** The notifications' facts, read in one statement. */
function factsOf(tx: Tx, where: Prisma.Sql): Promise<NotificationFacts[]> {
  return tx.$queryRaw<NotificationFacts[]>`
    SELECT n."id", n."professionalId", n."kind", n."requestId", n."sequence", n."createdAt", n."decideAt",
      p."email", r."status" AS "requestStatus", r."dueAt", COALESCE(mark."lastReadSequence", 0) AS "readUpTo",
      COALESCE(unread."n", 0)::int AS "unread", unread."oldest" AS "oldestUnreadAt",
      CASE WHEN a."id" IS NULL THEN NULL
        ELSE jsonb_build_object('firstName', a."firstName", 'lastName', a."lastName", 'specialty', a."specialty") END AS "actor"
    FROM "Notification" n
    JOIN "Professional" p ON p."id" = n."professionalId"
    JOIN "TeleexpertiseRequest" r ON r."id" = n."requestId"
    LEFT JOIN "ReadMark" mark ON mark."requestId" = n."requestId" AND mark."professionalId" = n."professionalId"
    LEFT JOIN LATERAL (
      SELECT count(*) AS "n", min(m."createdAt") AS "oldest", (array_agg(m."authorId" ORDER BY m."sequence"))[1] AS "authorId"
      FROM "Message" m
      WHERE n."kind" = 'MESSAGE_UNREAD' AND m."requestId" = n."requestId"
        AND m."sequence" > COALESCE(mark."lastReadSequence", 0) AND m."authorId" <> n."professionalId"
        AND m."kind" = 'TEXT'
    ) unread ON true
    LEFT JOIN "Professional" a ON a."id" = COALESCE(unread."authorId", n."actorId")
    WHERE ${where}
    ORDER BY n."professionalId", n."createdAt", n."id"`;
}

async function preferencesFor(tx: Tx, professionalIds: string[]): Promise<Map<string, NotificationPreferences>> {
  const rows = await tx.notificationPreferences.findMany({
    where: { professionalId: { in: [...new Set(professionalIds)] } },
    select: { professionalId: true, ...PREFERENCES_SELECT },
  });
  const byId = new Map(rows.map((row) => [row.professionalId, row]));
  return new Map(professionalIds.map((id) => [id, preferencesOf(byId.get(id) ?? null)]));
}

/** Queues one plain e-mail in the outbox and marks what it carries MAILED. */
async function queueMail(tx: Tx, letter: NotificationLetter, text: { subject: string; body: string }): Promise<void> {
  const [first] = letter.items;
  // Due at once on the outbox's clock, the wall clock, whatever time the round was run for.
  const queuedAt = new Date();
  const requestIds = new Set(letter.items.map((item) => item.requestId));
  const outbox = await tx.outboxMessage.create({
    data: {
      channel: 'EMAIL',
      recipientId: first!.professionalId,
      requestId: requestIds.size === 1 ? first!.requestId : null,
      toAddress: letter.to,
      subject: text.subject,
      body: text.body,
      createdAt: queuedAt,
      nextAttemptAt: queuedAt,
    },
    select: { id: true },
  });
  await settle(tx, letter.items, { status: 'MAILED', outboxId: outbox.id });
}

function settle(
  tx: Tx,
  items: { id: string }[],
  data: { status: NotificationStatus; skipReason?: string; outboxId?: string; decideAt?: Date },
) {
  return tx.notification.updateMany({ where: { id: { in: items.map((item) => item.id) } }, data });
}

/**
 * Decides the notifications due now (claimed with FOR UPDATE SKIP LOCKED, so that each is decided once
 * across instances): each is skipped, postponed, kept for the digest, or written and queued as one mail.
 * Returns how many mails were queued.
 */
export function decideNotifications(prisma: PrismaClient, writer: NotificationWriter, now = new Date()) {
  return inBatches(() =>
    prisma.$transaction(async (tx) => {
      const claimed = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "Notification" WHERE "status" = 'PENDING' AND "decideAt" <= ${now}
        ORDER BY "decideAt", "id" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`;
      if (claimed.length === 0) return { handled: 0, counted: 0 };
      const all = await factsOf(tx, Prisma.sql`n."id" = ANY(${claimed.map((row) => row.id)}::uuid[])`);
      const preferences = await preferencesFor(
        tx,
        all.map((facts) => facts.professionalId),
      );
      let mailed = 0;
      for (const facts of all) {
        const chosen = preferences.get(facts.professionalId)!;
        const decided = verdict(facts, chosen, now);
        if ('skip' in decided) await settle(tx, [facts], { status: 'SKIPPED', skipReason: decided.skip });
        else if ('later' in decided) await settle(tx, [facts], { status: 'PENDING', decideAt: decided.later });
        else if ('digest' in decided) await settle(tx, [facts], { status: 'DIGEST', decideAt: now });
        else {
          const letter = { to: facts.email!, timeZone: chosen.timeZone, items: [facts] };
          await queueMail(tx, letter, writer.one(letter));
          mailed++;
        }
      }
      return { handled: claimed.length, counted: mailed };
    }),
  );
}

const NO_ID = '00000000-0000-0000-0000-000000000000';

/**
 * Sends each professional's digest once their digest hour has come for what waits in it (outside quiet
 * hours): one mail listing, by request, what is still unseen; what was seen meanwhile is dropped. Every
 * professional due is looked at, in id order. Returns how many digests were queued.
 */
export async function sendDigests(prisma: PrismaClient, writer: NotificationWriter, now = new Date()) {
  let sent = 0;
  let after = NO_ID;
  for (let i = 0; i < MAX_BATCHES; i++) {
    const due = await digestsDue(prisma, now, after);
    for (const { professionalId } of due) if (await sendDigest(prisma, writer, professionalId, now)) sent++;
    if (due.length < BATCH) break;
    after = due.at(-1)!.professionalId;
  }
  return sent;
}

/**
 * One professional's digest, with their cursor row locked (SKIP LOCKED: another instance writing it, or
 * drawing their notifications, has it), so that two instances never both send it; due is asked again
 * under the lock, since another instance may have sent it just before.
 */
async function sendDigest(prisma: PrismaClient, writer: NotificationWriter, professionalId: string, now: Date) {
  return prisma.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ professionalId: string }[]>`
      SELECT "professionalId" FROM "NotificationCursor" WHERE "professionalId" = ${professionalId}::uuid
      FOR UPDATE SKIP LOCKED`;
    if (!locked || (await digestsDue(tx, now, NO_ID, professionalId)).length === 0) return false;
    const preferences = (await preferencesFor(tx, [professionalId])).get(professionalId)!;
    if (isQuiet(preferences, now)) return false;
    const items = await factsOf(tx, Prisma.sql`n."professionalId" = ${professionalId}::uuid AND n."status" = 'DIGEST'`);
    const kept: NotificationFacts[] = [];
    for (const item of items) {
      const decided = verdict(item, preferences, now, true);
      if ('skip' in decided) await settle(tx, [item], { status: 'SKIPPED', skipReason: decided.skip });
      else kept.push(item);
    }
    if (kept.length === 0) return false;
    const letter = { to: kept[0]!.email!, timeZone: preferences.timeZone, items: kept };
    await queueMail(tx, letter, writer.digest(letter));
    return true;
  });
}

/**
 * Deletes what notifications left before `before`: the notifications settled (mailed or skipped) and the
 * notification mails sent or given up. Kept as long as the inbox log they come from.
 */
export async function pruneNotifications(prisma: PrismaClient, before: Date): Promise<void> {
  // A row with a key (a triage reminder) is kept: it is what stops the reminder being sent again.
  await prisma.notification.deleteMany({
    where: { status: { in: ['MAILED', 'SKIPPED'] }, key: null, createdAt: { lt: before } },
  });
  await prisma.outboxMessage.deleteMany({
    where: { channel: 'EMAIL', status: { in: ['SENT', 'FAILED'] }, createdAt: { lt: before } },
  });
}
