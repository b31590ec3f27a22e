// The notification rules without a server: who is told of which inbox event, what becomes of a notification
// when it is due, and quiet hours' end on the professional's wall clock (the digest's hour is PostgreSQL's:
// test/notifications.test.ts).
import { describe, expect, it } from 'vitest';
import { preferencesOf } from '../src/domain/notification-preferences.ts';
import {
  drawNotification,
  type EntryFacts,
  type NotificationFacts,
  quietEnd,
  verdict,
} from '../src/domain/notifications.ts';

const [requester, delegate, expert, other] = ['r', 'd', 'e', 'o'];
const entry = (overrides: Partial<EntryFacts>): EntryFacts => ({
  kind: 'NEW_REQUEST',
  requestId: 'q',
  at: new Date('2026-12-03T10:00:00Z'),
  requesterId: delegate,
  onBehalfOfId: requester,
  expertId: expert,
  sequence: 2,
  authorId: null,
  movedTo: null,
  sharedById: null,
  teamMember: false,
  ...overrides,
});

describe('who is told of an inbox event', () => {
  it('tells the members of a team of a request waiting in its queue, and of one redirected to it', () => {
    const waiting = { expertId: null, teamMember: true };
    expect(drawNotification(entry(waiting), other)).toEqual({ kind: 'NEW_REQUEST', sequence: 2, actorId: requester });
    const redirected = entry({ ...waiting, kind: 'REQUEST_REDIRECTED', authorId: expert });
    expect(drawNotification(redirected, other)).toEqual({ kind: 'NEW_REQUEST', sequence: 2, actorId: expert });
    // The previous expert, told of the redirection, is not a member of the team it went to.
    expect(drawNotification({ ...redirected, teamMember: false }, expert)).toBeUndefined();
    expect(drawNotification(entry({ kind: 'REQUEST_REDIRECTED', authorId: other }), expert)).toEqual({
      kind: 'NEW_REQUEST',
      sequence: 2,
      actorId: other,
    });
    expect(drawNotification(entry({ kind: 'REQUEST_ASSIGNED' }), expert)).toBeUndefined();
  });

  it('tells the expert of a new request, naming the professional it is sent for', () => {
    expect(drawNotification(entry({}), expert)).toEqual({ kind: 'NEW_REQUEST', sequence: 2, actorId: requester });
    expect(drawNotification(entry({}), requester)).toBeUndefined();
    expect(drawNotification(entry({}), delegate)).toBeUndefined();
  });

  it("tells the requester's side of the expert's triage and report, and the expert of neither", () => {
    for (const [movedTo, kind] of [
      ['INFO_REQUESTED', 'INFORMATION_REQUESTED'],
      ['ACCEPTED', 'REQUEST_ACCEPTED'],
      ['DECLINED', 'REQUEST_DECLINED'],
    ] as const) {
      const changed = entry({ kind: 'STATUS_CHANGED', movedTo, sequence: 5 });
      expect(drawNotification(changed, requester)).toEqual({ kind, sequence: 5, actorId: expert });
      expect(drawNotification(changed, delegate)).toEqual({ kind, sequence: 5, actorId: expert });
      expect(drawNotification(changed, expert)).toBeUndefined();
    }
    // Back to triage after the information came, or withdrawn: not a notification kind.
    expect(drawNotification(entry({ kind: 'STATUS_CHANGED', movedTo: 'SUBMITTED' }), expert)).toBeUndefined();
    expect(drawNotification(entry({ kind: 'STATUS_CHANGED', movedTo: 'WITHDRAWN' }), expert)).toBeUndefined();
    const signed = entry({ kind: 'REPORT_SIGNED', sequence: 9 });
    expect(drawNotification(signed, requester)).toMatchObject({ kind: 'REPORT_SIGNED' });
    expect(drawNotification(signed, expert)).toBeUndefined();
    // The treating doctor's receipt (no message): the report reaches them by secure mail.
    expect(drawNotification(entry({ kind: 'REPORT_SIGNED', sequence: null }), other)).toBeUndefined();
  });

  it('tells of a message everyone but its author, and of deadlines the expert only', () => {
    const message = entry({ kind: 'NEW_MESSAGE', authorId: expert, sequence: 7 });
    expect(drawNotification(message, requester)).toEqual({ kind: 'MESSAGE_UNREAD', sequence: 7, actorId: expert });
    expect(drawNotification(message, expert)).toBeUndefined();
    for (const kind of ['DEADLINE_APPROACHING', 'OVERDUE'] as const) {
      expect(drawNotification(entry({ kind, sequence: null }), expert)).toMatchObject({ kind, actorId: requester });
      expect(drawNotification(entry({ kind, sequence: null }), requester)).toBeUndefined();
    }
    const shared = entry({ kind: 'SYNTHESIS_SHARED', sequence: null, sharedById: requester });
    expect(drawNotification(shared, other)).toEqual({ kind: 'SYNTHESIS_SHARED', sequence: null, actorId: requester });
    expect(drawNotification(entry({ kind: 'TRANSMISSION_FAILED' }), expert)).toBeUndefined();
  });
});

const NOW = new Date('2026-12-03T14:00:00Z'); // 15:00 in Paris
const facts = (overrides: Partial<NotificationFacts>): NotificationFacts => ({
  id: 'n',
  professionalId: requester,
  kind: 'REPORT_SIGNED',
  requestId: 'q',
  sequence: 9,
  createdAt: NOW,
  decideAt: NOW,
  email: 'claire@cabinet.example',
  requestStatus: 'REPORTED',
  dueAt: new Date('2026-12-06T10:00:00Z'),
  readUpTo: 4,
  unread: 0,
  oldestUnreadAt: null,
  actor: { firstName: 'Hélène', lastName: 'Rousseau', specialty: 'Dermatologie' },
  ...overrides,
});
const defaults = preferencesOf(null);
const choosing = (row: Partial<Parameters<typeof preferencesOf>[0] & object>) =>
  preferencesOf({
    timeZone: 'Europe/Paris',
    digestHour: 8,
    quietFrom: null,
    quietTo: null,
    unreadDelayMinutes: 60,
    deliveries: {},
    ...row,
  });

describe('what becomes of a notification when it is due', () => {
  it('is mailed at once, or waits for the digest, by the kind’s delivery', () => {
    expect(verdict(facts({}), defaults, NOW)).toEqual({ mail: true });
    expect(verdict(facts({ kind: 'REQUEST_ACCEPTED', requestStatus: 'ACCEPTED' }), defaults, NOW)).toEqual({
      digest: true,
    });
    expect(verdict(facts({}), choosing({ deliveries: { REPORT_SIGNED: 'NEVER' } }), NOW)).toEqual({
      skip: 'not_wanted',
    });
    expect(verdict(facts({ email: null }), defaults, NOW)).toEqual({ skip: 'no_address' });
  });

  it('is dropped once seen in the app, or once what it tells no longer holds', () => {
    expect(verdict(facts({ readUpTo: 9 }), defaults, NOW)).toEqual({ skip: 'seen' });
    expect(verdict(facts({ kind: 'OVERDUE', sequence: null, requestStatus: 'REPORTED' }), defaults, NOW)).toEqual({
      skip: 'settled',
    });
    // A deadline notice holds while that deadline stands: not once it moved (accepted with another) or passed.
    const hours = (n: number) => new Date(NOW.getTime() + n * 3_600_000);
    const approaching = facts({ kind: 'DEADLINE_APPROACHING', sequence: null, requestStatus: 'ACCEPTED' });
    expect(verdict({ ...approaching, dueAt: hours(20) }, defaults, NOW, true)).toEqual({ mail: true });
    expect(verdict({ ...approaching, dueAt: hours(30) }, defaults, NOW)).toEqual({ skip: 'settled' });
    expect(verdict({ ...approaching, dueAt: hours(-1) }, defaults, NOW)).toEqual({ skip: 'settled' });
    const overdue = facts({ kind: 'OVERDUE', sequence: null, requestStatus: 'ACCEPTED' });
    expect(verdict({ ...overdue, dueAt: hours(-1) }, defaults, NOW, true)).toEqual({ mail: true });
    expect(verdict({ ...overdue, dueAt: hours(48) }, defaults, NOW)).toEqual({ skip: 'settled' });
    const reminder = facts({ kind: 'TRIAGE_REMINDER', sequence: null, requestStatus: 'SUBMITTED' });
    expect(verdict(reminder, choosing({ deliveries: { TRIAGE_REMINDER: 'IMMEDIATE' } }), NOW)).toEqual({ mail: true });
    expect(verdict({ ...reminder, requestStatus: 'ACCEPTED' }, defaults, NOW)).toEqual({ skip: 'settled' });
    expect(verdict({ ...reminder, dueAt: NOW }, defaults, NOW)).toEqual({ skip: 'settled' });
  });

  it('waits, for messages unread, the delay from the oldest one still unread', () => {
    const unread = facts({ kind: 'MESSAGE_UNREAD', sequence: 7, requestStatus: 'ACCEPTED' });
    const immediate = choosing({ deliveries: { MESSAGE_UNREAD: 'IMMEDIATE' }, unreadDelayMinutes: 30 });
    expect(verdict({ ...unread, unread: 0 }, immediate, NOW)).toEqual({ skip: 'seen' });
    const recent = new Date(NOW.getTime() - 10 * 60_000);
    expect(verdict({ ...unread, unread: 2, oldestUnreadAt: recent }, immediate, NOW)).toEqual({
      later: new Date(recent.getTime() + 30 * 60_000),
    });
    const old = new Date(NOW.getTime() - 31 * 60_000);
    expect(verdict({ ...unread, unread: 2, oldestUnreadAt: old }, immediate, NOW)).toEqual({ mail: true });
    // In the digest being written, what is still unread is listed whatever its age.
    expect(verdict({ ...unread, unread: 1, oldestUnreadAt: recent }, defaults, NOW, true)).toEqual({ mail: true });
  });

  it('is held during quiet hours until they end, on the professional’s wall clock', () => {
    // 14:00 to 16:00 in Paris: 15:00 is quiet, the mail waits until 16:00 (15:00 UTC).
    const quiet = choosing({ quietFrom: 14 * 60, quietTo: 16 * 60 });
    expect(verdict(facts({}), quiet, NOW)).toEqual({ later: new Date('2026-12-03T15:00:00Z') });
    // Overnight, 22:00 to 07:00 in Cayenne (UTC-3): 23:30 there is quiet until 07:00 the next day.
    const overnight = choosing({ timeZone: 'America/Cayenne', quietFrom: 22 * 60, quietTo: 7 * 60 });
    const late = new Date('2026-12-04T02:30:00Z');
    expect(quietEnd(overnight, late)).toEqual(new Date('2026-12-04T10:00:00Z'));
    expect(verdict(facts({}), overnight, NOW)).toEqual({ mail: true });
  });
});
