// A professional's notification preferences: read on `me`, changed by updateNotificationPreferences.
import { forbidden } from '../domain/errors.ts';
import {
  NOTIFICATION_KINDS,
  type NotificationPreferences,
  readPreferences,
  updatePreferences,
} from '../domain/notification-preferences.ts';
import { NotificationDelivery } from '../generated/prisma/enums.ts';
import { builder } from './builder.ts';

const NotificationKindEnum = builder.enumType('NotificationKind', {
  description:
    'What a professional may be told by e-mail, without health data: who, what happened, and a link to the request.',
  values: {
    NEW_REQUEST: { description: 'A request was sent to me.' },
    INFORMATION_REQUESTED: { description: 'The expert asked me for more information.' },
    REQUEST_DECLINED: { description: 'My request was declined.' },
    REQUEST_ACCEPTED: { description: 'My request was accepted, with its deadline.' },
    REPORT_SIGNED: { description: 'The report of my request was signed.' },
    MESSAGE_UNREAD: { description: 'A message waits unread for longer than my delay (unreadDelayMinutes).' },
    DEADLINE_APPROACHING: { description: 'As the expert: a deadline is less than 24 hours away.' },
    OVERDUE: { description: 'As the expert: a deadline passed without a report.' },
    SYNTHESIS_SHARED: { description: 'A synthesis was shared with me.' },
    TRIAGE_REMINDER: {
      description:
        'As the expert: a request still waits for triage after TRIAGE_REMINDER_DAYS (5 by default) while its deadline is open.',
    },
  } as const,
});

const NotificationDeliveryEnum = builder.enumType(NotificationDelivery, {
  name: 'NotificationDelivery',
  description: 'IMMEDIATE: one mail at once (after quiet hours); DIGEST: in the daily digest; NEVER: not mailed.',
});

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const NotificationChoiceRef = builder
  .objectRef<{ kind: (typeof NOTIFICATION_KINDS)[number]; delivery: NotificationDelivery }>('NotificationChoice')
  .implement({
    fields: (t) => ({
      kind: t.field({ type: NotificationKindEnum, resolve: (choice) => choice.kind }),
      delivery: t.field({ type: NotificationDeliveryEnum, resolve: (choice) => choice.delivery }),
    }),
  });

const QuietHoursRef = builder.objectRef<{ from: number; to: number }>('QuietHours').implement({
  description: 'Local times (HH:MM) between which nothing is mailed; `to` before `from` ends the next day.',
  fields: (t) => ({
    from: t.string({ resolve: (hours) => clock(hours.from) }),
    to: t.string({ resolve: (hours) => clock(hours.to) }),
  }),
});

const NotificationPreferencesRef = builder.objectRef<NotificationPreferences>('NotificationPreferences').implement({
  description: 'How the professional is told by e-mail of what concerns them (docs/api.md#notification-preferences).',
  fields: (t) => ({
    deliveries: t.field({
      type: [NotificationChoiceRef],
      description: 'Every kind, with its delivery (the default unless chosen).',
      resolve: (preferences) => NOTIFICATION_KINDS.map((kind) => ({ kind, delivery: preferences.deliveries[kind] })),
    }),
    timeZone: t.string({
      description: 'IANA time zone of the digest hour and quiet hours.',
      resolve: (p) => p.timeZone,
    }),
    digestHour: t.int({ description: 'Local hour (0–23) of the daily digest.', resolve: (p) => p.digestHour }),
    quietHours: t.field({ type: QuietHoursRef, nullable: true, resolve: (p) => p.quietHours }),
    unreadDelayMinutes: t.int({
      description: 'How long a message waits unread before MESSAGE_UNREAD.',
      resolve: (p) => p.unreadDelayMinutes,
    }),
  }),
});

builder.prismaObjectField('Professional', 'notificationPreferences', (t) =>
  t.field({
    type: NotificationPreferencesRef,
    nullable: true,
    description:
      "The professional's notification choices: readable by that professional only (on `me`); null with FORBIDDEN for anyone else.",
    select: { id: true },
    resolve: (professional, _args, ctx) => {
      if (professional.id !== ctx.viewer.id)
        throw forbidden('Professional.notificationPreferences is private to the professional: read your own on me');
      return readPreferences(ctx.db.prisma, professional.id);
    },
  }),
);

const NotificationChoiceInput = builder.inputType('NotificationChoiceInput', {
  fields: (t) => ({
    kind: t.field({ type: NotificationKindEnum, required: true }),
    delivery: t.field({ type: NotificationDeliveryEnum, required: true }),
  }),
});

const QuietHoursInput = builder.inputType('QuietHoursInput', {
  fields: (t) => ({
    from: t.string({ required: true, description: 'HH:MM, local time.' }),
    to: t.string({ required: true, description: 'HH:MM, local time; before `from`: the next day.' }),
  }),
});

const NotificationPreferencesInput = builder.inputType('NotificationPreferencesInput', {
  description: 'A field left out (or null) is unchanged, except quietHours: null removes them.',
  fields: (t) => ({
    deliveries: t.field({ type: [NotificationChoiceInput], required: false, description: 'The kinds to change.' }),
    timeZone: t.string({ required: false, description: 'An IANA time zone, e.g. Europe/Paris, America/Cayenne.' }),
    digestHour: t.int({ required: false }),
    quietHours: t.field({ type: QuietHoursInput, required: false }),
    unreadDelayMinutes: t.int({ required: false, description: 'From 5 to 10080 (a week).' }),
  }),
});

builder.mutationField('updateNotificationPreferences', (t) =>
  t.prismaField({
    type: 'Professional',
    description:
      "Changes the caller's notification choices; a bad value is BAD_USER_INPUT naming its field, and nothing is written. Traced.",
    args: { input: t.arg({ type: NotificationPreferencesInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      await updatePreferences(ctx.services, ctx.viewer.id, input);
      return ctx.db.prisma.professional.findUniqueOrThrow({ ...query, where: { id: ctx.viewer.id } });
    },
  }),
);
