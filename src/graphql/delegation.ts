// Delegations: granting another account the right to make requests in one's name, and revoking it.
import { grantDelegation, liveDelegationsOf, revokeDelegation } from '../domain/delegations.ts';
import { builder } from './builder.ts';
import { ProfessionalNode } from './professional.ts';

export const DelegationNode = builder.prismaNode('Delegation', {
  description: 'Délégation: the delegate may make requests in the delegator’s name while it is live.',
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, ctx) => ({ id, AND: [{ OR: [{ delegatorId: ctx.viewer.id }, { delegateId: ctx.viewer.id }] }] }),
  fields: (t) => ({
    delegator: t.relation('delegator', { description: 'The professional in whose name the delegate acts.' }),
    delegate: t.relation('delegate', { description: 'The account that may act.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
    live: t.boolean({ select: { revokedAt: true }, resolve: (delegation) => delegation.revokedAt === null }),
  }),
});

builder.queryField('delegations', (t) =>
  t.prismaField({
    type: ['Delegation'],
    description: 'Live delegations the caller granted or received: whom they may act for, and who may act for them.',
    resolve: (query, _root, _args, ctx) =>
      ctx.db.prisma.delegation.findMany({ ...query, ...liveDelegationsOf(ctx.viewer.id) }),
  }),
);

builder.mutationField('grantDelegation', (t) =>
  t.prismaField({
    type: 'Delegation',
    description:
      'Lets another professional’s account make requests in the caller’s name; granting again returns the live delegation.',
    args: { delegateId: t.arg.globalID({ required: true, for: ProfessionalNode }) },
    resolve: async (query, _root, { delegateId }, ctx) => {
      const { id } = await grantDelegation(ctx.services, { id: ctx.viewer.id }, delegateId.id);
      return ctx.db.prisma.delegation.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
);

builder.mutationField('revokeDelegation', (t) =>
  t.prismaField({
    type: 'Delegation',
    description:
      'Ends a delegation (its delegator revokes it, or its delegate gives it up); the delegate loses access to the requests made with it.',
    args: { id: t.arg.globalID({ required: true, for: DelegationNode }) },
    resolve: async (query, _root, { id }, ctx) => {
      await revokeDelegation(ctx.services, { id: ctx.viewer.id }, id.id);
      return ctx.db.prisma.delegation.findUniqueOrThrow({ ...query, where: { id: id.id } });
    },
  }),
);
