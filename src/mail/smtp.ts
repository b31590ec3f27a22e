// The mail connector: SMTP through nodemailer, configured by SMTP_URL, with TLS required unless told otherwise.
import nodemailer, { type SendMailOptions, type SMTPTransportOptions } from 'nodemailer';
import { parseConnectionUrl } from 'nodemailer/lib/shared';
import { ConfigError, type MailConfig } from '../config.ts';
import { classifyMailFailure } from './failures.ts';

/** One mail as composed for the mail server; `messageId` stays the same at every attempt. */
export type ComposedMail = SendMailOptions & { to: string; messageId: string };

/** Hands one composed mail to the mail server; throws a MailFailure when it was not accepted. */
export type SmtpSend = (mail: ComposedMail, signal: AbortSignal) => Promise<void>;

/** The connection is given up after these (nodemailer's defaults are minutes: a frozen server would hold a mail that long). */
const CONNECTION_TIMEOUT_MS = 10_000;
const SOCKET_TIMEOUT_MS = 30_000;

function isLoopback(host: string | undefined): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || (host?.startsWith('127.') ?? false);
}

/**
 * The transport's options from the settings. smtps:// is TLS from the start; smtp:// must upgrade with
 * STARTTLS unless the URL says otherwise (`?requireTLS=false`, `?ignoreTLS=true`). Without TLS, mail and
 * credentials cross the network in clear: production refuses it unless SMTP_ALLOW_PLAINTEXT=true; elsewhere
 * a plain server on this machine (a development catcher) is accepted as it is.
 */
export function smtpOptions(mail: MailConfig, production: boolean): SMTPTransportOptions {
  if (!mail.smtpUrl) throw new ConfigError('SMTP_URL is not set');
  const parsed = parseConnectionUrl(mail.smtpUrl) as SMTPTransportOptions;
  const saysPlain = parsed.requireTLS === false || parsed.ignoreTLS === true;
  const requireTLS = !parsed.secure && !saysPlain && (production || !isLoopback(parsed.host));
  if (production && !parsed.secure && saysPlain && !mail.allowPlaintext)
    throw new ConfigError(
      'SMTP_URL turns TLS off: in production mail must be encrypted; set SMTP_ALLOW_PLAINTEXT=true only for a relay on a trusted network',
    );
  const auth = parsed.auth ?? (mail.smtpUser ? { user: mail.smtpUser, pass: mail.smtpPassword ?? '' } : undefined);
  return {
    ...parsed,
    requireTLS,
    ...(auth && { auth }),
    connectionTimeout: CONNECTION_TIMEOUT_MS,
    greetingTimeout: CONNECTION_TIMEOUT_MS,
    socketTimeout: SOCKET_TIMEOUT_MS,
  };
}

/** A sender over one SMTP transport (a new connection per mail: mail is rare), and what closes it. */
export function createSmtpSend(options: SMTPTransportOptions, from: string): { send: SmtpSend; close(): void } {
  const transport = nodemailer.createTransport(options);
  return {
    async send(mail, signal) {
      try {
        await transport.sendMail({ from, ...mail, signal });
      } catch (error) {
        throw classifyMailFailure(error);
      }
    },
    close: () => transport.close(),
  };
}
