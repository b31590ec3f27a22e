// The secure-mail outbox: reports queued for treating doctors' MSSanté addresses, drained by a mail connector.
import { Prisma } from '../generated/prisma/client.ts';
import type { Services } from './changes.ts';

/** What the connector is given for one mail: the address, the subject, and the report to attach. */
export interface OutgoingMail {
  id: string;
  toAddress: string;
  subject: string;
  reportId: string;
  requestId: string;
  recipientId: string;
}

/** Sends one mail; throws when it could not (the mail is tried again later). */
export type MailSender = (mail: OutgoingMail) => Promise<void>;

const RETRY_BASE_MS = 60_000;
const RETRY_MAX_MS = 6 * 60 * 60 * 1000;

/**
 * Claims up to `limit` mails that are due (FOR UPDATE SKIP LOCKED: several connectors never send
 * one mail twice at once), sends each, and records the outcome: sent (the transmission gets its
 * sentAt, traced), or failed (tried again after an exponential backoff). Returns how many were sent.
 */
export async function drainOutbox(services: Services, send: MailSender, limit = 20): Promise<number> {
  let sent = 0;
  for (let i = 0; i < limit; i++) {
    const done = await services.prisma.$transaction(async (tx) => {
      const now = new Date();
      const [mail] = await tx.$queryRaw<OutgoingMail[]>(Prisma.sql`
        SELECT o."id", o."toAddress", o."subject", t."reportId", r."requestId", t."recipientId"
        FROM "OutboxMessage" o
        JOIN "ReportTransmission" t ON t."id" = o."transmissionId"
        JOIN "Report" r ON r."id" = t."reportId"
        WHERE o."sentAt" IS NULL AND o."nextAttemptAt" <= ${now}
        ORDER BY o."nextAttemptAt", o."id"
        LIMIT 1
        FOR UPDATE OF o SKIP LOCKED`);
      if (!mail) return undefined;
      try {
        await send(mail);
      } catch (error) {
        const row = await tx.outboxMessage.update({ where: { id: mail.id }, data: { attempts: { increment: 1 } }, select: { attempts: true } });
        const delay = Math.min(RETRY_BASE_MS * 2 ** (row.attempts - 1), RETRY_MAX_MS);
        await tx.outboxMessage.update({
          where: { id: mail.id },
          data: { lastError: error instanceof Error ? error.message.slice(0, 500) : 'send failed', nextAttemptAt: new Date(now.getTime() + delay) },
        });
        return false;
      }
      const message = await tx.outboxMessage.update({
        where: { id: mail.id },
        data: { sentAt: now, attempts: { increment: 1 }, lastError: null },
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
          details: { recipientId: mail.recipientId, channel: 'SECURE_EMAIL' },
        },
      });
      return true;
    }, { timeout: 30_000 });
    if (done === undefined) break;
    if (done) sent++;
  }
  return sent;
}
