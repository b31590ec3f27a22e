// The mail connector's rules without a server: TLS from the settings, what each failure means, the backoff.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';
import { MailTimeout, retryDelayMs } from '../src/domain/outbox.ts';
import { classifyMailFailure } from '../src/mail/failures.ts';
import { messageIdFor } from '../src/mail/report-mail.ts';
import { smtpOptions } from '../src/mail/smtp.ts';

const PRODUCTION = {
  NODE_ENV: 'production',
  JWT_SECRET: 'a-production-secret-of-this-test-only-0123456789',
  MAIL_FROM: 'teleexpertise@hopital.example',
};

const optionsFor = (env: Record<string, string>) => {
  const config = loadConfig({ MAIL_FROM: 'teleexpertise@hopital.example', ...env });
  return smtpOptions(config.mail, config.production);
};

describe('TLS with the mail server', () => {
  it('requires STARTTLS on smtp:// in production, and TLS from the start on smtps://', () => {
    expect(optionsFor({ ...PRODUCTION, SMTP_URL: 'smtp://user:secret@mail.example:587' })).toMatchObject({
      host: 'mail.example',
      port: 587,
      secure: false,
      requireTLS: true,
      auth: { user: 'user', pass: 'secret' },
    });
    expect(optionsFor({ ...PRODUCTION, SMTP_URL: 'smtps://mail.example:465' })).toMatchObject({
      secure: true,
      requireTLS: false,
    });
  });

  it('refuses in production a URL that turns TLS off, unless SMTP_ALLOW_PLAINTEXT=true', () => {
    const plain = { ...PRODUCTION, SMTP_URL: 'smtp://relay.internal:25?requireTLS=false' };
    expect(() => optionsFor(plain)).toThrow(ConfigError);
    expect(() => optionsFor(plain)).toThrow(/SMTP_ALLOW_PLAINTEXT/);
    expect(optionsFor({ ...plain, SMTP_ALLOW_PLAINTEXT: 'true' })).toMatchObject({ requireTLS: false });
  });

  it('accepts a plain server on this machine outside production, and requires TLS from any other', () => {
    expect(optionsFor({ SMTP_URL: 'smtp://127.0.0.1:1025' })).toMatchObject({ requireTLS: false });
    expect(optionsFor({ SMTP_URL: 'smtp://localhost:1025' })).toMatchObject({ requireTLS: false });
    expect(optionsFor({ SMTP_URL: 'smtp://mail.example:587' })).toMatchObject({ requireTLS: true });
  });

  it('takes the credentials from SMTP_USER and SMTP_PASSWORD when the URL has none', () => {
    expect(
      optionsFor({ SMTP_URL: 'smtp://mail.example:587', SMTP_USER: 'api', SMTP_PASSWORD: 'p@ss:word' }),
    ).toMatchObject({ auth: { user: 'api', pass: 'p@ss:word' } });
  });

  it('needs MAIL_FROM with SMTP_URL, and an smtp:// or smtps:// URL', () => {
    expect(() => loadConfig({ SMTP_URL: 'smtp://127.0.0.1:1025' })).toThrow(/MAIL_FROM/);
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example', MAIL_FROM: 'a@b.example' })).toThrow(/smtp:\/\//);
    expect(() => loadConfig({ SMTP_URL: 'smtp://127.0.0.1:1025', MAIL_FROM: 'not an address' })).toThrow(/MAIL_FROM/);
  });
});

describe('what a failed attempt means', () => {
  const failure = (fields: Record<string, unknown>) =>
    classifyMailFailure(Object.assign(new Error(String(fields.response ?? 'failed')), fields));

  it('gives up on a 5xx refusal of the recipient or the message', () => {
    const rcpt = failure({
      code: 'EENVELOPE',
      command: 'RCPT TO',
      responseCode: 550,
      response: '550 5.1.1 no such user',
    });
    expect(rcpt).toMatchObject({ permanent: true });
    expect(rcpt.message).toMatch(/check the address.*550 5\.1\.1/);
    expect(failure({ code: 'EMESSAGE', command: 'DATA', responseCode: 554 })).toMatchObject({ permanent: true });
  });

  it('tries again on 4xx, an unreachable or slow server, and our own configuration (sender, credentials, TLS)', () => {
    const cases: Record<string, unknown>[] = [
      { code: 'EMESSAGE', command: 'DATA', responseCode: 451, response: '451 greylisted' },
      { code: 'EENVELOPE', command: 'RCPT TO', responseCode: 452 },
      { code: 'ECONNECTION', command: 'CONN' },
      { code: 'ESOCKET', message: 'connect ECONNREFUSED 127.0.0.1:25' },
      { code: 'ETIMEDOUT', command: 'CONN' },
      { code: 'EAUTH', command: 'AUTH PLAIN', responseCode: 535 },
      { code: 'ETLS', command: 'STARTTLS' },
      { code: 'EENVELOPE', command: 'MAIL FROM', responseCode: 553 },
    ];
    for (const fields of cases) expect(failure(fields), JSON.stringify(fields)).toMatchObject({ permanent: false });
    expect(failure({ code: 'EAUTH', responseCode: 535 }).message).toMatch(/credentials \(check SMTP_URL\)/);
    expect(failure({ code: 'EENVELOPE', command: 'MAIL FROM', responseCode: 553 }).message).toMatch(/MAIL_FROM/);
    expect(classifyMailFailure(new MailTimeout('the mail was not sent within 60 s'))).toMatchObject({
      permanent: false,
    });
  });

  it('says a failure outside the SMTP exchange is one, and still tries again', () => {
    const render = classifyMailFailure(new Error('all documents are being generated already'));
    expect(render).toMatchObject({ permanent: false });
    expect(render.message).toBe('the mail could not be prepared or sent: all documents are being generated already');
    expect(failure({ code: 'ESOCKET', message: 'connect ECONNREFUSED' }).message).toMatch(/could not be reached/);
  });

  it('quotes at most 300 characters of the server’s reply', () => {
    const long = failure({ code: 'EMESSAGE', responseCode: 451, response: `451 ${'x'.repeat(2000)}` });
    expect(long.message.length).toBeLessThan(400);
  });
});

describe('retries and identity', () => {
  it('doubles the wait at each attempt, up to 6 hours', () => {
    expect([1, 2, 3, 4].map((attempt) => retryDelayMs(attempt, 60_000))).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(retryDelayMs(20, 60_000)).toBe(6 * 3600 * 1000);
  });

  it('gives every outbox row one Message-ID in the sender’s domain', () => {
    expect(messageIdFor('0193-abc', 'Teleexpertise@chu.example')).toBe('<0193-abc@chu.example>');
  });
});
