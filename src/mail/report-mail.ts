// The report's secure mail (MSSanté) to the treating doctor: who sends what, the PDF attached, no patient identity outside it.
import type { ReportMail } from '../domain/outbox.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { ComposedMail } from './smtp.ts';

/** Renders the PDF of one report version (the report only, not the conversation). */
export type ReportPdf = (reportId: string) => Promise<Uint8Array>;

/** "<outbox row id>@<sender's domain>": the same at every attempt, so that a mail sent twice is shown once. */
export function messageIdFor(outboxId: string, from: string): string {
  return `<${outboxId}@${from.slice(from.lastIndexOf('@') + 1)}>`;
}

interface Party {
  firstName: string;
  lastName: string;
  specialty: string | null;
}

const named = (party: Party) => `${party.firstName} ${party.lastName}${party.specialty ? ` (${party.specialty})` : ''}`;

/**
 * The mail as the treating doctor receives it. The patient's identity is in the attached PDF only: the
 * subject travels outside the encrypted part of many mail systems and the body shows in notification
 * previews, so they carry the senders, the version and the request's reference, and nothing clinical.
 */
export async function composeReportMail(
  prisma: PrismaClient,
  mail: ReportMail,
  { from, pdf }: { from: string; pdf: ReportPdf },
): Promise<ComposedMail> {
  const party = { select: { firstName: true, lastName: true, specialty: true } } as const;
  const report = await prisma.report.findUniqueOrThrow({
    where: { id: mail.reportId },
    select: {
      version: true,
      author: party,
      request: { select: { id: true, requester: party, onBehalfOf: party } },
    },
  });
  const requester = report.request.onBehalfOf ?? report.request.requester;
  const reference = report.request.id;
  const lines = [
    'Bonjour,',
    '',
    `${named(report.author)} vous adresse le compte-rendu d’une téléexpertise demandée par ${named(requester)}, pour un patient dont vous êtes le médecin traitant.`,
    '',
    `Le compte-rendu (version ${report.version}) est joint à ce message au format PDF.`,
    ...(report.version > 1 ? ['Il corrige et remplace la version précédente.'] : []),
    `Référence de la demande : ${reference}`,
    '',
    'Ce message vous est envoyé par messagerie sécurisée de santé (MSSanté) ; merci de ne pas y répondre.',
  ];
  return {
    to: mail.toAddress,
    from,
    subject: mail.subject,
    messageId: messageIdFor(mail.id, from),
    text: lines.join('\n'),
    attachments: [
      {
        filename: `compte-rendu-${reference}-v${report.version}.pdf`,
        content: Buffer.from(await pdf(mail.reportId)),
        contentType: 'application/pdf',
      },
    ],
  };
}
