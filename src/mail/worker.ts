// Every instance drains the mail outbox on a timer; without SMTP_URL, mail stays queued and the start log says so once.
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { drainOutbox, type MailSender } from '../domain/outbox.ts';
import type { Services } from '../domain/changes.ts';
import { repeat } from '../timers.ts';
import { classifyMailFailure } from './failures.ts';
import { composeReportMail, type ReportPdf } from './report-mail.ts';
import { createSmtpSend, smtpOptions } from './smtp.ts';

export interface MailWorker {
  /** Logs, at start, what the worker will do when it cannot send (no SMTP_URL). */
  announce(): Promise<void>;
  /** Sends what is due now (what the timer does every MAIL_POLL_SECONDS); resolves with how many were sent. */
  drain(): Promise<number>;
  stop(): Promise<void>;
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
  if (!mail.smtpUrl || !mail.from) {
    // Said once, when the instance starts (awaited there, so that no statement of it lands later).
    const announce = async () => {
      const waiting = await services.prisma.outboxMessage.count({ where: { status: 'QUEUED' } });
      logger.warn({ waiting }, 'SMTP_URL is not set: mail stays queued (Report.transmissions shows it)');
    };
    return { announce, drain: async () => 0, stop: async () => undefined };
  }
  const from = mail.from;
  const smtp = createSmtpSend(smtpOptions(mail, config.production), from);
  const send: MailSender = async (outgoing, signal) =>
    smtp.send(await composeReportMail(services.prisma, outgoing, { from, pdf }), signal);
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
  const timer =
    mail.pollSeconds > 0
      ? repeat(drain, {
          periodMs: mail.pollSeconds * 1000,
          maxBackoffMs: Math.max(mail.pollSeconds * 1000, MAX_BACKOFF_MS),
          onError: (error) => logger.error({ err: error }, 'mail outbox drain failed'),
        })
      : undefined;
  return {
    announce: async () => undefined,
    drain,
    async stop() {
      await timer?.stop();
      smtp.close();
    },
  };
}
