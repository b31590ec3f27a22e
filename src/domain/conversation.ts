// The conversation of a request: messages with per-request sequence numbers, attachments, and read marks.
import type { Message, Prisma, PrismaClient } from '../generated/prisma/client.ts';
import { MessageKind, RequestStatus } from '../generated/prisma/enums.ts';
import { lockRequest, type LockedRequest } from './access.ts';
import { change, type Change, type Services } from './changes.ts';
import { badInput, notFound } from './errors.ts';
import { checkUploads, storeContents, type CheckedFile, type Upload } from './files.ts';
import { assertConversationOpen } from './lifecycle.ts';
import { type PlainText, postPlainText } from './plain-text.ts';
import { countNewMessage, recountAfterRead } from './unread.ts';

export const MAX_BODY_LENGTH = 20_000;
const MAX_CLIENT_ID_LENGTH = 100;

export interface NewMessage {
  kind: MessageKind;
  body: string;
  /** The professional speaking (for PREREQUISITES, the expert); null for the system. */
  authorId: string | null;
  status?: RequestStatus;
  clientMessageId?: string | null;
  files?: CheckedFile[];
  /** Existing contents to attach again (an expert's templates), by reference. */
  copies?: { fileName: string; mediaType: string; size: number; sha256: string; uploadedById: string }[];
}

/**
 * Appends a message to a request locked by the caller: next sequence number, attachments, latest
 * activity, the other parties' unread counts, and any other change to the request in the same
 * statement; traced and announced. The only place messages are written, but for a plain text post, which
 * postPlainText writes with the same effects in one statement (test/plain-text.test.ts compares them).
 */
export async function appendMessage(
  c: Change,
  request: LockedRequest,
  message: NewMessage,
  requestChanges: Prisma.TeleexpertiseRequestUncheckedUpdateManyInput = {},
): Promise<Message> {
  const sequence = request.lastSequence + 1;
  await storeContents(c.tx, message.files ?? []);
  const attachments = [
    ...(message.files ?? []).map(({ bytes: _bytes, ...file }) => ({ ...file, uploadedById: c.actor.id })),
    ...(message.copies ?? []),
  ];
  const created = await c.tx.message.create({
    data: {
      requestId: request.id,
      sequence,
      kind: message.kind,
      body: message.body,
      authorId: message.authorId,
      status: message.status ?? null,
      clientMessageId: message.clientMessageId ?? null,
      createdAt: c.now,
      ...(attachments.length > 0 && { attachments: { createMany: { data: attachments } } }),
    },
  });
  // updateMany: the request is locked, and nothing of it is read back.
  await c.tx.teleexpertiseRequest.updateMany({
    where: { id: request.id },
    data: {
      ...requestChanges,
      ...countNewMessage(request, message.authorId),
      lastSequence: sequence,
      lastMessageId: created.id,
      lastActivityAt: c.now,
    },
  });
  request.lastSequence = sequence;
  c.trace({
    action: 'message.post',
    entityType: 'Message',
    entityId: created.id,
    requestId: request.id,
    details: { sequence, kind: message.kind, attachments: attachments.length },
  });
  c.emit({
    kind: 'MESSAGE_ADDED',
    requestId: request.id,
    messageId: created.id,
    sequence,
    participantIds: request.participantIds,
  });
  return created;
}

export interface PostMessageInput {
  requestId: string;
  body: string;
  attachments?: readonly Upload[] | null;
  clientMessageId?: string | null;
}

/**
 * A participant writes in the conversation. Posting again with the same clientMessageId returns
 * the first message. A requester's answer while information is requested sends the request back to triage.
 */
export async function postMessage(
  services: Services,
  actorId: string,
  input: PostMessageInput,
  limits: { maxUploadBytes: number },
): Promise<Message> {
  const body = input.body.trim();
  const clientMessageId = clientId(input.clientMessageId, 'clientMessageId');
  if (body.length > MAX_BODY_LENGTH)
    throw badInput(`The message is longer than ${MAX_BODY_LENGTH} characters: split it`);
  const files = await checkUploads(input.attachments, limits.maxUploadBytes);
  if (body === '' && files.length === 0) throw badInput('The message is empty: write something or attach a file');
  const post = { requestId: input.requestId, body, clientMessageId, files };
  if (files.length === 0) {
    // The hot path; null when something is left to decide, which the general path then does.
    const posted = await postPlainText(services, actorId, post);
    if (posted) return posted;
  }
  return postInTransaction(services, actorId, post);
}

/** postMessage's general path, in a transaction of several statements: every case, files included. */
export function postInTransaction(
  services: Services,
  actorId: string,
  post: PlainText & { files: CheckedFile[] },
): Promise<Message> {
  const { clientMessageId } = post;
  return change(services, { id: actorId }, async (c) => {
    const request = await lockRequest(c.tx, post.requestId, actorId);
    if (clientMessageId) {
      const first = await c.tx.message.findUnique({
        where: { requestId_authorId_clientMessageId: { requestId: request.id, authorId: actorId, clientMessageId } },
      });
      if (first) return first;
    }
    assertConversationOpen(request.status);
    const message = await appendMessage(c, request, {
      kind: MessageKind.TEXT,
      body: post.body,
      authorId: actorId,
      clientMessageId,
      files: post.files,
    });
    if (request.status === RequestStatus.INFO_REQUESTED && request.side === 'REQUESTER') {
      await changeStatus(
        c,
        request,
        RequestStatus.SUBMITTED,
        {},
        'The requester answered: the request is back for triage',
      );
    }
    return message;
  });
}

/** Moves a locked request to `to`, with the given column changes and a SYSTEM message in the conversation. */
export async function changeStatus(
  c: Change,
  request: LockedRequest,
  to: RequestStatus,
  data: Omit<Prisma.TeleexpertiseRequestUncheckedUpdateManyInput, 'status'>,
  summary: string,
): Promise<void> {
  const from = request.status;
  c.trace({
    action: 'request.status',
    entityType: 'TeleexpertiseRequest',
    entityId: request.id,
    requestId: request.id,
    details: { from, to },
  });
  const message = await appendMessage(
    c,
    request,
    { kind: MessageKind.SYSTEM, body: summary, authorId: c.actor.id, status: to },
    { ...data, status: to },
  );
  request.status = to;
  c.emit({
    kind: 'STATUS_CHANGED',
    requestId: request.id,
    from,
    to,
    messageId: message.id,
    participantIds: request.participantIds,
  });
}

/** Marks the conversation read up to a message (never backwards) and returns the request id. Members of its team read too. */
export async function markRead(
  services: Services,
  actorId: string,
  requestId: string,
  upToMessageId: string,
): Promise<string> {
  return change(services, { id: actorId }, async (c) => {
    const request = await lockRequest(c.tx, requestId, actorId, { members: true });
    const upTo = await c.tx.message.findUnique({
      where: { id: upToMessageId },
      select: { requestId: true, sequence: true },
    });
    if (!upTo || upTo.requestId !== request.id) throw notFound('Message');
    const mark = await c.tx.readMark.findUnique({
      where: { requestId_professionalId: { requestId, professionalId: actorId } },
    });
    if (mark && mark.lastReadSequence >= upTo.sequence) return request.id;
    await c.tx.readMark.upsert({
      where: { requestId_professionalId: { requestId, professionalId: actorId } },
      create: { requestId, professionalId: actorId, lastReadSequence: upTo.sequence },
      update: { lastReadSequence: upTo.sequence },
    });
    await c.tx.$executeRaw(recountAfterRead(request.id, actorId, upTo.sequence));
    c.trace({
      action: 'conversation.read',
      entityType: 'TeleexpertiseRequest',
      entityId: request.id,
      requestId,
      details: { upToSequence: upTo.sequence },
    });
    c.emit({
      kind: 'MESSAGES_READ',
      requestId,
      readerId: actorId,
      upToSequence: upTo.sequence,
      participantIds: request.participantIds,
    });
    return request.id;
  });
}

/** A client-chosen idempotency key, trimmed; null when not given. */
export function clientId(value: string | null | undefined, field: string): string | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  if (trimmed.length > MAX_CLIENT_ID_LENGTH)
    throw badInput(`${field} is longer than ${MAX_CLIENT_ID_LENGTH} characters: a UUID is enough`);
  return trimmed;
}

/** The sequence of the latest message of each of these requests. */
export async function lastSequences(prisma: PrismaClient, requestIds: string[]): Promise<Map<string, number>> {
  const rows = await prisma.teleexpertiseRequest.findMany({
    where: { id: { in: requestIds } },
    select: { id: true, lastSequence: true },
  });
  return new Map(rows.map((row) => [row.id, row.lastSequence]));
}
