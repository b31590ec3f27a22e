// The yearly limit under concurrency: reports signed at once for one patient count per billing professional, each
// act its own rank. On a PostgreSQL server (DATABASE_URL) the signings truly overlap; on PGlite (one connection) they
// queue, which still checks the counting.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPatient, signReport } from './kit/reports.ts';
import { createRequest, globalId, RPPS, rawId } from './kit/requests.ts';
import { startTestServer, type TestServer } from './kit/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const AT_ONCE = 30;

/** New physicians with RPPS numbers of their own (`prefix` + 3 digits), listed as experts when asked. */
async function physicians(prefix: string, count: number, listed: boolean): Promise<string[]> {
  const rpps = Array.from({ length: count }, (_, i) => `${prefix}${String(i).padStart(3, '0')}`);
  for (const [i, number] of rpps.entries()) {
    await server.db.prisma.professional.create({
      data: {
        rpps: number,
        firstName: 'Test',
        lastName: `Médecin ${i}`,
        profession: 'PHYSICIAN',
        postalCode: '69003',
        nameKey: `test medecin ${i}`,
        ...(listed && { expertProfile: { create: { listed: true, patientIdentityPolicy: 'OPTIONAL' } } }),
      },
    });
  }
  return rpps;
}

const idOf = async (rpps: string) =>
  globalId('Professional', (await server.db.prisma.professional.findUniqueOrThrow({ where: { rpps } })).id);

/** Creates one request per (requester, expert) pair for one patient, signs them all at once, and returns their acts. */
async function signAtOnce(pairs: { requester: string; expert: string }[]) {
  const patient = freshPatient();
  const requests = await Promise.all(
    pairs.map(async ({ requester, expert }) => ({
      expert,
      request: await createRequest(server, requester, { patient, expertId: await idOf(expert) }),
    })),
  );
  const signed = await Promise.allSettled(
    requests.map(({ request, expert }) => signReport(server, request.id, expert)),
  );
  expect(signed.filter((result) => result.status === 'rejected')).toEqual([]);
  return server.db.prisma.billingAct.findMany({
    where: { requestId: { in: requests.map(({ request }) => rawId(request.id)) } },
  });
}

type Act = Awaited<ReturnType<typeof signAtOnce>>[number];

/** Reimbursed acts of `code`, and each professional's ranks (1…n, each once). */
function tally(acts: Act[], code: 'TE2' | 'RQD') {
  const ofCode = acts.filter((act) => act.code === code);
  const ranks = new Map<string, number[]>();
  for (const act of ofCode) ranks.set(act.professionalId, [...(ranks.get(act.professionalId) ?? []), act.yearlyRank!]);
  for (const list of ranks.values()) expect(list.sort((a, b) => a - b)).toEqual(list.map((_, i) => i + 1));
  expect(ofCode.filter((act) => act.reimbursable).every((act) => act.yearlyRank! <= 4)).toBe(true);
  return ofCode.filter((act) => act.reimbursable).length;
}

describe(`${AT_ONCE} reports for one patient signed at once`, () => {
  it('by one expert for one requester: exactly 4 reimbursable TE2 and 4 reimbursable RQD', async () => {
    const acts = await signAtOnce(
      Array.from({ length: AT_ONCE }, () => ({ requester: RPPS.requester, expert: RPPS.expert })),
    );
    expect(acts).toHaveLength(2 * AT_ONCE);
    expect(tally(acts, 'TE2')).toBe(4);
    expect(tally(acts, 'RQD')).toBe(4);
  });

  it('by 30 different experts for one requester: 30 reimbursable TE2, and exactly 4 reimbursable RQD', async () => {
    const experts = await physicians('20000000', AT_ONCE, true);
    const acts = await signAtOnce(experts.map((expert) => ({ requester: RPPS.requester, expert })));
    expect(tally(acts, 'TE2')).toBe(AT_ONCE);
    expect(tally(acts, 'RQD')).toBe(4);
  });

  it('by one expert for 30 different requesters: exactly 4 reimbursable TE2, and 30 reimbursable RQD', async () => {
    const requesters = await physicians('20000001', AT_ONCE, false);
    const acts = await signAtOnce(requesters.map((requester) => ({ requester, expert: RPPS.cardiologist })));
    expect(tally(acts, 'TE2')).toBe(4);
    expect(tally(acts, 'RQD')).toBe(AT_ONCE);
  });
});
