// The secure-mail outbox: reports queued for treating doctors' MSSanté addresses, drained by a mail connector.
import { Prisma, type PrismaClient } from '../generated/prisma/client.ts';
import type { Services } from './changes.ts';

/** What the connector is given for one mail: the address, the subject, and the report to attach. */
export interface OutgoingMail {
  /** Stable across attempts: the connector's idempotency key (e.g. the Message-ID), since a mail may be handed over twice. */
  id: string;
  toAddress: string;
  subject: string;
  reportId: string;
  requestId: string;
  recipientId: string;
  /** 1 for the first attempt. */
  attempt: number;
}

/** Sends one mail; throws when it could not (the mail is tried again later). Should give up when `signal` aborts. */
export type MailSender = (mail: OutgoingMail, signal: AbortSignal) => Promise<void>;

/** How long a claimed mail is kept from other connectors: a connector that dies mid-send releases it then. */
const LEASE_MS = 5 * 60_000;
const SEND_TIMEOUT_MS = 60_000;
const RETRY_BASE_MS = 60_000;
const RETRY_MAX_MS = 6 * 60 * 60 * 1000;

/**
 * Sends up to `limit` mails that are due, one at a time: each is claimed under a lease (FOR UPDATE
 * SKIP LOCKED, so several connectors never hold one mail at once), sent outside any transaction
 * within SEND_TIMEOUT_MS, then recorded: sent (the transmission gets its sentAt, traced as the
 * system's act), or failed (tried again after an exponential backoff). Delivery is at least once:
 * a connector that dies after sending leaves the mail to be sent again when its lease ends.
 * Returns how many were sent.
 */
export async function drainOutbox(
  services: Services,
  send: MailSender,
  options: { limit?: number; sendTimeoutMs?: number } = {},
): Promise<number> {
  const { limit = 20, sendTimeoutMs = SEND_TIMEOUT_MS } = options;
  let sent = 0;
  for (let i = 0; i < limit; i++) {
    const mail = await claim(services.prisma);
    if (!mail) break;
    try {
      await sendWithin(send, mail, sendTimeoutMs);
    } catch (error) {
      const delay = Math.min(RETRY_BASE_MS * 2 ** (mail.attempt - 1), RETRY_MAX_MS);
      await services.prisma.outboxMessage.update({
        where: { id: mail.id },
        data: {
          lastError: error instanceof Error ? error.message.slice(0, 500) : 'send failed',
          nextAttemptAt: new Date(Date.now() + delay),
        },
      });
      continue;
    }
    await recordSent(services.prisma, mail);
    sent++;
  }
  return sent;
}

async function claim(prisma: PrismaClient): Promise<OutgoingMail | undefined> {
  const now = new Date();
  const [mail] = await prisma.$queryRaw<OutgoingMail[]>(Prisma.sql`
    WITH claimed AS (
      UPDATE "OutboxMessage" SET "nextAttemptAt" = ${new Date(now.getTime() + LEASE_MS)}, "attempts" = "attempts" + 1
      WHERE "id" = (
        SELECT "id" FROM "OutboxMessage"
        WHERE "sentAt" IS NULL AND "nextAttemptAt" <= ${now}
        ORDER BY "nextAttemptAt", "id"
        LIMIT 1
        FOR UPDATE SKIP LOCKED)
      RETURNING "id", "toAddress", "subject", "transmissionId", "attempts")
    SELECT c."id", c."toAddress", c."subject", t."reportId", r."requestId", t."recipientId", c."attempts" AS "attempt"
    FROM claimed c
    JOIN "ReportTransmission" t ON t."id" = c."transmissionId"
    JOIN "Report" r ON r."id" = t."reportId"`);
  return mail;
}

async function sendWithin(send: MailSender, mail: OutgoingMail, timeoutMs: number): Promise<void> {
  const signal = AbortSignal.timeout(timeoutMs);
  const timedOut = new Promise<never>((_, reject) => {
    signal.addEventListener('abort', () => reject(new Error(`the mail was not sent within ${timeoutMs / 1000} s`)), {
      once: true,
    });
  });
  await Promise.race([send(mail, signal), timedOut]);
}

async function recordSent(prisma: PrismaClient, mail: OutgoingMail): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const now = new Date();
    const message = await tx.outboxMessage.update({
      where: { id: mail.id },
      data: { sentAt: now, lastError: null },
      select: { transmissionId: true },
    });
    await tx.reportTransmission.update({ where: { id: message.transmissionId }, data: { sentAt: now } });
    // Traced as the system's act (no actor), like the deadline notices.
    await tx.auditEvent.create({
      data: {
        at: now,
        actorId: null,
        action: 'report.sent',
        entityType: 'ReportTransmission',
        entityId: message.transmissionId,
        requestId: mail.requestId,
        details: { recipientId: mail.recipientId, channel: 'SECURE_EMAIL', attempt: mail.attempt },
      },
    });
  });
}
