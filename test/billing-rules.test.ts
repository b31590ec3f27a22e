// Billing as the NGAP has it: professions eligible from dated amendments, overseas tariffs by the billing professional's
// place of practice, the yearly limit per professional in the forecast, and the same-practice-structure rule.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BillingParty } from '../src/domain/billing.ts';
import { billableFrom, mayBill, tariffOn, zoneOf } from '../src/domain/tariffs.ts';
import type { Profession } from '../src/generated/prisma/enums.ts';
import {
  MyPracticeStructureDocument,
  ReimbursementForecastDocument,
  RequestReportDocument,
  UpdatePracticeStructureDocument,
} from './generated/graphql.ts';
import { freshPatient, signReport } from './kit/reports.ts';
import { createRequest, professionalId, rawId, RPPS } from './kit/requests.ts';
import { billSignatureAt } from './kit/billing.ts';
import { startTestServer, type TestServer } from './kit/server.ts';
import { tokenFor } from './kit/tokens.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const REQUESTERS = {
  NURSE: '10000000006',
  PHYSIOTHERAPIST: '10000000008',
  PODIATRIST: '10000000009',
  ORTHOPTIST: '10000000011',
  PHARMACIST: '10000000012',
} as const;

async function party(rpps: string): Promise<BillingParty> {
  return server.db.prisma.professional.findUniqueOrThrow({
    where: { rpps },
    select: { id: true, profession: true, postalCode: true, practiceStructureId: true },
  });
}

/** Bills a report for a new request as if signed at `at` (submitReport's billing step), and returns its acts. */
const billAt = (at: string, parties: { expert: BillingParty; requester: BillingParty }) =>
  billSignatureAt(server, at, parties);

/** A listed physician expert with a postal code of their own. */
async function expertAt(rpps: string, postalCode: string): Promise<BillingParty> {
  return server.db.prisma.professional.create({
    data: {
      rpps,
      firstName: 'Test',
      lastName: `Expert ${postalCode}`,
      profession: 'PHYSICIAN',
      postalCode,
      nameKey: `test expert ${postalCode}`,
      expertProfile: { create: { listed: true, patientIdentityPolicy: 'OPTIONAL' } },
    },
    select: { id: true, profession: true, postalCode: true, practiceStructureId: true },
  });
}

describe('who may bill RQD, since when', () => {
  const cases: [keyof typeof REQUESTERS, string, string][] = [
    ['NURSE', '2023-03-22T10:00:00Z', '2023-03-23T10:00:00Z'],
    ['PHYSIOTHERAPIST', '2024-02-21T10:00:00Z', '2024-02-22T10:00:00Z'],
    ['PODIATRIST', '2024-03-06T10:00:00Z', '2024-03-07T10:00:00Z'],
  ];
  for (const [profession, before, after] of cases) {
    it(`a ${profession.toLowerCase()} requester gets RQD from ${after.slice(0, 10)}, none the day before`, async () => {
      const parties = { expert: await party(RPPS.expert), requester: await party(REQUESTERS[profession]) };
      expect((await billAt(before, parties)).map((act) => act.code)).toEqual(['TE2']);
      const acts = await billAt(after, parties);
      expect(acts.map((act) => [act.code, act.professionalId, act.amountCents, act.reimbursable])).toEqual([
        ['TE2', parties.expert.id, 2000, true],
        ['RQD', parties.requester.id, 1000, true],
      ]);
    });
  }

  it('an orthoptist keeps RQD, a pharmacist never gets it; TE2 stays with physicians and midwives', async () => {
    const expert = await party(RPPS.expert);
    const orthoptist = await billAt('2026-02-01T10:00:00Z', { expert, requester: await party(REQUESTERS.ORTHOPTIST) });
    expect(orthoptist.map((act) => act.code)).toEqual(['TE2', 'RQD']);
    const pharmacist = await billAt('2026-02-01T10:00:00Z', { expert, requester: await party(REQUESTERS.PHARMACIST) });
    expect(pharmacist.map((act) => act.code)).toEqual(['TE2']);
    expect(billableFrom('RQD', 'PHARMACIST')).toBeNull();
    expect(billableFrom('RQD', 'ORTHOPTIST')).toBe('2022-04-01');
    const requis = (['PHYSICIAN', 'MIDWIFE', 'NURSE', 'PHARMACIST', 'DENTIST'] as Profession[]).filter((p) =>
      mayBill('TE2', p, '2026-12-01'),
    );
    expect(requis).toEqual(['PHYSICIAN', 'MIDWIFE']);
  });
});

describe('overseas tariffs', () => {
  it('follow the billing professional’s postal code: 974 TE2 2,760 cents on 2026-02-01, 75 2,300', async () => {
    const requester = await party(RPPS.requester);
    const reunion = await billAt('2026-02-01T10:00:00Z', { expert: await expertAt('20000002001', '97410'), requester });
    const paris = await billAt('2026-02-01T10:00:00Z', { expert: await expertAt('20000002002', '75011'), requester });
    expect(reunion.map((act) => [act.code, act.amountCents])).toEqual([
      ['TE2', 2760],
      ['RQD', 1000],
    ]);
    expect(paris.map((act) => [act.code, act.amountCents])).toEqual([
      ['TE2', 2300],
      ['RQD', 1000],
    ]);
  });

  it('are a table by code, zone and day; 971 to 974 and 976 are DROM, 975 and an unknown postal code are not', () => {
    expect(tariffOn('TE2', '2025-12-31', 'DROM')).toBe(2400);
    expect(tariffOn('TE2', '2026-01-01', 'DROM')).toBe(2760);
    expect(tariffOn('RQD', '2026-01-01', 'DROM')).toBe(1200);
    expect(tariffOn('RQD', '2026-01-01', 'METROPOLE')).toBe(1000);
    expect(['97110', '97200', '97300', '97400', '97600'].map(zoneOf)).toEqual(Array(5).fill('DROM'));
    expect(['97500', '75011', '20000', null].map(zoneOf)).toEqual(Array(4).fill('METROPOLE'));
  });

  it('apply to a requester in 976 for RQD (12 EUR), signed through the API, and the forecast names the zone', async () => {
    const mayotte = '20000002003';
    const created = await server.db.prisma.professional.create({
      data: {
        rpps: mayotte,
        firstName: 'Test',
        lastName: 'Mayotte',
        profession: 'PHYSICIAN',
        postalCode: '97600',
        nameKey: 'test mayotte',
      },
    });
    const patient = freshPatient();
    const expertId = await professionalId(server.db, RPPS.expert);
    const forecast = await server.graphql(ReimbursementForecastDocument, { expertId, patient }, { rpps: mayotte });
    expect(forecast.data!.reimbursementForecast.acts.map((act) => [act.code, act.zone, act.amountCents])).toEqual([
      ['TE2', 'METROPOLE', 2300],
      ['RQD', 'DROM', 1200],
    ]);
    const request = await createRequest(server, mayotte, { patient });
    await signReport(server, request.id);
    const acts = await server.db.prisma.billingAct.findMany({
      where: { requestId: rawId(request.id), professionalId: created.id },
    });
    expect(acts.map((act) => [act.code, act.amountCents])).toEqual([['RQD', 1200]]);
  });
});

describe('the forecast, per billing professional', () => {
  it('names who bills each act, the amount and why not: a full expert, a fresh one, a full requester', async () => {
    const patient = freshPatient();
    for (let i = 0; i < 4; i++) await signReport(server, (await createRequest(server, RPPS.requester, { patient })).id);
    const ask = async (expert: string) =>
      (
        await server.graphql(
          ReimbursementForecastDocument,
          { expertId: await professionalId(server.db, expert), patient },
          { rpps: RPPS.requester },
        )
      ).data!.reimbursementForecast.acts.map((act) => [
        act.code,
        act.professional.lastName,
        act.amountCents,
        act.reasonCode,
      ]);
    expect(await ask(RPPS.expert)).toEqual([
      ['TE2', 'Rousseau', 2300, 'YEARLY_LIMIT_REACHED'],
      ['RQD', 'Martin', 1000, 'YEARLY_LIMIT_REACHED'],
    ]);
    expect(await ask(RPPS.cardiologist)).toEqual([
      ['TE2', 'Girard', 2300, null],
      ['RQD', 'Martin', 1000, 'YEARLY_LIMIT_REACHED'],
    ]);
  });
});

describe('the same practice structure', () => {
  const declare = (rpps: string, practiceStructureId: string | null) =>
    server.graphql(UpdatePracticeStructureDocument, { practiceStructureId }, { rpps });

  it('is a FINESS (9 characters) or a SIRET (14 digits), declared by the professional and traced', async () => {
    const wrong = await declare(RPPS.colleague, '12345');
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0]?.message).toMatch(/FINESS.*9 characters.*SIRET.*14 digits.*5 characters long/);
    expect((await declare(RPPS.colleague, '2a0001234')).data!.updatePracticeStructure.practiceStructureId).toBe(
      '2A0001234',
    );
    expect((await declare(RPPS.colleague, '123 456 789 00012')).data!.updatePracticeStructure.practiceStructureId).toBe(
      '12345678900012',
    );
    expect((await declare(RPPS.colleague, null)).data!.updatePracticeStructure.practiceStructureId).toBeNull();
    const traced = await server.db.prisma.auditEvent.findMany({
      where: {
        action: 'professional.practiceStructure',
        entityId: rawId(await professionalId(server.db, RPPS.colleague)),
      },
      orderBy: { id: 'asc' },
    });
    expect(traced.map((event) => (event.details as { to: string | null }).to)).toEqual([
      '2A0001234',
      '12345678900012',
      null,
    ]);
  });

  it('is provisioned from the practice_structure_id claim when valid', async () => {
    const claims = { given_name: 'Anne', family_name: 'Structure', profession: 'PHYSICIAN' };
    const valid = await tokenFor('20000003001', { ...claims, practice_structure_id: '690000001' });
    const invalid = await tokenFor('20000003002', { ...claims, practice_structure_id: 'MSP-01' });
    expect((await server.graphql(MyPracticeStructureDocument, {}, { token: valid })).data!.me.practiceStructureId).toBe(
      '690000001',
    );
    expect(
      (await server.graphql(MyPracticeStructureDocument, {}, { token: invalid })).data!.me.practiceStructureId,
    ).toBeNull();
  });

  it('makes both acts of two physicians of one structure not reimbursable, uncounted; a nurse of it keeps hers', async () => {
    const site = '12345678900012';
    for (const rpps of [RPPS.requester, RPPS.expert, REQUESTERS.NURSE]) await declare(rpps, site);
    try {
      const patient = freshPatient();
      const expertId = await professionalId(server.db, RPPS.expert);
      const forecast = await server.graphql(
        ReimbursementForecastDocument,
        { expertId, patient },
        { rpps: RPPS.requester },
      );
      expect(forecast.data!.reimbursementForecast.acts.map((act) => act.reasonCode)).toEqual([
        'SAME_PRACTICE_STRUCTURE',
        'SAME_PRACTICE_STRUCTURE',
      ]);
      const request = await createRequest(server, RPPS.requester, { patient });
      await signReport(server, request.id);
      const response = await server.graphql(RequestReportDocument, { id: request.id }, { rpps: RPPS.requester });
      const node = response.data?.node;
      const acts = node?.__typename === 'TeleexpertiseRequest' ? node.billingActs : [];
      expect(acts.map((act) => [act.code, act.reimbursable, act.reasonCode])).toEqual([
        ['TE2', false, 'SAME_PRACTICE_STRUCTURE'],
        ['RQD', false, 'SAME_PRACTICE_STRUCTURE'],
      ]);
      expect(acts[0]!.reason).toMatch(/same structure/);
      const rows = await server.db.prisma.billingAct.findMany({ where: { requestId: rawId(request.id) } });
      expect(rows.map((row) => row.yearlyRank)).toEqual([null, null]);

      const nurse = await createRequest(server, REQUESTERS.NURSE, { patient });
      await signReport(server, nurse.id);
      const nurseActs = await server.db.prisma.billingAct.findMany({
        where: { requestId: rawId(nurse.id) },
        orderBy: { code: 'asc' },
      });
      expect(nurseActs.map((act) => [act.code, act.reimbursable, act.yearlyRank])).toEqual([
        ['TE2', true, 1],
        ['RQD', true, 1],
      ]);
    } finally {
      for (const rpps of [RPPS.requester, RPPS.expert, REQUESTERS.NURSE]) await declare(rpps, null);
    }
  });
});
