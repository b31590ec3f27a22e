// The billing office's worklist (docs/rules.md#billing-worklist): where each act stands (to bill, transmitted, paid,
// rejected), who may move it, and whose acts a caller lists: their own, or those of whom they are a live delegate.
import type { BillingAct, Prisma, PrismaClient } from '../generated/prisma/client.ts';
import { BillingStatus } from '../generated/prisma/enums.ts';
import { change, type Actor, type Change, type Services } from './changes.ts';
import { liveDelegation } from './delegations.ts';
import { badInput, conflict, DomainError, notFound } from './errors.ts';

const MAX_REASON_LENGTH = 500;

/**
 * The moves a status allows: an act is transmitted (FSE sent), then paid or rejected; a rejected act is
 * corrected and sent again (TRANSMITTED) or put back in the list (TO_BILL); a transmission recorded by
 * mistake goes back to TO_BILL. PAID is final.
 */
export const BILLING_TRANSITIONS: Record<BillingStatus, readonly BillingStatus[]> = {
  TO_BILL: [BillingStatus.TRANSMITTED],
  TRANSMITTED: [BillingStatus.PAID, BillingStatus.REJECTED, BillingStatus.TO_BILL],
  REJECTED: [BillingStatus.TO_BILL, BillingStatus.TRANSMITTED],
  PAID: [],
};

/** Whose acts the caller reads or moves: their own, or, with `onBehalfOfId`, those of a professional who delegated to them. */
export async function actsOwner(prisma: PrismaClient, actorId: string, onBehalfOfId?: string | null): Promise<Actor> {
  if (!onBehalfOfId || onBehalfOfId === actorId) return { id: actorId };
  await liveDelegation(prisma, onBehalfOfId, actorId);
  return { id: actorId, onBehalfOfId };
}

export interface BillingActsFilter {
  from: Date;
  to: Date;
  /** Any of these statuses; all when left out or empty. */
  statuses?: readonly BillingStatus[] | null;
}

/** The acts of `owner` (the caller, or the one they act for) dated in the period, with the statuses asked for, oldest first. */
export function billingActsQuery(owner: Actor, filter: BillingActsFilter) {
  return {
    where: {
      professionalId: owner.onBehalfOfId ?? owner.id,
      actDate: { gte: filter.from, lte: filter.to },
      ...(filter.statuses?.length ? { status: { in: [...filter.statuses] } } : {}),
    },
    orderBy: [{ actDate: 'asc' }, { id: 'asc' }],
  } satisfies Prisma.BillingActFindManyArgs;
}

export interface BillingStatusInput {
  actId: string;
  status: BillingStatus;
  /** The caisse's reason: required for REJECTED, refused otherwise. */
  reason?: string | null;
}

function checkReason(input: BillingStatusInput): string | null {
  const reason = input.reason?.trim() ?? '';
  if (input.status !== BillingStatus.REJECTED) {
    if (reason) throw badInput('reason is for REJECTED only: leave it out for any other status');
    return null;
  }
  if (!reason) throw badInput('A rejected act needs the reason the caisse gave (its rejection code or wording)');
  if (reason.length > MAX_REASON_LENGTH) throw badInput(`reason is longer than ${MAX_REASON_LENGTH} characters`);
  return reason;
}

/**
 * Moves an act to `status`, by the professional who bills it or their live delegate (anyone else: NOT_FOUND);
 * a move its status does not allow is BAD_USER_INPUT naming the allowed ones; traced. Asking for the status the act
 * already has (with the same reason) changes nothing.
 */
export async function setBillingStatus(
  services: Services,
  actorId: string,
  input: BillingStatusInput,
): Promise<BillingAct> {
  const rejectionReason = checkReason(input);
  const act = await services.prisma.billingAct.findUnique({
    where: { id: input.actId },
    select: { professionalId: true },
  });
  if (!act) throw notFound('Billing act');
  // Someone who may not move the act does not learn that it exists.
  const actor = await actsOwner(services.prisma, actorId, act.professionalId).catch((error: unknown) => {
    throw error instanceof DomainError && error.code === 'FORBIDDEN' ? notFound('Billing act') : error;
  });
  return change(services, actor, (c) => moveAct(c, { ...input, reason: rejectionReason }));
}

async function moveAct(
  { tx, trace, now }: Change,
  input: BillingStatusInput & { reason: string | null },
): Promise<BillingAct> {
  const current = await tx.billingAct.findUniqueOrThrow({ where: { id: input.actId } });
  if (current.status === input.status && current.rejectionReason === input.reason) return current;
  const allowed = BILLING_TRANSITIONS[current.status];
  if (!allowed.includes(input.status)) {
    throw badInput(
      `A ${current.status} act cannot become ${input.status}: ${allowed.length ? `it may become ${allowed.join(' or ')}` : 'PAID is final'}`,
      { status: current.status, allowed },
    );
  }
  // Only from the status read: a concurrent move makes this one a CONFLICT rather than a silent overwrite.
  const moved = await tx.billingAct.updateMany({
    where: { id: current.id, status: current.status },
    data: { status: input.status, rejectionReason: input.reason, statusChangedAt: now },
  });
  if (moved.count !== 1) throw conflict('The act’s status changed meanwhile: read it again and retry');
  trace({
    action: 'billing.status',
    entityType: 'BillingAct',
    entityId: current.id,
    requestId: current.requestId,
    details: { code: current.code, from: current.status, to: input.status },
  });
  return { ...current, status: input.status, rejectionReason: input.reason, statusChangedAt: now };
}
