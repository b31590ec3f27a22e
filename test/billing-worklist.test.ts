// The billing office's worklist: each act's status and its allowed moves, set by the professional who bills it or
// their live delegate and traced; filters by status and period; the CSV's status; nobody else's acts.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frenchDay } from '../src/domain/tariffs.ts';
import {
  BillingActNodeDocument,
  DelegateBillingExportUrlDocument,
  RevokeDelegationDocument,
  SetBillingStatusDocument,
  WorklistDocument,
} from './generated/graphql.ts';
import { freshPatient, signReport } from './kit/reports.ts';
import { createRequest, globalId, professionalId, rawId, RPPS, grantDelegation } from './kit/requests.ts';
import { startTestServer, type TestServer } from './kit/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

/** Signs a report for a new request of the requester; returns the ids of its RQD (the requester's) and TE2 acts. */
async function signedActs() {
  const request = await createRequest(server, RPPS.requester, { patient: freshPatient() });
  await signReport(server, request.id);
  const acts = await server.db.prisma.billingAct.findMany({ where: { requestId: rawId(request.id) } });
  const idOf = (code: string) => globalId('BillingAct', acts.find((act) => act.code === code)!.id);
  return { rqd: idOf('RQD'), te2: idOf('TE2'), requestId: request.id };
}

const move = (actId: string, status: 'TO_BILL' | 'TRANSMITTED' | 'PAID' | 'REJECTED', rpps: string, reason?: string) =>
  server.graphql(SetBillingStatusDocument, { actId, status, reason }, { rpps });

const codeOf = (response: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.['code'];

describe('billing status', () => {
  it('starts TO_BILL and moves only as allowed; REJECTED needs the caisse’s reason; PAID is final; each move traced', async () => {
    const { rqd } = await signedActs();
    const read = await server.graphql(BillingActNodeDocument, { id: rqd }, { rpps: RPPS.requester });
    expect(read.data?.node).toMatchObject({ status: 'TO_BILL', rejectionReason: null, statusChangedAt: null });

    const skipped = await move(rqd, 'PAID', RPPS.requester);
    expect(codeOf(skipped)).toBe('BAD_USER_INPUT');
    expect(skipped.errors?.[0]?.message).toMatch(/A TO_BILL act cannot become PAID: it may become TRANSMITTED/);
    expect((await move(rqd, 'TRANSMITTED', RPPS.requester)).data!.setBillingStatus.status).toBe('TRANSMITTED');
    expect(codeOf(await move(rqd, 'REJECTED', RPPS.requester))).toBe('BAD_USER_INPUT');
    expect(codeOf(await move(rqd, 'PAID', RPPS.requester, 'payé'))).toBe('BAD_USER_INPUT');
    const rejected = (await move(rqd, 'REJECTED', RPPS.requester, 'Rejet 1234 : NIR inconnu')).data!.setBillingStatus;
    expect(rejected).toMatchObject({ status: 'REJECTED', rejectionReason: 'Rejet 1234 : NIR inconnu' });
    expect(rejected.statusChangedAt).not.toBeNull();
    expect((await move(rqd, 'TO_BILL', RPPS.requester)).data!.setBillingStatus).toMatchObject({
      status: 'TO_BILL',
      rejectionReason: null,
    });
    await move(rqd, 'TRANSMITTED', RPPS.requester);
    await move(rqd, 'PAID', RPPS.requester);
    // The same status again changes nothing; a paid act moves no further.
    expect((await move(rqd, 'PAID', RPPS.requester)).data!.setBillingStatus.status).toBe('PAID');
    expect((await move(rqd, 'TO_BILL', RPPS.requester)).errors?.[0]?.message).toMatch(/PAID is final/);

    const trail = await server.db.prisma.auditEvent.findMany({
      where: { action: 'billing.status', entityId: rawId(rqd) },
      orderBy: { id: 'asc' },
    });
    expect(trail.map((event) => (event.details as { to: string }).to)).toEqual([
      'TRANSMITTED',
      'REJECTED',
      'TO_BILL',
      'TRANSMITTED',
      'PAID',
    ]);
    expect(new Set(trail.map((event) => event.actorId))).toEqual(
      new Set([rawId(await professionalId(server.db, RPPS.requester))]),
    );
  });

  it('is set by the billing professional or their live delegate only; anyone else gets NOT_FOUND', async () => {
    const { rqd, te2 } = await signedActs();
    // The expert takes part in the request but does not bill its RQD; the requester does not bill its TE2.
    expect(codeOf(await move(rqd, 'TRANSMITTED', RPPS.expert))).toBe('NOT_FOUND');
    expect(codeOf(await move(te2, 'TRANSMITTED', RPPS.requester))).toBe('NOT_FOUND');
    expect(codeOf(await move(rqd, 'TRANSMITTED', RPPS.outsider))).toBe('NOT_FOUND');
    expect(codeOf(await move(rqd, 'TRANSMITTED', RPPS.secretary))).toBe('NOT_FOUND');

    const delegation = await grantDelegation(server, RPPS.requester, RPPS.secretary);
    expect((await move(rqd, 'TRANSMITTED', RPPS.secretary)).data!.setBillingStatus.status).toBe('TRANSMITTED');
    const [traced] = await server.db.prisma.auditEvent.findMany({
      where: { action: 'billing.status', entityId: rawId(rqd) },
    });
    expect(traced).toMatchObject({
      actorId: rawId(await professionalId(server.db, RPPS.secretary)),
      onBehalfOfId: rawId(await professionalId(server.db, RPPS.requester)),
    });
    await server.graphql(RevokeDelegationDocument, { id: delegation.id }, { rpps: RPPS.requester });
    expect(codeOf(await move(rqd, 'PAID', RPPS.secretary))).toBe('NOT_FOUND');
  });
});

describe('billingActs as a worklist', () => {
  it('filters by status and period, and lists a delegator’s acts to their live delegate only', async () => {
    const { rqd, requestId } = await signedActs();
    const { rqd: other, requestId: otherRequestId } = await signedActs();
    await move(other, 'TRANSMITTED', RPPS.requester);
    const today = frenchDay(new Date());
    const list = async (variables: { status?: ('TO_BILL' | 'TRANSMITTED')[]; onBehalfOfId?: string }, rpps: string) =>
      server.graphql(WorklistDocument, { from: today, to: today, ...variables }, { rpps });
    const ids = (response: Awaited<ReturnType<typeof list>>) => response.data!.billingActs.map((act) => act.id);

    const toBill = ids(await list({ status: ['TO_BILL'] }, RPPS.requester));
    expect(toBill).toContain(rqd);
    expect(toBill).not.toContain(other);
    expect(ids(await list({ status: ['TRANSMITTED'] }, RPPS.requester))).toContain(other);
    expect(ids(await list({}, RPPS.requester))).toEqual(expect.arrayContaining([rqd, other]));
    const past = await server.graphql(
      WorklistDocument,
      { from: '2026-01-01', to: '2026-01-31' },
      { rpps: RPPS.requester },
    );
    expect(past.data!.billingActs.map((act) => act.id)).not.toContain(rqd);

    const requesterId = await professionalId(server.db, RPPS.requester);
    expect(codeOf(await list({ onBehalfOfId: requesterId }, RPPS.secretary))).toBe('FORBIDDEN');
    const delegation = await grantDelegation(server, RPPS.requester, RPPS.secretary);
    const delegated = await list({ onBehalfOfId: requesterId, status: ['TO_BILL'] }, RPPS.secretary);
    expect(ids(delegated)).toContain(rqd);
    expect(delegated.data!.billingActs.every((act) => act.professional.lastName === 'Martin')).toBe(true);
    // Without onBehalfOfId, the delegate's own acts (none), not the delegator's.
    expect(ids(await list({}, RPPS.secretary))).toEqual([]);
    expect(
      (await server.graphql(BillingActNodeDocument, { id: rqd }, { rpps: RPPS.secretary })).data?.node,
    ).toMatchObject({
      id: rqd,
    });

    // The export carries each act's status, for the delegate too, and stops with the delegation.
    const url = (
      await server.graphql(
        DelegateBillingExportUrlDocument,
        { from: today, to: today, onBehalfOfId: requesterId },
        { rpps: RPPS.secretary },
      )
    ).data!.billingExportUrl;
    const response = await fetch(url);
    expect(response.status).toBe(200);
    const rows: string[][] = parse(await response.text(), { delimiter: ';', bom: true });
    expect(rows[0]!.slice(7)).toEqual(['Statut', 'Motif du rejet']);
    const statusOf = (id: string) => rows.find((row) => row[4] === id)?.slice(7);
    expect(statusOf(requestId)).toEqual(['À facturer', '']);
    expect(statusOf(otherRequestId)).toEqual(['Transmis', '']);
    expect(
      await server.db.prisma.auditEvent.count({
        where: {
          action: 'billing.export',
          actorId: rawId(await professionalId(server.db, RPPS.secretary)),
          onBehalfOfId: rawId(requesterId),
        },
      }),
    ).toBe(1);
    await server.graphql(RevokeDelegationDocument, { id: delegation.id }, { rpps: RPPS.requester });
    expect((await fetch(url)).status).toBe(404);
    expect(codeOf(await list({ onBehalfOfId: requesterId }, RPPS.secretary))).toBe('FORBIDDEN');
    expect((await server.graphql(BillingActNodeDocument, { id: rqd }, { rpps: RPPS.secretary })).data?.node).toBeNull();
  });
});
