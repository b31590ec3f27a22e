// Délégations: a professional lets another account make requests in their name, until revoked.
import type { Delegation, Prisma } from '../generated/prisma/client.ts';
import { LIVE_DELEGATION } from './access.ts';
import { change, type Actor, type Services, type Tx } from './changes.ts';
import { badInput, forbidden, notFound } from './errors.ts';

/** Live delegations the viewer granted or received, the oldest first. */
export function liveDelegationsOf(viewerId: string) {
  return {
    where: { ...LIVE_DELEGATION, OR: [{ delegatorId: viewerId }, { delegateId: viewerId }] },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  } satisfies Prisma.DelegationFindManyArgs;
}

/** Grants the delegate the right to act in the delegator's name; granting twice returns the live delegation. */
export async function grantDelegation(services: Services, actor: Actor, delegateId: string): Promise<Delegation> {
  if (delegateId === actor.id) throw badInput('You cannot delegate to yourself: name another professional');
  return change(services, actor, async (c) => {
    const delegate = await c.tx.professional.findUnique({ where: { id: delegateId }, select: { id: true } });
    if (!delegate) throw notFound('Professional');
    // Serializes grants between the same two people, so that two clicks make one delegation.
    await c.tx.$queryRawUnsafe(
      'SELECT 1 FROM pg_advisory_xact_lock(hashtext($1))',
      `delegation:${actor.id}:${delegateId}`,
    );
    const live = await c.tx.delegation.findFirst({ where: { delegatorId: actor.id, delegateId, ...LIVE_DELEGATION } });
    if (live) return live;
    const delegation = await c.tx.delegation.create({ data: { delegatorId: actor.id, delegateId } });
    c.trace({ action: 'delegation.grant', entityType: 'Delegation', entityId: delegation.id, details: { delegateId } });
    return delegation;
  });
}

/** Ends a delegation: its delegator revokes it, or its delegate gives it up. Revoking twice changes nothing. */
export async function revokeDelegation(services: Services, actor: Actor, delegationId: string): Promise<Delegation> {
  return change(services, actor, async (c) => {
    const delegation = await c.tx.delegation.findUnique({ where: { id: delegationId } });
    if (!delegation || (delegation.delegatorId !== actor.id && delegation.delegateId !== actor.id))
      throw notFound('Delegation');
    if (delegation.revokedAt) return delegation;
    const revoked = await c.tx.delegation.update({ where: { id: delegationId }, data: { revokedAt: c.now } });
    c.trace({ action: 'delegation.revoke', entityType: 'Delegation', entityId: delegationId });
    return revoked;
  });
}

/** The live delegation that lets `delegateId` act for `delegatorId`, or FORBIDDEN. */
export async function liveDelegation(tx: Tx, delegatorId: string, delegateId: string): Promise<Delegation> {
  const delegation = await tx.delegation.findFirst({
    where: { delegatorId, delegateId, ...LIVE_DELEGATION },
    orderBy: { createdAt: 'desc' },
  });
  if (!delegation) {
    throw forbidden(
      'You have no live delegation from this professional: ask them to grant you one (grantDelegation) before acting in their name',
    );
  }
  return delegation;
}
