// Notifications by plain e-mail, through a real SMTP server: who is told of what, at once or in the digest, quiet
// hours, the unread delay, what was seen in the app, and never any health data.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { localMinutes } from '../src/domain/notification-preferences.ts';
import {
  AcceptRequestDocument,
  ConversationDocument,
  DeclineRequestDocument,
  MarkReadDocument,
  RequestInformationDocument,
  ShareSynthesisDocument,
  UpdateNotificationPreferencesDocument,
  type NotificationPreferencesInput,
} from './generated/graphql.ts';
import { freshPatient, signReport } from './kit/reports.ts';
import { createRequest, inDays, postMessage, professionalId, rawId, RPPS } from './kit/requests.ts';
import { startTestServer, type TestServer } from './kit/server.ts';
import { type MailCatcher, type ReceivedMail, startMailCatcher } from './kit/smtp-server.ts';

const GRACE_MS = 120_000;
const APP = 'https://teleexpertise.example';
const ADDRESS = {
  requester: 'claire.martin@cabinet.example',
  expert: 'helene.rousseau@chu.example',
  recipient: 'thomas.thomas@cabinet.example',
} as const;
const QUESTION = 'Lésion pigmentée du dos apparue il y a 3 mois, bords irréguliers';
const MESSAGE = 'Pouvez-vous préciser la taille de la lésion en millimètres ?';
/** Other words written in the conversations here: no mail may quote them either. */
const WRITTEN = ['Et sa couleur ?', 'La lésion mesure 7 mm.', 'Hors de mon champ'];

let catcher: MailCatcher;
let server: TestServer;

beforeAll(async () => {
  catcher = await startMailCatcher();
  server = await startTestServer({
    SMTP_URL: catcher.url,
    MAIL_FROM: 'teleexpertise@hopital.example',
    PUBLIC_URL: APP,
    NOTIFY_GRACE_SECONDS: String(GRACE_MS / 1000),
    TRIAGE_REMINDER_DAYS: '5',
  });
  const emails = [
    [RPPS.requester, ADDRESS.requester],
    [RPPS.expert, ADDRESS.expert],
    ['10000000004', ADDRESS.recipient],
  ] as const;
  for (const [rpps, email] of emails)
    await server.db.prisma.professional.update({ where: { rpps }, data: { email, emailSource: 'SELF' } });
  // The demonstration data's report went to its treating doctor's secure address: sent first, apart.
  while ((await server.app.drainMail()) > 0);
});
afterAll(async () => {
  await server?.stop();
  await catcher?.close();
});
beforeEach(async () => {
  // Each test hears only of its own events: what earlier ones (and the demonstration data) left is set aside.
  await server.app.notify(new Date());
  await server.db.prisma.notification.updateMany({
    where: { status: { in: ['PENDING', 'DIGEST'] } },
    data: { status: 'SKIPPED', skipReason: 'test' },
  });
  await server.db.prisma.notificationPreferences.deleteMany({});
  catcher.mails.length = 0;
});

const later = (ms: number, from = Date.now()) => new Date(from + ms);
const MINUTE = 60_000;

/** The patients of the requests this file made, whose identity no mail may carry. */
const patients: { birthName: string; ins?: string | null | undefined }[] = [];

/**
 * Runs the notification round as of `now`, sends what it queued, and returns the mails that arrived meanwhile,
 * each checked to carry no health data.
 */
async function round(now: Date): Promise<ReceivedMail[]> {
  const before = catcher.mails.length;
  await server.app.notify(now);
  while ((await server.app.drainMail()) > 0);
  const arrived = catcher.mails.slice(before);
  // A report by secure mail (MSSanté) carries the report: every other mail is a notification.
  for (const mail of arrived) if (!mail.to.every((to) => to.endsWith('.mssante.fr'))) expectNoHealthData(mail);
  return arrived;
}

const linkTo = (requestId: string) => `${APP}/requests/${encodeURIComponent(requestId)}`;
const about = (mails: ReceivedMail[], requestId: string) =>
  mails.filter((mail) => mail.parsed.text?.includes(linkTo(requestId)));
const to = (mails: ReceivedMail[], address: string) => mails.filter((mail) => mail.to.includes(address));

async function newRequest(patient = freshPatient()) {
  patients.push(patient);
  return createRequest(server, RPPS.requester, { patient, question: QUESTION });
}

async function prefer(rpps: string, input: NotificationPreferencesInput) {
  const result = await server.graphql(UpdateNotificationPreferencesDocument, { input }, { rpps });
  result.expectData();
}

async function lastMessageId(requestId: string, rpps: string): Promise<string> {
  const result = await server.graphql(ConversationDocument, { id: requestId, last: 1 }, { rpps });
  const node = result.expectData().node as { messages: { edges: { node: { id: string } }[] } };
  return node.messages.edges.at(-1)!.node.id;
}

async function readAll(requestId: string, rpps: string) {
  const upTo = await lastMessageId(requestId, rpps);
  (await server.graphql(MarkReadDocument, { requestId, upTo }, { rpps })).expectData();
}

/** "HH:MM" on the Paris wall clock, `ms` from now. */
function parisClock(ms: number): string {
  const minutes = localMinutes(later(ms), 'Europe/Paris');
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Nothing of the patients, the question or the conversation: only names, times and links. */
function expectNoHealthData(mail: ReceivedMail) {
  // Read back decoded (the wire's quoted-printable would hide accented words) and as it travelled.
  const seen = [mail.parsed.subject, mail.parsed.text, mail.parsed.html || '', mail.raw].join('\n').toLowerCase();
  const identities = patients.flatMap((patient) => [patient.birthName, ...(patient.ins ? [patient.ins] : [])]);
  for (const secret of [...identities, QUESTION, MESSAGE, ...WRITTEN, 'lésion'])
    expect(seen, 'a notification carries health data').not.toContain(secret.toLowerCase());
  expect(mail.parsed.attachments).toHaveLength(0);
}

describe('a new request', () => {
  it('is mailed to the expert once the grace period ends, naming the requester with a link, and nothing clinical', async () => {
    const request = await newRequest();
    expect(about(await round(new Date()), request.id)).toEqual([]);

    const mails = about(await round(later(GRACE_MS + 1000)), request.id);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail!.to).toEqual([ADDRESS.expert]);
    expect(mail!.parsed.subject).toBe('Nouvelle demande de téléexpertise');
    expect(mail!.parsed.text).toContain('Claire Martin');
    expect(mail!.parsed.text).toContain(linkTo(request.id));

    expect(about(await round(later(GRACE_MS * 2)), request.id)).toEqual([]);
    const traced = await server.db.prisma.auditEvent.findMany({
      where: { requestId: rawId(request.id), action: 'notification.sent' },
    });
    expect(traced).toHaveLength(1);
    expect(traced[0]!.details).toMatchObject({ channel: 'EMAIL', attempt: 1 });
  });

  it('is not mailed when the expert read it in the app before the grace period ended', async () => {
    const request = await newRequest();
    await round(new Date());
    await readAll(request.id, RPPS.expert);
    expect(about(await round(later(GRACE_MS + 1000)), request.id)).toEqual([]);
    const notification = await server.db.prisma.notification.findFirstOrThrow({
      where: { requestId: rawId(request.id), kind: 'NEW_REQUEST' },
    });
    expect(notification).toMatchObject({ status: 'SKIPPED', skipReason: 'seen' });
  });

  it('is not mailed to a professional who chose NEVER for it, nor to one without an address', async () => {
    await prefer(RPPS.expert, { deliveries: [{ kind: 'NEW_REQUEST', delivery: 'NEVER' }] });
    const request = await newRequest();
    await server.db.prisma.professional.update({
      where: { rpps: RPPS.requester },
      data: { email: null, emailSource: null },
    });
    try {
      await postMessage(server, request.id, RPPS.expert, MESSAGE);
      await prefer(RPPS.requester, { deliveries: [{ kind: 'MESSAGE_UNREAD', delivery: 'IMMEDIATE' }] });
      expect(about(await round(later(2 * 60 * MINUTE)), request.id)).toEqual([]);
    } finally {
      await server.db.prisma.professional.update({
        where: { rpps: RPPS.requester },
        data: { email: ADDRESS.requester, emailSource: 'SELF' },
      });
    }
    const reasons = await server.db.prisma.notification.findMany({
      where: { requestId: rawId(request.id) },
      select: { kind: true, skipReason: true },
    });
    // The requester had no address when the message came: nothing was drawn for them.
    expect(reasons).toEqual([{ kind: 'NEW_REQUEST', skipReason: 'not_wanted' }]);
  });
});

describe("the requester's side", () => {
  it('is mailed at once when information is requested and when the report is signed, and never of its own acts', async () => {
    const request = await newRequest();
    const asked = await server.graphql(
      RequestInformationDocument,
      { requestId: request.id, message: MESSAGE },
      { rpps: RPPS.expert },
    );
    asked.expectData();
    const first = about(await round(later(GRACE_MS + 1000)), request.id);
    // The expert about the new request; the requester about the information requested.
    expect(to(first, ADDRESS.requester).map((mail) => mail.parsed.subject)).toEqual([
      'Téléexpertise : complément d’information demandé',
    ]);
    expect(to(first, ADDRESS.requester)[0]!.parsed.text).toContain('Hélène Rousseau (Dermatologie)');
    expect(to(first, ADDRESS.expert).map((mail) => mail.parsed.subject)).toEqual(['Nouvelle demande de téléexpertise']);

    await postMessage(server, request.id, RPPS.requester, 'La lésion mesure 7 mm.');
    await server.graphql(
      AcceptRequestDocument,
      { requestId: request.id, responseDueAt: inDays(3) },
      { rpps: RPPS.expert },
    );
    await signReport(server, request.id);
    const second = about(await round(later(2 * GRACE_MS)), request.id);
    expect(to(second, ADDRESS.requester).map((mail) => mail.parsed.subject)).toEqual([
      'Téléexpertise : compte-rendu signé',
    ]);
    // The acceptance waits for the digest (the default); the expert is told of nothing they did.
    const waiting = await server.db.prisma.notification.findMany({
      where: { requestId: rawId(request.id), status: 'DIGEST' },
      select: { kind: true, professionalId: true },
    });
    expect(waiting.map((n) => n.kind)).toEqual(['REQUEST_ACCEPTED']);
  });
});

describe('the daily digest', () => {
  it('comes at the chosen local hour, grouping by request what was not seen meanwhile', async () => {
    const now = Date.now();
    const digestHour = (Math.floor(localMinutes(new Date(now), 'Europe/Paris') / 60) + 3) % 24;
    await prefer(RPPS.requester, { digestHour, unreadDelayMinutes: 5 });
    const [accepted, declined, seen] = [await newRequest(), await newRequest(), await newRequest()];
    const accept = { responseDueAt: inDays(3) };
    for (const request of [accepted, seen])
      await server.graphql(AcceptRequestDocument, { requestId: request.id, ...accept }, { rpps: RPPS.expert });
    await server.graphql(
      DeclineRequestDocument,
      { requestId: declined.id, reason: 'Hors de mon champ' },
      { rpps: RPPS.expert },
    );
    await postMessage(server, accepted.id, RPPS.expert, MESSAGE);
    await round(new Date(now));
    const decided = later(10 * MINUTE, now);
    expect(to(await round(decided), ADDRESS.requester)).toEqual([]);
    await readAll(seen.id, RPPS.requester);

    const digestAt = new Date(
      now + ((digestHour * 60 - localMinutes(new Date(now), 'Europe/Paris') + 1440) % 1440) * MINUTE,
    );
    expect(to(await round(later(-MINUTE, digestAt.getTime())), ADDRESS.requester)).toEqual([]);
    const digests = to(await round(later(MINUTE, digestAt.getTime())), ADDRESS.requester);
    expect(digests).toHaveLength(1);
    const text = digests[0]!.parsed.text!;
    expect(digests[0]!.parsed.subject).toBe('Téléexpertise : votre résumé quotidien (3 événements)');
    const section = (requestId: string) => text.slice(text.indexOf(linkTo(requestId)));
    expect(section(accepted.id)).toMatch(
      /^\S+\n- .*a accepté votre demande.*\n- Un message de Hélène Rousseau \(Dermatologie\) vous attend/,
    );
    expect(section(declined.id)).toMatch(/^\S+\n- .*a décliné votre demande/);
    expect(text).not.toContain(linkTo(seen.id));
    // Sent once: the next round finds nothing waiting.
    expect(to(await round(later(2 * MINUTE, digestAt.getTime())), ADDRESS.requester)).toEqual([]);
  });
});

describe('quiet hours', () => {
  it('hold an immediate mail until they end', async () => {
    const now = Date.now();
    await prefer(RPPS.expert, { quietHours: { from: parisClock(60 * MINUTE), to: parisClock(120 * MINUTE) } });
    const request = await newRequest();
    await round(new Date(now));
    expect(about(await round(later(90 * MINUTE, now)), request.id)).toEqual([]);
    const pending = await server.db.prisma.notification.findFirstOrThrow({
      where: { requestId: rawId(request.id), kind: 'NEW_REQUEST' },
    });
    expect(pending.status).toBe('PENDING');
    expect(Math.abs(pending.decideAt.getTime() - (now + 120 * MINUTE))).toBeLessThan(MINUTE);
    const mails = about(await round(later(121 * MINUTE, now)), request.id);
    expect(mails.map((mail) => mail.to)).toEqual([[ADDRESS.expert]]);
  });
});

describe('messages waiting unread', () => {
  it('are mailed once per request after the chosen delay, and not at all once read', async () => {
    await prefer(RPPS.requester, {
      unreadDelayMinutes: 30,
      deliveries: [{ kind: 'MESSAGE_UNREAD', delivery: 'IMMEDIATE' }],
    });
    const [unread, read] = [await newRequest(), await newRequest()];
    for (const request of [unread, read]) {
      await postMessage(server, request.id, RPPS.expert, MESSAGE);
      await postMessage(server, request.id, RPPS.expert, 'Et sa couleur ?');
    }
    const now = Date.now();
    await round(new Date(now));
    await readAll(read.id, RPPS.requester);
    expect(to(await round(later(20 * MINUTE, now)), ADDRESS.requester)).toEqual([]);
    const mails = to(await round(later(31 * MINUTE, now)), ADDRESS.requester);
    expect(about(mails, read.id)).toEqual([]);
    expect(about(mails, unread.id).map((mail) => mail.parsed.text)).toEqual([
      // The expert's two: the prerequisites that opened the request are not counted.
      expect.stringContaining('2 messages vous attendent, le premier de Hélène Rousseau'),
    ]);
  });
});

describe("the expert's deadlines", () => {
  it('tells the expert, not the requester, that a deadline is near and then passed', async () => {
    await prefer(RPPS.expert, {
      deliveries: [
        { kind: 'DEADLINE_APPROACHING', delivery: 'IMMEDIATE' },
        { kind: 'OVERDUE', delivery: 'IMMEDIATE' },
      ],
    });
    const request = await newRequest();
    const dueAt = new Date(Date.now() + 20 * 60 * MINUTE);
    await server.db.prisma.teleexpertiseRequest.update({ where: { id: rawId(request.id) }, data: { dueAt } });
    await server.app.sweepDeadlines(new Date());
    const near = about(await round(later(GRACE_MS + 1000)), request.id);
    expect(near.map((mail) => [mail.to, mail.parsed.subject])).toEqual(
      expect.arrayContaining([[[ADDRESS.expert], 'Téléexpertise : délai de réponse proche']]),
    );
    expect(to(near, ADDRESS.requester)).toEqual([]);

    await server.db.prisma.teleexpertiseRequest.update({
      where: { id: rawId(request.id) },
      data: { dueAt: later(-MINUTE) },
    });
    await server.app.sweepDeadlines(new Date());
    const passed = about(await round(later(GRACE_MS + 1000)), request.id);
    expect(passed.map((mail) => [mail.to, mail.parsed.subject])).toEqual([
      [[ADDRESS.expert], 'Téléexpertise : délai de réponse dépassé'],
    ]);
  });

  it('reminds the expert once of a request waiting for triage past TRIAGE_REMINDER_DAYS while its deadline is open', async () => {
    await prefer(RPPS.expert, { deliveries: [{ kind: 'TRIAGE_REMINDER', delivery: 'IMMEDIATE' }] });
    const [waiting, triaged] = [await newRequest(), await newRequest()];
    await server.graphql(
      AcceptRequestDocument,
      { requestId: triaged.id, responseDueAt: inDays(1) },
      { rpps: RPPS.expert },
    );
    await server.db.prisma.teleexpertiseRequest.updateMany({
      where: { id: { in: [rawId(waiting.id), rawId(triaged.id)] } },
      data: { createdAt: later(-6 * 24 * 60 * MINUTE) },
    });
    const mails = await round(later(GRACE_MS + 1000));
    expect(about(mails, triaged.id).filter((mail) => mail.parsed.subject?.startsWith('Rappel'))).toEqual([]);
    expect(about(mails, waiting.id).map((mail) => mail.parsed.subject)).toEqual(
      expect.arrayContaining(['Rappel : une demande de téléexpertise attend votre réponse']),
    );
    expect(about(await round(later(2 * GRACE_MS)), waiting.id)).toEqual([]);
  });
});

describe('a synthesis shared', () => {
  it('is told to its recipient, naming who shared it', async () => {
    await prefer('10000000004', { deliveries: [{ kind: 'SYNTHESIS_SHARED', delivery: 'IMMEDIATE' }] });
    const request = await newRequest();
    const recipientId = await professionalId(server.db, '10000000004');
    const shared = await server.graphql(
      ShareSynthesisDocument,
      { requestId: request.id, recipientId },
      { rpps: RPPS.requester },
    );
    shared.expectData();
    const mails = to(await round(later(GRACE_MS + 1000)), ADDRESS.recipient);
    expect(mails.map((mail) => mail.parsed.text)).toEqual([
      expect.stringContaining('Claire Martin (Médecine générale) vous a transmis la synthèse'),
    ]);
    expect(mails[0]!.parsed.attachments).toHaveLength(0);
  });
});

describe('several instances', () => {
  it('decide and mail each notification once when their rounds run at the same time', async () => {
    const requests = [await newRequest(), await newRequest(), await newRequest()];
    const second = await server.startInstance();
    const now = later(GRACE_MS + 1000);
    await Promise.all([server.app.notify(now), second.app.notify(now), server.app.notify(now), second.app.notify(now)]);
    while ((await server.app.drainMail()) > 0);
    for (const request of requests) expect(about(catcher.mails, request.id)).toHaveLength(1);
  });
});

describe('retention', () => {
  it('deletes settled notifications and their sent mails with the inbox log, and keeps what still waits', async () => {
    const request = await newRequest();
    await round(later(GRACE_MS + 1000));
    await postMessage(server, request.id, RPPS.expert, MESSAGE);
    await round(new Date());
    const where = { requestId: rawId(request.id) };
    const kept = { where, select: { kind: true, status: true }, orderBy: { kind: 'asc' as const } };
    expect(await server.db.prisma.notification.findMany(kept)).toEqual([
      { kind: 'NEW_REQUEST', status: 'MAILED' },
      { kind: 'MESSAGE_UNREAD', status: 'PENDING' },
    ]);
    await server.app.pruneInbox(later(8 * 24 * 60 * MINUTE));
    expect(await server.db.prisma.notification.findMany({ where, select: { kind: true } })).toEqual([
      { kind: 'MESSAGE_UNREAD' },
    ]);
    expect(await server.db.prisma.outboxMessage.count({ where: { ...where, channel: 'EMAIL' } })).toBe(0);
  });
});
