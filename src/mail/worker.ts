// Every instance, on a timer, turns events into notifications and drains the mail outbox; without SMTP_URL, mail
// stays queued and the start log says so once.
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { collectNotifications, decideNotifications, remindTriage, sendDigests } from '../domain/notifications.ts';
import { drainOutbox, type MailSender } from '../domain/outbox.ts';
import type { Services } from '../domain/changes.ts';
import { repeat } from '../timers.ts';
import { classifyMailFailure } from './failures.ts';
import { composeNotificationMail, createNotificationWriter } from './notification-mail.ts';
import { composeReportMail, type ReportPdf } from './report-mail.ts';
import { createSmtpSend, smtpOptions } from './smtp.ts';

export interface MailWorker {
  /** Logs, at start, what the worker will do when it cannot send (no SMTP_URL). */
  announce(): Promise<void>;
  /** Queues the notifications due at `now` (drawn from the inbox log, reminders, digests); resolves with how many mails. */
  notify(now?: Date): Promise<number>;
  /** Sends what is due now; resolves with how many were sent. */
  drain(): Promise<number>;
  stop(): Promise<void>;
}

/** One round of notifications: new events drawn, reminders added, what is due decided, digests written. */
function notifier(services: Services, config: Config) {
  const { mail } = config;
  const settings = {
    graceMs: mail.notifyGraceSeconds * 1000,
    triageReminderMs: mail.triageReminderDays * 24 * 60 * 60 * 1000,
  };
  const writer = createNotificationWriter(config.files.publicUrl ?? `http://localhost:${config.port}`);
  return async (now = new Date()) => {
    const { prisma } = services;
    await collectNotifications(prisma, settings, now);
    await remindTriage(prisma, settings, now);
    return (await decideNotifications(prisma, writer, now)) + (await sendDigests(prisma, writer, now));
  };
}

/** The longest the worker waits after a round that failed (the database away) before it tries again. */
const MAX_BACKOFF_MS = 10 * 60_000;

export function startMailWorker(options: {
  services: Services;
  config: Config;
  pdf: ReportPdf;
  logger: Logger;
}): MailWorker {
  const { services, config, pdf, logger } = options;
  const { mail } = config;
  const notify = notifier(services, config);
  if (!mail.smtpUrl || !mail.from) {
    // Said once, when the instance starts (awaited there, so that no statement of it lands later).
    const announce = async () => {
      const waiting = await services.prisma.outboxMessage.count({ where: { status: 'QUEUED' } });
      logger.warn(
        { waiting },
        'SMTP_URL is not set: mail stays queued (Report.transmissions shows it) and no notification is drawn',
      );
    };
    // Notifications are not drawn: once mail can go, what is older than a day is left to the inbox.
    return { announce, notify, drain: async () => 0, stop: async () => undefined };
  }
  const from = mail.from;
  const smtp = createSmtpSend(smtpOptions(mail, config.production), from);
  // One sender per channel; both go through the one SMTP connector here.
  const send: MailSender = async (outgoing, signal) =>
    smtp.send(
      outgoing.channel === 'SECURE_EMAIL'
        ? await composeReportMail(services.prisma, outgoing, { from, pdf })
        : composeNotificationMail(outgoing, from),
      signal,
    );
  const failure = (error: unknown) => {
    const { message, permanent } = classifyMailFailure(error);
    // The SMTP codes only: the server's reply may quote the recipient's address.
    const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
    logger.warn({ permanent, code, responseCode }, 'mail not sent');
    return { reason: message, permanent };
  };
  const drain = () =>
    drainOutbox(services, send, {
      failure,
      sendTimeoutMs: mail.sendTimeoutSeconds * 1000,
      maxAttempts: mail.maxAttempts,
      retryBaseMs: mail.retryBaseSeconds * 1000,
    });
  // Two timers, so that a failing notification round never holds back the reports' secure mail.
  const timers = [
    every(mail.pollSeconds, () => notify(), 'notification round', logger),
    every(mail.pollSeconds, drain, 'mail outbox drain', logger),
  ];
  return {
    announce: async () => undefined,
    notify,
    drain,
    async stop() {
      await Promise.all(timers.map((timer) => timer?.stop()));
      smtp.close();
    },
  };
}

/** The worker's timer: a round every `pollSeconds` (0: none on this instance), backing off after a failed one. */
function every(pollSeconds: number, round: () => Promise<number>, what: string, logger: Logger) {
  if (pollSeconds <= 0) return undefined;
  return repeat(round, {
    periodMs: pollSeconds * 1000,
    maxBackoffMs: Math.max(pollSeconds * 1000, MAX_BACKOFF_MS),
    onError: (error) => logger.error({ err: error }, `${what} failed`),
  });
}
