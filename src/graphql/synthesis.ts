// Shared syntheses: sending a request's PDF synthesis to another professional, and what they receive.
import { visibleRequestWhere } from '../domain/access.ts';
import { receivedSyntheses, shareSynthesis } from '../domain/synthesis.ts';
import { builder } from './builder.ts';
import { downloadUrl } from './context.ts';
import { MAX_PAGE_SIZE, pageArgs } from './pagination.ts';
import { ProfessionalNode } from './professional.ts';
import { RequestNode } from './request.ts';

builder.prismaNode('SynthesisShare', {
  name: 'SharedSynthesis',
  description:
    'A request’s PDF synthesis as a participant sent it to another professional: visible to the recipient and to the participants.',
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, ctx) => ({
    id,
    OR: [{ recipientId: ctx.viewer.id }, { request: { is: visibleRequestWhere(ctx.viewer.id) } }],
  }),
  fields: (t) => ({
    request: t.relation('request', { description: 'The request: its recipient reads its id and synthesisUrl only.' }),
    sharedBy: t.relation('sharedBy'),
    recipient: t.relation('recipient'),
    sharedAt: t.expose('createdAt', { type: 'DateTime' }),
    size: t.exposeInt('size', { description: 'Bytes.' }),
    sha256: t.exposeString('sha256', { description: 'SHA-256 of the PDF, hexadecimal.' }),
    url: t.string({
      description: 'The PDF as it was sent: a signed URL valid for a few minutes, for the caller only.',
      select: { id: true },
      resolve: async (share, _args, ctx) => downloadUrl(ctx, `shared-syntheses/${share.id}.pdf`),
    }),
  }),
});

builder.prismaObjectField('TeleexpertiseRequest', 'sharedSyntheses', (t) =>
  t.relation('syntheses', {
    description: 'Who the synthesis was sent to, and when.',
    query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
  }),
);

builder.mutationField('shareSynthesis', (t) =>
  t.prismaField({
    type: 'TeleexpertiseRequest',
    description:
      'Sends the request’s synthesis, as it is now, to another professional: they get an inbox event (SYNTHESIS_SHARED) and can download that PDF, and nothing else of the request.',
    args: {
      requestId: t.arg.globalID({ required: true, for: RequestNode }),
      recipientId: t.arg.globalID({ required: true, for: ProfessionalNode }),
    },
    resolve: async (query, _root, { requestId, recipientId }, ctx) => {
      await shareSynthesis(ctx.services, ctx.synthesisRenderer, ctx.viewer.id, requestId.id, recipientId.id);
      return ctx.db.prisma.teleexpertiseRequest.findUniqueOrThrow({ ...query, where: { id: requestId.id } });
    },
  }),
);

builder.queryField('receivedSyntheses', (t) =>
  t.prismaConnection({
    type: 'SynthesisShare',
    cursor: 'id',
    description: 'Syntheses other professionals sent to the caller, the latest first.',
    defaultSize: 20,
    maxSize: MAX_PAGE_SIZE,
    resolve: (query, _root, args, ctx) => {
      pageArgs(args);
      return ctx.db.prisma.synthesisShare.findMany({ ...query, ...receivedSyntheses(ctx.viewer.id) });
    },
  }),
);
