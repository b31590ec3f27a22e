// The plain e-mail notifications' words: who acted, what happened, a link to the request; never health data.
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { NotificationFacts, NotificationLetter, NotificationWriter } from '../domain/notifications.ts';
import type { NotificationMail } from '../domain/outbox.ts';
import type { NotificationKind } from '../generated/prisma/enums.ts';
import { messageIdFor } from './report-mail.ts';
import type { ComposedMail } from './smtp.ts';

/** The queued notification as handed to the mail server: its text was written when it was queued. */
export function composeNotificationMail(mail: NotificationMail, from: string): ComposedMail {
  return { to: mail.toAddress, from, subject: mail.subject, messageId: messageIdFor(mail.id, from), text: mail.body };
}

type Facts = NotificationFacts;

function nameOf(facts: Facts): string {
  const { actor } = facts;
  if (!actor) return 'Un professionnel';
  return `${actor.firstName} ${actor.lastName}${actor.specialty ? ` (${actor.specialty})` : ''}`;
}

/** Each kind's line, told from the recipient's side; `when` formats a time in the recipient's time zone. */
const SAYS: Record<NotificationKind, (facts: Facts, when: (at: Date) => string) => string> = {
  NEW_REQUEST: (f) => `${nameOf(f)} vous a adressé une demande de téléexpertise.`,
  INFORMATION_REQUESTED: (f) => `${nameOf(f)} demande un complément d’information sur votre demande.`,
  REQUEST_DECLINED: (f) => `${nameOf(f)} a décliné votre demande de téléexpertise.`,
  REQUEST_ACCEPTED: (f, when) => `${nameOf(f)} a accepté votre demande et répondra au plus tard le ${when(f.dueAt)}.`,
  REPORT_SIGNED: (f) => `${nameOf(f)} a signé le compte-rendu de votre demande.`,
  MESSAGE_UNREAD: (f, when) =>
    f.unread > 1
      ? `${f.unread} messages vous attendent, le premier de ${nameOf(f)} depuis le ${when(f.oldestUnreadAt ?? f.createdAt)}.`
      : `Un message de ${nameOf(f)} vous attend depuis le ${when(f.oldestUnreadAt ?? f.createdAt)}.`,
  DEADLINE_APPROACHING: (f, when) =>
    `La demande de ${nameOf(f)} attend votre réponse avant le ${when(f.dueAt)}, dans moins de 24 heures.`,
  OVERDUE: (f, when) => `Le délai de réponse à la demande de ${nameOf(f)} est dépassé depuis le ${when(f.dueAt)}.`,
  SYNTHESIS_SHARED: (f) => `${nameOf(f)} vous a transmis la synthèse d’une téléexpertise.`,
  TRIAGE_REMINDER: (f, when) =>
    `La demande de ${nameOf(f)} attend toujours que vous l’acceptiez, la déclinez ou demandiez un complément, avant le ${when(f.dueAt)}.`,
};

const SUBJECTS: Record<NotificationKind, string> = {
  NEW_REQUEST: 'Nouvelle demande de téléexpertise',
  INFORMATION_REQUESTED: 'Téléexpertise : complément d’information demandé',
  REQUEST_DECLINED: 'Téléexpertise : demande déclinée',
  REQUEST_ACCEPTED: 'Téléexpertise : demande acceptée',
  REPORT_SIGNED: 'Téléexpertise : compte-rendu signé',
  MESSAGE_UNREAD: 'Téléexpertise : message non lu',
  DEADLINE_APPROACHING: 'Téléexpertise : délai de réponse proche',
  OVERDUE: 'Téléexpertise : délai de réponse dépassé',
  SYNTHESIS_SHARED: 'Téléexpertise : synthèse transmise',
  TRIAGE_REMINDER: 'Rappel : une demande de téléexpertise attend votre réponse',
};

const FOOTER = [
  '',
  'Ce message ne contient aucune donnée de santé : connectez-vous pour lire la demande.',
  'Vous choisissez les notifications que vous recevez, et quand, dans vos préférences de notification.',
];

/**
 * Writes notifications in French, linking to `<linkBase>/requests/<request id>` (the id clients use in `node`).
 * Only professionals' names, times and links: never the patient, the question, a message or a file.
 */
export function createNotificationWriter(linkBase: string): NotificationWriter {
  const link = (requestId: string) =>
    `${linkBase}/requests/${encodeURIComponent(encodeGlobalID('TeleexpertiseRequest', requestId))}`;
  const clock = (timeZone: string) => {
    const format = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone });
    return (at: Date) => format.format(at);
  };
  return {
    one({ timeZone, items: [facts] }: NotificationLetter) {
      const when = clock(timeZone);
      const body = [
        'Bonjour,',
        '',
        SAYS[facts!.kind](facts!, when),
        '',
        `Pour la consulter : ${link(facts!.requestId)}`,
      ];
      return { subject: SUBJECTS[facts!.kind], body: [...body, ...FOOTER].join('\n') };
    },
    digest({ timeZone, items }: NotificationLetter) {
      const when = clock(timeZone);
      const byRequest = new Map<string, Facts[]>();
      for (const item of items) byRequest.set(item.requestId, [...(byRequest.get(item.requestId) ?? []), item]);
      const sections = [...byRequest].flatMap(([requestId, told]) => [
        '',
        `Demande ${link(requestId)}`,
        ...told.map((facts) => `- ${SAYS[facts.kind](facts, when)}`),
      ]);
      const count = items.length === 1 ? '1 événement' : `${items.length} événements`;
      return {
        subject: `Téléexpertise : votre résumé quotidien (${count})`,
        body: [
          'Bonjour,',
          '',
          `Voici ce qui s’est passé dans vos demandes de téléexpertise (${count}) :`,
          ...sections,
          ...FOOTER,
        ].join('\n'),
      };
    },
  };
}
