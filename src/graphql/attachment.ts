// Attachments: the Node type with its signed URL, and the expert's prerequisite templates.
import { visibleAttachmentWhere } from '../domain/access.ts';
import { addPrerequisiteTemplate, removePrerequisiteTemplate } from '../domain/directory.ts';
import { builder } from './builder.ts';
import { downloadUrl } from './context.ts';

export const AttachmentNode = builder.prismaNode('Attachment', {
  description: 'A file (pièce jointe): its media type is read from its bytes, not from its name.',
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, ctx) => ({ id, AND: [visibleAttachmentWhere(ctx.viewer.id)] }),
  // Only the columns the query asks for: a conversation page lists many files, often by name and size only.
  select: { id: true },
  fields: (t) => ({
    fileName: t.exposeString('fileName', { description: 'A safe form of the name it was sent with.' }),
    mediaType: t.exposeString('mediaType'),
    size: t.exposeInt('size', { description: 'Bytes.' }),
    sha256: t.exposeString('sha256', { description: 'SHA-256 of the content, hexadecimal.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    url: t.string({
      description:
        'Where to download the file: a signed URL, valid for a few minutes for the caller only. Ask again for a fresh one.',
      select: { id: true },
      resolve: async (attachment, _args, ctx) => downloadUrl(ctx, `files/${attachment.id}`),
    }),
  }),
});

builder.mutationField('addPrerequisiteTemplate', (t) =>
  t.prismaField({
    type: 'ExpertProfile',
    description:
      'Adds a document template (modèle) to the caller’s expert declaration; it opens every new conversation.',
    args: { file: t.arg({ type: 'File', required: true }) },
    resolve: async (query, _root, { file }, ctx) => {
      await addPrerequisiteTemplate(ctx.services, ctx.viewer.id, file, { maxUploadBytes: ctx.maxUploadBytes });
      return ctx.db.prisma.expertProfile.findUniqueOrThrow({ ...query, where: { professionalId: ctx.viewer.id } });
    },
  }),
);

builder.mutationField('removePrerequisiteTemplate', (t) =>
  t.prismaField({
    type: 'ExpertProfile',
    description: 'Removes a template from the caller’s declaration; conversations that received it keep their copy.',
    args: { id: t.arg.globalID({ required: true, for: AttachmentNode }) },
    resolve: async (query, _root, { id }, ctx) => {
      await removePrerequisiteTemplate(ctx.services, ctx.viewer.id, id.id);
      return ctx.db.prisma.expertProfile.findUniqueOrThrow({ ...query, where: { professionalId: ctx.viewer.id } });
    },
  }),
);
