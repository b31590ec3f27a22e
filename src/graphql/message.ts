// The conversation: the Message type, posting, and read marks.
import { visibleRequestWhere } from '../domain/access.ts';
import { markRead, postMessage } from '../domain/conversation.ts';
import { MessageKind } from '../generated/prisma/enums.ts';
import { builder } from './builder.ts';
import { RequestNode, RequestStatusEnum } from './request.ts';

const MessageKindEnum = builder.enumType(MessageKind, {
  name: 'MessageKind',
  description:
    "TEXT: written by a participant; PREREQUISITES: the expert's prerequisites that open the conversation; SYSTEM: a status change.",
});

export const MessageNode = builder.prismaNode('Message', {
  description: 'A message of a request’s conversation.',
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, ctx) => ({ id, AND: [{ request: { is: visibleRequestWhere(ctx.viewer.id) } }] }),
  fields: (t) => ({
    sequence: t.exposeInt('sequence', {
      description: '1, 2, 3… within the request, in the order messages were recorded.',
    }),
    kind: t.expose('kind', { type: MessageKindEnum }),
    body: t.exposeString('body'),
    author: t.relation('author', {
      nullable: true,
      description:
        'Who speaks: for PREREQUISITES the expert, in whose name the system sends them; for SYSTEM the professional whose action it records.',
    }),
    status: t.expose('status', {
      type: RequestStatusEnum,
      nullable: true,
      description: 'For SYSTEM messages: the status the request moved to.',
    }),
    attachments: t.relation('attachments', { query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] } }),
    clientMessageId: t.exposeString('clientMessageId', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    request: t.relation('request'),
  }),
});

const PostMessageInput = builder.inputType('PostMessageInput', {
  fields: (t) => ({
    requestId: t.globalID({ required: true, for: RequestNode }),
    body: t.string({ required: true, description: 'May be empty when files are attached.' }),
    attachments: t.field({ type: ['File'], required: false }),
    clientMessageId: t.string({
      required: false,
      description: 'A key of the client’s choosing: posting again with it returns the first message.',
    }),
  }),
});

builder.mutationField('postMessage', (t) =>
  t.field({
    type: MessageNode,
    description:
      'Writes in a request’s conversation. A requester’s answer while INFO_REQUESTED sends the request back to triage (SUBMITTED).',
    args: { input: t.arg({ type: PostMessageInput, required: true }) },
    // No read back: relations asked for are read after the commit, in one statement, by Message's fallback loader.
    resolve: (_root, { input }, ctx) =>
      postMessage(
        ctx.services,
        ctx.viewer.id,
        { ...input, requestId: input.requestId.id },
        { maxUploadBytes: ctx.maxUploadBytes },
      ),
  }),
);

builder.mutationField('markRead', (t) =>
  t.prismaField({
    type: 'TeleexpertiseRequest',
    description: 'Marks the conversation read up to a message (a read mark never moves back).',
    args: {
      requestId: t.arg.globalID({ required: true, for: RequestNode }),
      upTo: t.arg.globalID({ required: true, for: MessageNode }),
    },
    resolve: async (query, _root, { requestId, upTo }, ctx) => {
      const id = await markRead(ctx.services, ctx.viewer.id, requestId.id, upTo.id);
      return ctx.db.prisma.teleexpertiseRequest.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
);
