// The report by secure mail (MSSanté) to the treating doctor, through a real SMTP server: what arrives, refusals,
// retries with backoff, a server away, and two instances draining one outbox.
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AcceptRequestDocument,
  InboxReportEventsDocument,
  ReportTransmissionsDocument,
  type ReportTransmissionsQuery,
} from './generated/graphql.ts';
import { openSocket } from './kit/live.ts';
import { readPdf } from './kit/pdf.ts';
import { freePort, type ServerProcess, startServerProcess } from './kit/process.ts';
import { freshPatient, signReport } from './kit/reports.ts';
import { createRequest, inDays, patient, professionalId, rawId, RPPS } from './kit/requests.ts';
import { startTestServer, type TestServer } from './kit/server.ts';
import { type MailCatcher, startMailCatcher } from './kit/smtp-server.ts';

const FROM = 'teleexpertise@hopital.example';
const SECURE_ADDRESS = 'julien.bernard@medecin.mssante.fr';
const QUESTION = 'Lésion pigmentée du dos apparue il y a 3 mois';

let catcher: MailCatcher;
let server: TestServer;
let treatingDoctorId: string;

beforeAll(async () => {
  catcher = await startMailCatcher();
  server = await startTestServer({
    SMTP_URL: catcher.url,
    MAIL_FROM: FROM,
    MAIL_MAX_ATTEMPTS: '3',
    MAIL_RETRY_BASE_SECONDS: '0.2',
    MAIL_SEND_TIMEOUT_SECONDS: '10',
  });
  treatingDoctorId = await professionalId(server.db, RPPS.colleague);
  // The demonstration data's reports queued their own mails: sent first, so that each test counts its own.
  while ((await server.app.drainMail()) > 0);
});
afterAll(async () => {
  await server?.stop();
  await catcher?.close();
});
beforeEach(() => {
  catcher.mails.length = 0;
  catcher.answers.length = 0;
});

/** A request for a fresh patient whose treating doctor has an MSSanté address, accepted and reported. */
async function reported(overrides: Parameters<typeof signReport>[3] = {}) {
  const request = await createRequest(server, RPPS.requester, { patient: freshPatient({ treatingDoctorId }) });
  await server.graphql(
    AcceptRequestDocument,
    { requestId: request.id, responseDueAt: inDays(3) },
    { rpps: RPPS.expert },
  );
  const report = await signReport(server, request.id, RPPS.expert, overrides);
  return { request, report };
}

type Transmission = NonNullable<
  Extract<ReportTransmissionsQuery['node'], { __typename?: 'Report' }>['transmissions']
>[number];

async function secureMail(reportId: string): Promise<Transmission> {
  const result = await server.graphql(ReportTransmissionsDocument, { id: reportId }, { rpps: RPPS.expert });
  const node = result.expectData().node as { transmissions: Transmission[] };
  return node.transmissions.find((transmission) => transmission.channel === 'SECURE_EMAIL')!;
}

async function outboxOf(reportId: string) {
  return server.db.prisma.outboxMessage.findFirstOrThrow({ where: { transmission: { reportId: rawId(reportId) } } });
}

/** Makes the mail due now rather than after its backoff. */
async function dueNow(reportId: string) {
  await server.db.prisma.outboxMessage.updateMany({
    where: { transmission: { reportId: rawId(reportId) } },
    data: { nextAttemptAt: new Date() },
  });
}

describe('the report by MSSanté', () => {
  it('arrives at the treating doctor’s secure address with the report as a PDF, and no patient identity outside it', async () => {
    const { request, report } = await reported();
    expect((await secureMail(report.id)).status).toBe('QUEUED');
    expect(await server.app.drainMail()).toBe(1);

    expect(catcher.mails).toHaveLength(1);
    const [mail] = catcher.mails;
    expect(mail!.to).toEqual([SECURE_ADDRESS]);
    expect(mail!.parsed.from?.value[0]?.address).toBe(FROM);
    const outbox = await outboxOf(report.id);
    expect(mail!.parsed.messageId).toBe(`<${outbox.id}@hopital.example>`);
    expect(mail!.parsed.subject).toBe('Compte-rendu de téléexpertise');
    expect(mail!.parsed.text).toContain(rawId(request.id));
    // Neither the subject nor the body (nor any header) names the patient or says what the request is about.
    const outside = mail!.raw.slice(0, mail!.raw.indexOf('Content-Type: application/pdf'));
    for (const secret of [patient.birthName, patient.usedName, 'Marie', 'Jeanne', QUESTION, 'Naevus', 'Exérèse'])
      expect(outside).not.toContain(secret);

    const [attachment] = mail!.parsed.attachments;
    expect(attachment).toMatchObject({
      contentType: 'application/pdf',
      filename: `compte-rendu-${rawId(request.id)}-v1.pdf`,
    });
    const pdf = await readPdf(new Uint8Array(attachment!.content));
    expect(pdf.flat.toLowerCase()).toContain(patient.birthName.toLowerCase());
    expect(pdf.flat).toContain('Naevus atypique');

    expect(await secureMail(report.id)).toMatchObject({ status: 'SENT', attempts: 1, failureReason: null });
    const traced = await server.db.prisma.auditEvent.findMany({
      where: { entityId: outbox.transmissionId!, action: 'report.sent' },
    });
    expect(traced).toHaveLength(1);
  });

  it('tries again after a temporary refusal (451), with backoff, and sends once', async () => {
    const { report } = await reported();
    catcher.answers.push({ refuse: 451, text: 'greylisted, try later' });
    expect(await server.app.drainMail()).toBe(0);
    const waiting = await secureMail(report.id);
    expect(waiting).toMatchObject({ status: 'QUEUED', attempts: 1 });
    expect(waiting.failureReason).toMatch(/try again later.*451/);
    expect(new Date(waiting.nextAttemptAt!).getTime()).toBeGreaterThan(Date.now());
    // Not due yet: nothing is sent.
    expect(await server.app.drainMail()).toBe(0);

    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await server.app.drainMail()).toBe(1);
    expect(catcher.mails).toHaveLength(1);
    expect(await secureMail(report.id)).toMatchObject({ status: 'SENT', attempts: 2, failureReason: null });
  });

  it('gives up at once on a permanent refusal (550), says why, and tells the expert in their inbox', async () => {
    const socket = await openSocket(server.graphqlUrl, { rpps: RPPS.expert });
    try {
      const { report } = await reported();
      const expertId = rawId(await professionalId(server.db, RPPS.expert));
      const counter = await server.db.prisma.inboxCounter.findUnique({ where: { professionalId: expertId } });
      const inbox = socket.subscribe(InboxReportEventsDocument, { after: counter?.position ?? 0 });
      catcher.answers.push({ refuse: 550, text: 'no such mailbox' });
      expect(await server.app.drainMail()).toBe(0);

      const failed = await secureMail(report.id);
      expect(failed).toMatchObject({ status: 'FAILED', attempts: 1, nextAttemptAt: null });
      expect(failed.failureReason).toMatch(/refused the mail \(check the address\).*550/);
      expect(failed.failedAt).not.toBeNull();
      const [event] = await inbox.take(1);
      expect(event!.inbox).toMatchObject({ kind: 'TRANSMISSION_FAILED', report: { id: report.id, version: 1 } });
      // Given up: never tried again.
      await dueNow(report.id);
      expect(await server.app.drainMail()).toBe(0);
      expect(catcher.mails).toHaveLength(0);
    } finally {
      await socket.dispose();
    }
  });

  it('gives up after MAIL_MAX_ATTEMPTS temporary failures', async () => {
    const { report } = await reported();
    for (let attempt = 1; attempt <= 3; attempt++) {
      catcher.answers.push({ refuse: 421, text: 'service not available' });
      await dueNow(report.id);
      expect(await server.app.drainMail()).toBe(0);
    }
    expect(await secureMail(report.id)).toMatchObject({ status: 'FAILED', attempts: 3 });
    const actions = await server.db.prisma.auditEvent.findMany({
      where: { entityId: (await outboxOf(report.id)).transmissionId!, action: { startsWith: 'report.send_' } },
      orderBy: { id: 'asc' },
    });
    expect(actions.map((action) => action.action)).toEqual([
      'report.send_retry',
      'report.send_retry',
      'report.send_failed',
    ]);
  });

  it('waits while the mail server is down and delivers once it is back', async () => {
    const { report } = await reported();
    await catcher.stop();
    try {
      expect(await server.app.drainMail()).toBe(0);
      const waiting = await secureMail(report.id);
      expect(waiting).toMatchObject({ status: 'QUEUED', attempts: 1 });
      expect(waiting.failureReason).toMatch(/could not be reached/);
    } finally {
      await catcher.start();
    }
    await dueNow(report.id);
    expect(await server.app.drainMail()).toBe(1);
    expect(catcher.mails.map((mail) => mail.to)).toEqual([[SECURE_ADDRESS]]);
  });

  it('sends each mail once when two instances drain the outbox at the same time', async () => {
    const reports = await Promise.all([reported(), reported(), reported(), reported()]);
    const other = await server.startInstance();
    const [here, there] = await Promise.all([server.app.drainMail(), other.app.drainMail()]);
    expect(here + there).toBe(reports.length);
    const ids = catcher.mails.map((mail) => mail.parsed.messageId);
    expect(new Set(ids).size).toBe(reports.length);
    expect(ids).toHaveLength(reports.length);
  });

  it('mails a correction as a new version, whose PDF holds that version only', async () => {
    const { request, report } = await reported();
    await server.app.drainMail();
    const correction = await signReport(server, request.id, RPPS.expert, {
      conclusion: 'Lentigo simple : surveillance annuelle.',
      correctionReason: 'Relecture de la dermoscopie',
    });
    catcher.mails.length = 0;
    expect(await server.app.drainMail()).toBe(1);
    const [mail] = catcher.mails;
    expect(mail!.parsed.subject).toBe('Compte-rendu de téléexpertise (version 2, corrigée)');
    expect(mail!.parsed.attachments[0]!.filename).toBe(`compte-rendu-${rawId(request.id)}-v2.pdf`);
    const pdf = await readPdf(new Uint8Array(mail!.parsed.attachments[0]!.content));
    expect(pdf.flat).toContain('Lentigo simple');
    expect(pdf.flat).not.toContain('Naevus atypique');
    expect(correction.id).not.toBe(report.id);
  });
});

// The worker's process dies after the mail server took the mail and before it recorded it: the mail is sent
// again once its lease ends, with the same Message-ID, and recorded once. Two processes share a database only
// on a PostgreSQL server.
describe.runIf(process.env.DATABASE_URL)('an instance killed between sending a mail and recording it', () => {
  let dying: ServerProcess | undefined;
  afterAll(() => dying?.kill());

  it('leaves the mail to be sent again with the same Message-ID, and recorded once', async () => {
    const port = await freePort();
    catcher.answers.push({ accept: true, before: async () => void (await dying?.kill('SIGKILL')) });
    dying = await startServerProcess(port, {
      DATABASE_URL: server.databaseUrl!,
      NODE_ENV: 'test',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      DEADLINE_CHECK_SECONDS: '0',
      REDIS_URL: '',
      SMTP_URL: catcher.url,
      MAIL_FROM: FROM,
      MAIL_POLL_SECONDS: '0.1',
    });
    const { report } = await reported();
    expect(await dying.exited).toBeNull();
    expect(catcher.mails).toHaveLength(1);
    const claimed = await outboxOf(report.id);
    expect(claimed).toMatchObject({ status: 'QUEUED', attempts: 1, sentAt: null });

    // As when the lease has run out: another instance takes the mail.
    await dueNow(report.id);
    expect(await server.app.drainMail()).toBe(1);
    expect(catcher.mails).toHaveLength(2);
    const [first, again] = catcher.mails.map((mail) => mail.parsed.messageId);
    expect(again).toBe(first);
    expect(first).toBe(`<${claimed.id}@hopital.example>`);
    expect(await secureMail(report.id)).toMatchObject({ status: 'SENT', attempts: 2 });
    const sent = await server.db.prisma.auditEvent.count({
      where: { entityId: claimed.transmissionId!, action: 'report.sent' },
    });
    expect(sent).toBe(1);
  });
});

describe('without SMTP_URL', () => {
  it('keeps mail queued and visible, and says so once at start', async () => {
    const lines: { msg: string; waiting?: number }[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    const quiet = await startTestServer({}, { logger });
    try {
      await vi.waitFor(() =>
        expect(lines.filter((line) => line.msg.startsWith('SMTP_URL is not set'))).toHaveLength(1),
      );
      const [notice] = lines.filter((line) => line.msg.startsWith('SMTP_URL is not set'));
      expect(notice!.waiting).toBeGreaterThanOrEqual(1);
      expect(await quiet.app.drainMail()).toBe(0);
      expect(await quiet.db.prisma.outboxMessage.count({ where: { status: 'QUEUED' } })).toBe(notice!.waiting);
    } finally {
      await quiet.stop();
    }
  });
});
