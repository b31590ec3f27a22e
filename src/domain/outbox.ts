// The secure-mail outbox: reports queued for treating doctors' MSSanté addresses, drained by every instance.
import { Prisma, type PrismaClient } from '../generated/prisma/client.ts';
import { type ChangeEvent, type Services, systemChange } from './changes.ts';

/** What the connector is given for one mail: the address, the subject, and the report to attach. */
export interface OutgoingMail {
  /** Stable across attempts: the connector's idempotency key (e.g. the Message-ID), since a mail may be handed over twice. */
  id: string;
  toAddress: string;
  subject: string;
  transmissionId: string;
  reportId: string;
  requestId: string;
  recipientId: string;
  /** Who signed the report: told when the mail is given up. */
  expertId: string;
  /** 1 for the first attempt. */
  attempt: number;
}

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

async function claim(prisma: PrismaClient, leaseMs: number): Promise<OutgoingMail | undefined> {
  const now = new Date();
  const [mail] = await prisma.$queryRaw<OutgoingMail[]>(Prisma.sql`
    WITH claimed AS (
      UPDATE "OutboxMessage" SET "nextAttemptAt" = ${new Date(now.getTime() + leaseMs)}, "attempts" = "attempts" + 1
      WHERE "id" = (
        SELECT "id" FROM "OutboxMessage"
        WHERE "status" = 'QUEUED' AND "nextAttemptAt" <= ${now}
        ORDER BY "nextAttemptAt", "id"
        LIMIT 1
        FOR UPDATE SKIP LOCKED)
      RETURNING "id", "toAddress", "subject", "transmissionId", "attempts")
    SELECT c."id", c."toAddress", c."subject", c."transmissionId", t."reportId", r."requestId", r."authorId" AS "expertId",
      t."recipientId", c."attempts" AS "attempt"
    FROM claimed c
    JOIN "ReportTransmission" t ON t."id" = c."transmissionId"
    JOIN "Report" r ON r."id" = t."reportId"`);
  return mail;
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

/** A trace of the system's own act on a transmission (no actor), like the deadline notices. */
function systemTrace(mail: OutgoingMail, at: Date, action: string, details: Prisma.InputJsonValue) {
  return {
    at,
    actorId: null,
    action,
    entityType: 'ReportTransmission',
    entityId: mail.transmissionId,
    requestId: mail.requestId,
    details,
  };
}

async function recordSent(prisma: PrismaClient, mail: OutgoingMail): Promise<void> {
  const now = new Date();
  await prisma.$transaction([
    prisma.outboxMessage.update({ where: { id: mail.id }, data: { status: 'SENT', sentAt: now, lastError: null } }),
    prisma.reportTransmission.update({ where: { id: mail.transmissionId }, data: { sentAt: now } }),
    prisma.auditEvent.create({
      data: systemTrace(mail, now, 'report.sent', {
        recipientId: mail.recipientId,
        channel: 'SECURE_EMAIL',
        attempt: mail.attempt,
      }),
    }),
  ]);
}

/** A failed attempt: scheduled again with its reason, or given up and told to the expert as an inbox event. */
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
        data: systemTrace(mail, now, 'report.send_retry', {
          attempt: mail.attempt,
          nextAttemptAt: nextAttemptAt.toISOString(),
        }),
      }),
    ]);
    return;
  }
  const event: ChangeEvent = {
    kind: 'TRANSMISSION_FAILED',
    requestId: mail.requestId,
    reportId: mail.reportId,
    transmissionId: mail.transmissionId,
    expertId: mail.expertId,
    participantIds: [mail.expertId],
  };
  await systemChange(services, async (tx) => {
    await tx.outboxMessage.update({ where: { id: mail.id }, data: { status: 'FAILED', failedAt: now, lastError } });
    await tx.auditEvent.create({
      data: systemTrace(mail, now, 'report.send_failed', { attempt: mail.attempt, permanent }),
    });
    return [event];
  });
}
