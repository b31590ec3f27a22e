// Why a mail was not sent, in words a person can act on, and whether trying again later may help.
import { MailTimeout } from '../domain/outbox.ts';

/** A failed attempt: `permanent` when the recipient's side refused the mail itself (5xx), so that retrying cannot help. */
export class MailFailure extends Error {
  override name = 'MailFailure';
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

/** The parts of a nodemailer error this reads (nodemailer's ERROR_CODES, and the SMTP reply when there was one). */
interface SendError {
  code?: unknown;
  /** The SMTP command answered: 'MAIL FROM' (our sender), 'RCPT TO' (the recipient), 'DATA'… */
  command?: unknown;
  responseCode?: unknown;
  response?: unknown;
  message?: unknown;
}

/** nodemailer's codes for a server it could not talk to (ERROR_CODES in its errors.d.ts). */
const UNREACHABLE = new Set(['ECONNECTION', 'ESOCKET', 'ETIMEDOUT', 'EDNS', 'ECONNREFUSED']);

/** The SMTP reply quoted in a reason, bounded: a server may send a long one. */
function reply(error: SendError): string {
  const text = typeof error.response === 'string' ? error.response : String(error.message ?? '');
  return text.replace(/\s+/g, ' ').trim().slice(0, 300);
}

/**
 * Sorts a send error: a 5xx reply to the envelope or the message is the recipient's side refusing it
 * (unknown address, message rejected) and is final; everything else is tried again later: 4xx replies
 * (greylisting, mailbox full), the mail server unreachable or slow, and our own side's configuration
 * (credentials, TLS, the sender address), which an operator fixes without the mail being lost.
 */
export function classifyMailFailure(raw: unknown): MailFailure {
  if (raw instanceof MailFailure) return raw;
  if (raw instanceof MailTimeout)
    return new MailFailure(`${raw.message}: the mail server or the PDF was too slow`, false);
  const error: SendError = typeof raw === 'object' && raw !== null ? raw : { message: String(raw) };
  const status = typeof error.responseCode === 'number' ? error.responseCode : undefined;
  const code = typeof error.code === 'string' ? error.code : undefined;
  if (code === 'EAUTH' || code === 'ENOAUTH')
    return new MailFailure(`the mail server refused our credentials (check SMTP_URL): ${reply(error)}`, false);
  if (code === 'ETLS' || code === 'EREQUIRETLS')
    return new MailFailure(`no TLS with the mail server (it must offer STARTTLS): ${reply(error)}`, false);
  if (status !== undefined && status >= 500 && code === 'EENVELOPE' && error.command === 'MAIL FROM')
    return new MailFailure(`the mail server refused our sender address (check MAIL_FROM): ${reply(error)}`, false);
  if (status !== undefined && status >= 500 && (code === 'EENVELOPE' || code === 'EMESSAGE'))
    return new MailFailure(`the recipient's mail server refused the mail (check the address): ${reply(error)}`, true);
  if (status !== undefined && status >= 400)
    return new MailFailure(`the mail server asked to try again later: ${reply(error)}`, false);
  if (code !== undefined && UNREACHABLE.has(code))
    return new MailFailure(`the mail server could not be reached: ${reply(error)}`, false);
  // Not the SMTP exchange (the report's PDF not rendered, the database away…): tried again all the same.
  return new MailFailure(`the mail could not be prepared or sent: ${reply(error)}`, false);
}
