// Notification preferences: the defaults, changing them, what is refused, who sees them, and quiet hours in time zones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isQuiet, localMinutes, preferencesOf } from '../src/domain/notification-preferences.ts';
import {
  MyNotificationPreferencesDocument,
  ProfessionalNotificationPreferencesDocument,
  UpdateNotificationPreferencesDocument,
} from './generated/graphql.ts';
import { professionalId, rawId, RPPS } from './kit/requests.ts';
import { startTestServer, type TestServer } from './kit/server.ts';

describe('the rules', () => {
  it('mails a new request, a question back and a signed report at once, and the rest in the digest, by default', () => {
    const defaults = preferencesOf(null);
    expect(defaults).toMatchObject({
      timeZone: 'Europe/Paris',
      digestHour: 8,
      quietHours: null,
      unreadDelayMinutes: 60,
    });
    const immediate = Object.entries(defaults.deliveries).filter(([, delivery]) => delivery === 'IMMEDIATE');
    expect(immediate.map(([kind]) => kind).sort()).toEqual(['INFORMATION_REQUESTED', 'NEW_REQUEST', 'REPORT_SIGNED']);
    expect(defaults.deliveries.MESSAGE_UNREAD).toBe('DIGEST');
  });

  it('reads the wall clock of the professional’s time zone, summer and winter', () => {
    expect(localMinutes(new Date('2026-01-15T21:30:00Z'), 'Europe/Paris')).toBe(22 * 60 + 30);
    expect(localMinutes(new Date('2026-07-15T21:30:00Z'), 'Europe/Paris')).toBe(23 * 60 + 30);
    expect(localMinutes(new Date('2026-07-15T21:30:00Z'), 'America/Cayenne')).toBe(18 * 60 + 30);
  });

  it('keeps quiet hours that run past midnight, start included and end excluded', () => {
    const night = { ...preferencesOf(null), quietHours: { from: 22 * 60, to: 7 * 60 } };
    // Paris in winter is UTC+1.
    expect(isQuiet(night, new Date('2026-01-15T21:00:00Z'))).toBe(true); // 22:00
    expect(isQuiet(night, new Date('2026-01-16T03:00:00Z'))).toBe(true); // 04:00
    expect(isQuiet(night, new Date('2026-01-16T06:00:00Z'))).toBe(false); // 07:00
    expect(isQuiet(night, new Date('2026-01-15T12:00:00Z'))).toBe(false); // 13:00
    const lunch = { ...preferencesOf(null), quietHours: { from: 12 * 60, to: 14 * 60 } };
    expect(isQuiet(lunch, new Date('2026-01-15T12:30:00Z'))).toBe(true); // 13:30
    expect(isQuiet(preferencesOf(null), new Date())).toBe(false);
  });
});

describe('notificationPreferences and updateNotificationPreferences', () => {
  let server: TestServer;
  const me = { rpps: RPPS.colleague };
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.stop());

  const read = async () =>
    (await server.graphql(MyNotificationPreferencesDocument, {}, me)).expectData().me.notificationPreferences!;

  it('changes what is given, keeps the rest, and traces which fields changed', async () => {
    expect((await read()).deliveries).toHaveLength(10);
    const updated = await server.graphql(
      UpdateNotificationPreferencesDocument,
      {
        input: {
          deliveries: [
            { kind: 'MESSAGE_UNREAD', delivery: 'NEVER' },
            { kind: 'REPORT_SIGNED', delivery: 'DIGEST' },
          ],
          timeZone: 'America/Cayenne',
          quietHours: { from: '21:30', to: '07:00' },
        },
      },
      me,
    );
    const preferences = updated.expectData().updateNotificationPreferences.notificationPreferences!;
    expect(preferences).toMatchObject({
      timeZone: 'America/Cayenne',
      digestHour: 8,
      quietHours: { from: '21:30', to: '07:00' },
    });
    const delivery = (kind: string) => preferences.deliveries.find((choice) => choice.kind === kind)?.delivery;
    expect([delivery('MESSAGE_UNREAD'), delivery('REPORT_SIGNED'), delivery('NEW_REQUEST')]).toEqual([
      'NEVER',
      'DIGEST',
      'IMMEDIATE',
    ]);

    // A second change keeps the first one's choices; quietHours: null removes them.
    await server.graphql(UpdateNotificationPreferencesDocument, { input: { digestHour: 18, quietHours: null } }, me);
    const after = await read();
    expect(after).toMatchObject({ timeZone: 'America/Cayenne', digestHour: 18, quietHours: null });
    expect(after.deliveries.find((choice) => choice.kind === 'MESSAGE_UNREAD')?.delivery).toBe('NEVER');

    const traces = await server.db.prisma.auditEvent.findMany({
      where: {
        action: 'professional.notification_preferences_updated',
        entityId: rawId(await professionalId(server.db, RPPS.colleague)),
      },
      orderBy: { id: 'asc' },
    });
    expect(traces.map((trace) => trace.details)).toEqual([
      { fields: ['timeZone', 'quietFrom', 'quietTo', 'deliveries'] },
      { fields: ['digestHour', 'quietFrom', 'quietTo'] },
    ]);
  });

  it('refuses a bad value with BAD_USER_INPUT naming its field, and writes nothing', async () => {
    const before = await read();
    const cases: [Record<string, unknown>, string][] = [
      [{ timeZone: 'Paris' }, 'timeZone'],
      [{ digestHour: 24 }, 'digestHour'],
      [{ quietHours: { from: '25:00', to: '07:00' } }, 'quietHours.from'],
      [{ quietHours: { from: '07:00', to: '07:00' } }, 'quietHours'],
      [{ unreadDelayMinutes: 1 }, 'unreadDelayMinutes'],
      [
        {
          timeZone: 'Europe/Paris',
          deliveries: [
            { kind: 'OVERDUE', delivery: 'NEVER' },
            { kind: 'OVERDUE', delivery: 'DIGEST' },
          ],
        },
        'deliveries',
      ],
    ];
    for (const [input, field] of cases) {
      const refused = await server.graphql(UpdateNotificationPreferencesDocument, { input: input as never }, me);
      expect(refused.expectError('BAD_USER_INPUT').extensions?.['field'], JSON.stringify(input)).toBe(field);
    }
    expect(await read()).toEqual(before);
  });

  it('is private to the professional: FORBIDDEN for anyone else, the rest of the professional readable', async () => {
    const id = await professionalId(server.db, RPPS.colleague);
    const other = await server.graphql(ProfessionalNotificationPreferencesDocument, { id }, { rpps: RPPS.requester });
    expect(other.codes).toEqual(['FORBIDDEN']);
    expect(other.errors![0]!.path).toEqual(['node', 'notificationPreferences']);
    expect(other.data?.node).toMatchObject({ lastName: 'Bernard', notificationPreferences: null });
  });
});
