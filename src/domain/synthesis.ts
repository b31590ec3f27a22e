// La synthèse (docs/workflow.md#synthesis): the whole conversation as a PDF, downloaded by a participant or sent to another professional.
import { createHash } from 'node:crypto';
import type { Prisma, PrismaClient } from '../generated/prisma/client.ts';
import { lockRequest } from './access.ts';
import { change, traceReads, type Services, type Tx } from './changes.ts';
import { badInput, conflict, forbidden, notFound, type DomainError } from './errors.ts';
import { frenchDay } from './tariffs.ts';
import {
  SynthesisRenderFailure,
  type RequestSummary,
  type SynthesisDocument,
  type SynthesisParty,
  type SynthesisRenderer,
  type SynthesisReport,
} from '../synthesis/index.ts';
import { visibleRequestWhere } from './access.ts';

export interface SynthesisFile {
  fileName: string;
  bytes: Uint8Array;
  sha256: string;
}

/** The attachments the synthesis draws (images) or appends (PDFs); the others are listed by name. */
const SYNTHESIS_MEDIA_TYPES = new Set(['image/jpeg', 'image/png', 'application/pdf']);

/** A professional as the PDFs name them. */
export const party = {
  select: { firstName: true, lastName: true, profession: true, specialty: true, rpps: true },
} as const;

/** What the synthesis and the report PDF read of a request besides its conversation and its reports. */
export const summaryInclude = {
  requester: party,
  onBehalfOf: party,
  expert: party,
  team: { select: { name: true } },
  patient: { include: { treatingDoctor: party } },
} as const satisfies Prisma.TeleexpertiseRequestInclude;

/** The request as both PDFs print it, generated at `now`; its reference is its global id. */
export function requestSummary(
  request: Prisma.TeleexpertiseRequestGetPayload<{ include: typeof summaryInclude }>,
  now: Date,
): RequestSummary {
  return {
    reference: Buffer.from(`TeleexpertiseRequest:${request.id}`).toString('base64'),
    generatedAt: now,
    requester: request.requester,
    onBehalfOf: request.onBehalfOf,
    expert: request.expert,
    team: request.team,
    patient: request.patient,
    consent: {
      givenBy: request.consentGivenBy,
      collectedAt: request.consentCollectedAt,
      notCollectedReason: request.consentNotCollectedReason,
    },
    question: request.question,
  };
}

/** A signed version as the PDFs print it: only its printed fields go to the render worker. */
export function reportVersion(report: Prisma.ReportGetPayload<{ include: { author: typeof party } }>): SynthesisReport {
  const { version, signedAt, author, conclusion, proposedTreatments, complementaryExams, followUp, correctionReason } =
    report;
  return { version, signedAt, author, conclusion, proposedTreatments, complementaryExams, followUp, correctionReason };
}

/** Everything the synthesis shows of a request the viewer takes part in, attachments' bytes included; undefined for anyone else. */
async function synthesisDocument(
  prisma: PrismaClient,
  viewerId: string,
  requestId: string,
  now: Date,
): Promise<SynthesisDocument | undefined> {
  const request = await prisma.teleexpertiseRequest.findFirst({
    where: { id: requestId, AND: [visibleRequestWhere(viewerId)] },
    include: {
      ...summaryInclude,
      messages: {
        orderBy: { sequence: 'asc' },
        include: {
          author: party,
          attachments: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
        },
      },
      reports: { orderBy: { version: 'asc' }, include: { author: party } },
    },
  });
  if (!request) return undefined;
  const viewer = await prisma.professional.findUniqueOrThrow({ where: { id: viewerId }, ...party });
  // Only what the synthesis draws or appends is read: images and PDFs, each content once.
  const drawn = request.messages
    .flatMap((message) => message.attachments)
    .filter((attachment) => SYNTHESIS_MEDIA_TYPES.has(attachment.mediaType));
  const contents = await prisma.fileContent.findMany({
    where: { sha256: { in: [...new Set(drawn.map((attachment) => attachment.sha256))] } },
  });
  const bytes = new Map(contents.map((content) => [content.sha256, content.bytes]));
  return {
    ...requestSummary(request, now),
    generatedBy: viewer,
    status: request.status,
    createdAt: request.createdAt,
    dueAt: request.dueAt,
    declineReason: request.declineReason,
    withdrawReason: request.withdrawReason,
    messages: request.messages.map((message) => ({
      sequence: message.sequence,
      kind: message.kind,
      author: message.author as SynthesisParty | null,
      createdAt: message.createdAt,
      body: message.body,
      attachments: message.attachments.map(({ fileName, mediaType, size, sha256 }) => ({
        fileName,
        mediaType,
        size,
        sha256,
        bytes: bytes.get(sha256) ?? new Uint8Array(),
      })),
    })),
    reports: request.reports.map(reportVersion),
  };
}

/**
 * What the caller is told when a render was stopped by a limit. The code is CONFLICT: the request's own
 * content (its attachments, as they are) is what the synthesis cannot be made of; `reason` says which limit.
 */
function renderFailed(failure: SynthesisRenderFailure): DomainError {
  const seconds = Math.ceil(failure.limits.timeoutMs / 1000);
  const download = 'Its attachments can still be downloaded one by one from the conversation.';
  switch (failure.reason) {
    case 'busy':
      return conflict('Too many syntheses are being generated at this moment: try again in a minute.', {
        reason: 'SYNTHESIS_BUSY',
      });
    case 'timeout':
      return conflict(
        `The synthesis could not be generated within ${seconds} s: an attachment is too large or too complex to include. ${download}`,
        {
          reason: 'SYNTHESIS_TIMEOUT',
        },
      );
    case 'memory':
    case 'crash':
      return conflict(
        `The synthesis could not be generated: an attachment is too large or malformed to include. ${download}`,
        {
          reason: failure.reason === 'memory' ? 'SYNTHESIS_TOO_LARGE' : 'SYNTHESIS_RENDER_CRASHED',
        },
      );
  }
}

async function generate(
  prisma: PrismaClient,
  renderer: SynthesisRenderer,
  viewerId: string,
  requestId: string,
  now: Date,
): Promise<SynthesisFile | undefined> {
  const document = await synthesisDocument(prisma, viewerId, requestId, now);
  if (!document) return undefined;
  // Off the event loop, in a worker with its own heap limit and a deadline: the attachments are anyone's files.
  const bytes = await renderer.render(document).catch((error: unknown) => {
    throw error instanceof SynthesisRenderFailure ? renderFailed(error) : error;
  });
  const day = frenchDay(now);
  return {
    fileName: `synthese-teleexpertise-${day}.pdf`,
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

/** Syntheses other professionals sent to the viewer, the latest first. */
export function receivedSyntheses(viewerId: string) {
  return { where: { recipientId: viewerId }, orderBy: { id: 'desc' } } satisfies Prisma.SynthesisShareFindManyArgs;
}

/**
 * The synthesis file a caller downloads for a request: for a participant, the one generated at
 * download time; for a professional it was shared with, the latest PDF sent to them; FORBIDDEN for
 * anyone else. Each check runs only when the one before it failed.
 */
export async function synthesisPathFor(
  requestId: string,
  viewer: { participates: () => boolean | Promise<boolean>; sharedSynthesisId: () => Promise<string | null> },
): Promise<string> {
  if (await viewer.participates()) return `syntheses/${requestId}.pdf`;
  const shareId = await viewer.sharedSynthesisId();
  if (!shareId) throw forbidden('This request’s synthesis was not shared with you');
  return `shared-syntheses/${shareId}.pdf`;
}

/** A participant downloads the synthesis as the request is now, rendered by `renderer`; traced as a read of patient data. */
export async function downloadSynthesis(
  prisma: PrismaClient,
  renderer: SynthesisRenderer,
  viewerId: string,
  requestId: string,
): Promise<SynthesisFile | undefined> {
  const file = await generate(prisma, renderer, viewerId, requestId, new Date());
  if (!file) return undefined;
  await traceReads(prisma, { id: viewerId }, [
    {
      action: 'synthesis.download',
      entityType: 'TeleexpertiseRequest',
      entityId: requestId,
      requestId,
      details: { sha256: file.sha256 },
    },
  ]);
  return file;
}

/**
 * A participant sends the synthesis, as it is now (rendered by `renderer`), to another professional, who
 * can then download that PDF and nothing else of the request. Returns the share id.
 */
export async function shareSynthesis(
  services: Services,
  renderer: SynthesisRenderer,
  actorId: string,
  requestId: string,
  recipientId: string,
): Promise<string> {
  if (recipientId === actorId)
    throw badInput('You cannot send the synthesis to yourself: download it from synthesisUrl');
  // The cheap checks first, before the PDF is rendered; the transaction makes them again under the lock.
  await checkShare(services.prisma, actorId, requestId, recipientId);
  const now = new Date();
  // Generated before the transaction, which then checks again that the caller takes part.
  const file = await generate(services.prisma, renderer, actorId, requestId, now);
  if (!file) throw notFound('Request');
  return change(services, { id: actorId }, async (c) => {
    const request = await checkShare(c.tx, actorId, requestId, recipientId);
    await c.tx.fileContent.upsert({
      where: { sha256: file.sha256 },
      create: { sha256: file.sha256, bytes: new Uint8Array(file.bytes), size: file.bytes.byteLength },
      update: {},
    });
    const share = await c.tx.synthesisShare.create({
      data: {
        requestId: request.id,
        sharedById: actorId,
        recipientId,
        sha256: file.sha256,
        size: file.bytes.byteLength,
        createdAt: c.now,
      },
      select: { id: true },
    });
    c.trace({
      action: 'synthesis.share',
      entityType: 'SynthesisShare',
      entityId: share.id,
      requestId: request.id,
      details: { recipientId, sha256: file.sha256 },
    });
    c.emit({
      kind: 'SYNTHESIS_SHARED',
      requestId: request.id,
      shareId: share.id,
      recipientId,
      participantIds: request.participantIds,
    });
    return share.id;
  });
}

/** The request (locked when `tx` is a transaction's), once the caller takes part in it and the recipient exists and does not. */
async function checkShare(tx: Tx, actorId: string, requestId: string, recipientId: string) {
  const request = await lockRequest(tx, requestId, actorId);
  const recipient = await tx.professional.findUnique({ where: { id: recipientId }, select: { id: true } });
  if (!recipient) throw notFound('Professional');
  if (request.participantIds.includes(recipient.id))
    throw badInput('This professional takes part in the request and downloads its synthesis from synthesisUrl');
  return request;
}

/** A shared synthesis, for its recipient or a participant of its request; traced. */
export async function downloadSharedSynthesis(
  prisma: PrismaClient,
  viewerId: string,
  shareId: string,
): Promise<SynthesisFile | undefined> {
  const share = await prisma.synthesisShare.findFirst({
    where: { id: shareId, OR: [{ recipientId: viewerId }, { request: { is: visibleRequestWhere(viewerId) } }] },
    select: { id: true, requestId: true, sha256: true, createdAt: true, content: { select: { bytes: true } } },
  });
  if (!share) return undefined;
  await traceReads(prisma, { id: viewerId }, [
    {
      action: 'synthesis.download',
      entityType: 'SynthesisShare',
      entityId: share.id,
      requestId: share.requestId,
      details: { sha256: share.sha256 },
    },
  ]);
  return {
    fileName: `synthese-teleexpertise-${frenchDay(share.createdAt)}.pdf`,
    bytes: share.content.bytes,
    sha256: share.sha256,
  };
}
