// The outbox: reports queued for treating doctors' MSSanté addresses and notifications for professionals' e-mail,
// drained by every instance.
import { Prisma, type PrismaClient } from '../generated/prisma/client.ts';
import { type ChangeEvent, type Services, systemChange } from './changes.ts';

interface MailBase {
  /** Stable across attempts: the connector's idempotency key (e.g. the Message-ID), since a mail may be handed over twice. */
  id: string;
  toAddress: string;
  subject: string;
  /** 1 for the first attempt. */
  attempt: number;
}

/** The report to a treating doctor by secure mail: the PDF is rendered when sent. */
export interface ReportMail extends MailBase {
  channel: 'SECURE_EMAIL';
  transmissionId: string;
  reportId: string;
  requestId: string;
  recipientId: string;
  /** Who signed the report: told when the mail is given up. */
  expertId: string;
}

/** A notification (or a digest) to a professional by plain e-mail, written when queued. */
export interface NotificationMail extends MailBase {
  channel: 'EMAIL';
  recipientId: string;
  /** Null for a digest spanning several requests. */
  requestId: string | null;
  body: string;
}

/** What the connector is given for one mail. */
export type OutgoingMail = ReportMail | NotificationMail;

/** Sends one mail; throws when it could not (see SendFailure). Should give up when `signal` aborts. */
export type MailSender = (mail: OutgoingMail, signal: AbortSignal) => Promise<void>;

/** The defaults of the MAIL_* settings (README.md#configuration). */
export const DEFAULT_DRAIN = { limit: 20, sendTimeoutMs: 60_000, maxAttempts: 10, retryBaseMs: 60_000 } as const;
export type DrainOptions = { [K in keyof typeof DEFAULT_DRAIN]: number };
const RETRY_MAX_MS = 6 * 60 * 60 * 1000;

/** What a failed attempt tells: why, and whether another attempt may help (a refusal by the recipient's side cannot). */
export interface SendFailure {
  reason: string;
  permanent: boolean;
}

/**
 * Sends up to `limit` mails that are due, one at a time: each is claimed under a lease of twice the
 * send timeout (FOR UPDATE SKIP LOCKED, so several instances never hold one mail at once), sent
 * outside any transaction within `sendTimeoutMs`, then recorded: sent (the transmission gets its
 * sentAt), tried again after an exponential backoff, or given up (FAILED, and the expert is told)
 * when refused for good or after `maxAttempts`. Each outcome is traced as the system's act.
 * Delivery is at least once: an instance that dies after sending leaves the mail to be sent again,
 * with the same Message-ID, when its lease ends. Returns how many were sent.
 */
export async function drainOutbox(
  services: Services,
  send: MailSender,
  options: Partial<DrainOptions> & { failure?: (error: unknown) => SendFailure } = {},
): Promise<number> {
  const { failure = temporary, ...given } = options;
  const settings = { ...DEFAULT_DRAIN, ...given };
  let sent = 0;
  for (let i = 0; i < settings.limit; i++) {
    const mail = await claim(services.prisma, 2 * settings.sendTimeoutMs);
    if (!mail) break;
    try {
      await sendWithin(send, mail, settings.sendTimeoutMs);
    } catch (error) {
      await recordFailure(services, mail, failure(error), settings);
      continue;
    }
    await recordSent(services.prisma, mail);
    sent++;
  }
  return sent;
}

/** Without a connector's own reading of its errors, every failure is worth another attempt. */
function temporary(error: unknown): SendFailure {
  return { reason: error instanceof Error ? error.message : 'send failed', permanent: false };
}

/** The wait before attempt `attempt + 1`: the base, doubled at each attempt, at most 6 hours. */
export function retryDelayMs(attempt: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** (attempt - 1), RETRY_MAX_MS);
}

interface ClaimedRow {
  id: string;
  channel: OutgoingMail['channel'];
  toAddress: string;
  subject: string;
  attempt: number;
  transmissionId: string | null;
  reportId: string | null;
  requestId: string | null;
  recipientId: string | null;
  expertId: string | null;
  body: string | null;
}

async function claim(prisma: PrismaClient, leaseMs: number): Promise<OutgoingMail | undefined> {
  const now = new Date();
  const [row] = await prisma.$queryRaw<ClaimedRow[]>(Prisma.sql`
    WITH claimed AS (
      UPDATE "OutboxMessage" SET "nextAttemptAt" = ${new Date(now.getTime() + leaseMs)}, "attempts" = "attempts" + 1
      WHERE "id" = (
        SELECT "id" FROM "OutboxMessage"
        WHERE "status" = 'QUEUED' AND "nextAttemptAt" <= ${now}
        ORDER BY "nextAttemptAt", "id"
        LIMIT 1
        FOR UPDATE SKIP LOCKED)
      RETURNING *)
    SELECT c."id", c."channel", c."toAddress", c."subject", c."attempts" AS "attempt", c."transmissionId", t."reportId",
      COALESCE(r."requestId", c."requestId") AS "requestId", COALESCE(t."recipientId", c."recipientId") AS "recipientId",
      r."authorId" AS "expertId", c."body"
    FROM claimed c
    LEFT JOIN "ReportTransmission" t ON t."id" = c."transmissionId"
    LEFT JOIN "Report" r ON r."id" = t."reportId"`);
  return row && outgoing(row);
}

/** The claimed row as its channel's sender needs it (the table's check constraint guarantees the fields). */
function outgoing(row: ClaimedRow): OutgoingMail {
  const base = { id: row.id, toAddress: row.toAddress, subject: row.subject, attempt: row.attempt };
  if (row.channel === 'EMAIL')
    return { ...base, channel: 'EMAIL', recipientId: row.recipientId!, requestId: row.requestId, body: row.body! };
  return {
    ...base,
    channel: 'SECURE_EMAIL',
    transmissionId: row.transmissionId!,
    reportId: row.reportId!,
    requestId: row.requestId!,
    recipientId: row.recipientId!,
    expertId: row.expertId!,
  };
}

async function sendWithin(send: MailSender, mail: OutgoingMail, timeoutMs: number): Promise<void> {
  const signal = AbortSignal.timeout(timeoutMs);
  const timedOut = new Promise<never>((_, reject) => {
    signal.addEventListener(
      'abort',
      () => reject(new MailTimeout(`the mail was not sent within ${timeoutMs / 1000} s`)),
      { once: true },
    );
  });
  await Promise.race([send(mail, signal), timedOut]);
}

/** An attempt that did not finish in time (the mail server or the PDF too slow): tried again later. */
export class MailTimeout extends Error {
  override name = 'MailTimeout';
}

/** What the traces call each channel's mail, so that a report's and a notification's outcomes read apart. */
const TRACED = {
  SECURE_EMAIL: { prefix: 'report', entityType: 'ReportTransmission' },
  EMAIL: { prefix: 'notification', entityType: 'OutboxMessage' },
} as const;

/** A trace of the system's own act on a mail (no actor), like the deadline notices: `report.sent`, `notification.sent`… */
function systemTrace(mail: OutgoingMail, at: Date, outcome: string, details: Prisma.InputJsonObject) {
  const { prefix, entityType } = TRACED[mail.channel];
  return {
    at,
    actorId: null,
    action: `${prefix}.${outcome}`,
    entityType,
    entityId: mail.channel === 'SECURE_EMAIL' ? mail.transmissionId : mail.id,
    requestId: mail.requestId,
    details: { ...details, recipientId: mail.recipientId, channel: mail.channel },
  };
}

async function recordSent(prisma: PrismaClient, mail: OutgoingMail): Promise<void> {
  const now = new Date();
  await prisma.$transaction([
    prisma.outboxMessage.update({ where: { id: mail.id }, data: { status: 'SENT', sentAt: now, lastError: null } }),
    ...(mail.channel === 'SECURE_EMAIL'
      ? [prisma.reportTransmission.update({ where: { id: mail.transmissionId }, data: { sentAt: now } })]
      : []),
    prisma.auditEvent.create({ data: systemTrace(mail, now, 'sent', { attempt: mail.attempt }) }),
  ]);
}

/**
 * A failed attempt: scheduled again with its reason, or given up. A report's mail given up is told to the
 * expert who signed it as an inbox event; a notification given up is traced only (its recipient is who
 * could not be reached).
 */
async function recordFailure(
  services: Services,
  mail: OutgoingMail,
  { reason, permanent }: SendFailure,
  settings: DrainOptions,
): Promise<void> {
  const now = new Date();
  const lastError = reason.slice(0, 500);
  if (!permanent && mail.attempt < settings.maxAttempts) {
    const nextAttemptAt = new Date(now.getTime() + retryDelayMs(mail.attempt, settings.retryBaseMs));
    await services.prisma.$transaction([
      services.prisma.outboxMessage.update({ where: { id: mail.id }, data: { lastError, nextAttemptAt } }),
      services.prisma.auditEvent.create({
        data: systemTrace(mail, now, 'send_retry', {
          attempt: mail.attempt,
          nextAttemptAt: nextAttemptAt.toISOString(),
        }),
      }),
    ]);
    return;
  }
  await systemChange(services, async (tx) => {
    await tx.outboxMessage.update({ where: { id: mail.id }, data: { status: 'FAILED', failedAt: now, lastError } });
    await tx.auditEvent.create({ data: systemTrace(mail, now, 'send_failed', { attempt: mail.attempt, permanent }) });
    return mail.channel === 'SECURE_EMAIL' ? [transmissionFailed(mail)] : [];
  });
}

function transmissionFailed(mail: ReportMail): ChangeEvent {
  return {
    kind: 'TRANSMISSION_FAILED',
    requestId: mail.requestId,
    reportId: mail.reportId,
    transmissionId: mail.transmissionId,
    expertId: mail.expertId,
    participantIds: [mail.expertId],
  };
}
