// Le compte-rendu (docs/rules.md#report-signing-and-versions): the expert signs it, the request becomes REPORTED, the report is
// transmitted to the requester's side and to the treating doctor, and the acts are billed.
import { FollowUp, MessageKind, RecipientRole, RequestStatus, TransmissionChannel } from '../generated/prisma/enums.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { lockRequest, receivedReportWhere, requireSide, type LockedRequest } from './access.ts';
import { BILLING_PARTY_SELECT, billSignedReport } from './billing.ts';
import { change, type Change, type Services } from './changes.ts';
import { appendMessage, changeStatus, MAX_BODY_LENGTH } from './conversation.ts';
import { badInput } from './errors.ts';
import { assertTransition } from './lifecycle.ts';

/** Reports transmitted to the viewer as the patient's treating doctor, the latest first. */
export function receivedReports(viewerId: string) {
  return {
    where: { transmissions: { some: receivedReportWhere(viewerId) } },
    orderBy: { id: 'desc' },
  } satisfies Prisma.ReportFindManyArgs;
}

export interface SubmitReportInput {
  requestId: string;
  conclusion: string;
  proposedTreatments?: string | null;
  complementaryExams?: string | null;
  followUp: FollowUp;
  /** Required to correct a signed report: why the new version replaces the previous one. */
  correctionReason?: string | null;
}

function text(value: string | null | undefined, field: string, required: boolean): string | null {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') {
    if (required) throw badInput(`${field} is required`);
    return null;
  }
  if (trimmed.length > MAX_BODY_LENGTH)
    throw badInput(
      `${field} is longer than ${MAX_BODY_LENGTH} characters: attach a document to the conversation instead`,
    );
  return trimmed;
}

/**
 * Signs the report of a request (version 1), or a correction of the signed one (version 2, 3…):
 * a signed version is never changed, and every version stays readable. Only the first signature
 * moves the request to REPORTED and bills the acts; every version is transmitted. Returns the report id.
 */
export async function submitReport(services: Services, actorId: string, input: SubmitReportInput): Promise<string> {
  const content = {
    conclusion: text(input.conclusion, 'conclusion', true) as string,
    proposedTreatments: text(input.proposedTreatments, 'proposedTreatments', false),
    complementaryExams: text(input.complementaryExams, 'complementaryExams', false),
    followUp: input.followUp,
  };
  const correctionReason = text(input.correctionReason, 'correctionReason', false);

  return change(services, { id: actorId }, async (c) => {
    const request = await lockRequest(c.tx, input.requestId, actorId);
    requireSide(request, 'EXPERT', 'sign the report');
    const current = await c.tx.teleexpertiseRequest.findUniqueOrThrow({
      where: { id: request.id },
      select: {
        report: { select: { version: true } },
        expert: { select: BILLING_PARTY_SELECT },
        requester: { select: BILLING_PARTY_SELECT },
        onBehalfOf: { select: BILLING_PARTY_SELECT },
        patient: {
          select: {
            ins: true,
            birthName: true,
            firstNames: true,
            birthDate: true,
            sex: true,
            treatingDoctor: { select: { id: true, secureEmail: true } },
          },
        },
      },
    });
    const correcting = request.status === RequestStatus.REPORTED;
    if (correcting && !correctionReason) {
      throw badInput(
        'This request already has a signed report: to correct it, sign a new version with correctionReason saying what it corrects',
      );
    }
    if (!correcting) {
      if (correctionReason)
        throw badInput('correctionReason is for correcting a signed report: this request has none yet');
      assertTransition(request.status, RequestStatus.REPORTED);
    }
    const version = (current.report?.version ?? 0) + 1;
    const report = await c.tx.report.create({
      data: { requestId: request.id, version, ...content, correctionReason, authorId: actorId, signedAt: c.now },
      select: { id: true },
    });
    c.trace({
      action: 'report.sign',
      entityType: 'Report',
      entityId: report.id,
      requestId: request.id,
      details: { version, followUp: content.followUp },
    });

    if (correcting) {
      await appendMessage(
        c,
        request,
        {
          kind: MessageKind.SYSTEM,
          body: `The expert signed a corrected report (version ${version}): ${correctionReason}`,
          authorId: actorId,
        },
        { reportId: report.id },
      );
    } else {
      await changeStatus(
        c,
        request,
        RequestStatus.REPORTED,
        { reportedAt: c.now, reportId: report.id },
        'The expert signed the report',
      );
      await billSignedReport(
        c,
        { id: request.id, reportId: report.id },
        // Signed on the expert's side (requireSide above), so the request has its expert.
        { expert: current.expert!, requester: current.onBehalfOf ?? current.requester },
        current.patient,
      );
    }
    const recipientIds = await transmit(c, request, report.id, version, current.patient?.treatingDoctor ?? null);
    c.emit({
      kind: 'REPORT_SIGNED',
      requestId: request.id,
      reportId: report.id,
      version,
      participantIds: request.participantIds,
      recipientIds,
    });
    return report.id;
  });
}

/**
 * Delivers a signed version in the app to the requester, the professional in whose name the
 * request was made and the patient's treating doctor (each once), and queues a secure mail
 * (MSSanté) to the treating doctor when their address is known. Returns the recipients who are
 * not participants (the treating doctor), who see this report and nothing else of the request.
 */
async function transmit(
  c: Change,
  request: LockedRequest,
  reportId: string,
  version: number,
  treatingDoctor: { id: string; secureEmail: string | null } | null,
): Promise<string[]> {
  const recipients = new Map<string, RecipientRole>();
  // A delegate whose delegation was revoked is no longer among the participants: the report is not theirs.
  if (request.participantIds.includes(request.requesterId))
    recipients.set(request.requesterId, RecipientRole.REQUESTER);
  if (request.onBehalfOfId) recipients.set(request.onBehalfOfId, RecipientRole.ON_BEHALF_OF);
  // The expert keeps the report they signed: nothing to send them when they are also the treating doctor.
  if (treatingDoctor && treatingDoctor.id !== request.expertId && !recipients.has(treatingDoctor.id)) {
    recipients.set(treatingDoctor.id, RecipientRole.TREATING_DOCTOR);
  }
  await c.tx.reportTransmission.createMany({
    data: [...recipients].map(([recipientId, role]) => ({
      reportId,
      recipientId,
      role,
      channel: TransmissionChannel.IN_APP,
      queuedAt: c.now,
      sentAt: c.now,
    })),
  });
  for (const [recipientId, role] of recipients) {
    c.trace({
      action: 'report.transmit',
      entityType: 'Report',
      entityId: reportId,
      requestId: request.id,
      details: { recipientId, role, channel: 'IN_APP' },
    });
  }
  if (treatingDoctor?.secureEmail && treatingDoctor.id !== request.expertId) {
    const mail = await c.tx.reportTransmission.create({
      data: {
        reportId,
        recipientId: treatingDoctor.id,
        role: RecipientRole.TREATING_DOCTOR,
        channel: TransmissionChannel.SECURE_EMAIL,
        address: treatingDoctor.secureEmail,
        queuedAt: c.now,
        outbox: {
          create: {
            toAddress: treatingDoctor.secureEmail,
            // No health data in the subject: a mail subject travels outside the encrypted body.
            subject:
              version === 1
                ? 'Compte-rendu de téléexpertise'
                : `Compte-rendu de téléexpertise (version ${version}, corrigée)`,
            createdAt: c.now,
            nextAttemptAt: c.now,
          },
        },
      },
      select: { id: true },
    });
    c.trace({
      action: 'report.queue',
      entityType: 'ReportTransmission',
      entityId: mail.id,
      requestId: request.id,
      details: { recipientId: treatingDoctor.id, role: RecipientRole.TREATING_DOCTOR, channel: 'SECURE_EMAIL' },
    });
  }
  return [...recipients.keys()].filter((id) => !request.participantIds.includes(id));
}
