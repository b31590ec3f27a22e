// Requests to a team: a member claims one waiting in the team's queue, or a coordinator assigns it.
import { assignRequest, claimRequest } from '../domain/team-requests.ts';
import { builder } from './builder.ts';
import { ProfessionalNode } from './professional.ts';
import { RequestNode } from './request.ts';

builder.mutationField('claimRequest', (t) =>
  t.prismaField({
    type: 'TeleexpertiseRequest',
    description:
      'A member of the team takes a request waiting in its queue and becomes its expert (triage, report, TE2). CONFLICT, with extensions.holder, when someone already holds it.',
    args: { requestId: t.arg.globalID({ required: true, for: RequestNode }) },
    resolve: async (query, _root, { requestId }, ctx) => {
      const id = await claimRequest(ctx.services, ctx.viewer.id, requestId.id);
      return ctx.db.prisma.teleexpertiseRequest.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
);

builder.mutationField('assignRequest', (t) =>
  t.prismaField({
    type: 'TeleexpertiseRequest',
    description:
      'A coordinator of the team gives a request waiting in its queue to one of its members, who becomes its expert. CONFLICT, with extensions.holder, when someone already holds it.',
    args: {
      requestId: t.arg.globalID({ required: true, for: RequestNode }),
      expertId: t.arg.globalID({ required: true, for: ProfessionalNode }),
    },
    resolve: async (query, _root, { requestId, expertId }, ctx) => {
      const id = await assignRequest(ctx.services, ctx.viewer.id, requestId.id, expertId.id);
      return ctx.db.prisma.teleexpertiseRequest.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
);
