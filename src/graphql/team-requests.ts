// Requests to a team (a member claims one waiting in the team's queue, or a coordinator assigns it), and
// redirection to another expert or team.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { visibleRequestWhere } from '../domain/access.ts';
import { handOverToBackup, redirectRequest } from '../domain/redirect.ts';
import { assignRequest, claimRequest } from '../domain/team-requests.ts';
import { AbsenceNode } from './availability.ts';
import { builder } from './builder.ts';
import { ProfessionalNode } from './professional.ts';
import { RequestNode } from './request.ts';
import { TeamNode } from './teams.ts';

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

builder.mutationField('redirectRequest', (t) =>
  t.prismaField({
    type: 'TeleexpertiseRequest',
    description:
      'The expert holding an open request, or a coordinator of its team, sends it on to another member, team or expert (exactly one of expertId and teamId), with a reason the requester reads. Conversation, attachments, consent and patient go with it; it is triaged again, within the 7 days of the original request. The target is checked as createRequest checks it (EXPERT_ABSENT, EXPERT_UNAVAILABLE…).',
    args: {
      requestId: t.arg.globalID({ required: true, for: RequestNode }),
      expertId: t.arg.globalID({ required: false, for: ProfessionalNode }),
      teamId: t.arg.globalID({ required: false, for: TeamNode }),
      reason: t.arg.string({ required: true }),
    },
    resolve: async (query, _root, { requestId, expertId, teamId, reason }, ctx) => {
      const target = { expertId: expertId?.id ?? null, teamId: teamId?.id ?? null };
      const id = await redirectRequest(ctx.services, ctx.viewer.id, requestId.id, target, reason);
      // Redirected away, the caller may no longer read it.
      return ctx.db.prisma.teleexpertiseRequest.findFirst({
        ...query,
        where: { id, AND: [visibleRequestWhere(ctx.viewer.id)] },
      });
    },
    nullable: true,
  }),
);

builder.mutationField('handOverToBackup', (t) =>
  t.field({
    type: ['ID'],
    description:
      'The expert away (or a coordinator of the team away) redirects every open request they hold (the team: those waiting in its queue) to the backup the absence names, with a reason; returns the ids of the requests handed over. Not calling it keeps them.',
    args: {
      absenceId: t.arg.globalID({ required: true, for: AbsenceNode }),
      reason: t.arg.string({ required: true }),
    },
    resolve: async (_root, { absenceId, reason }, ctx) => {
      const ids = await handOverToBackup(ctx.services, ctx.viewer.id, absenceId.id, reason);
      return ids.map((id) => encodeGlobalID('TeleexpertiseRequest', id));
    },
  }),
);
