// Billing: the acts a signed report creates, tariffs and professions, the yearly limit (under concurrency too),
// the forecast before sending, and the CSV export.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frenchDay, tariffOn } from '../src/domain/tariffs.ts';
import {
  BillingActsDocument,
  BillingExportUrlDocument,
  CreateRequestDocument,
  GrantDelegationDocument,
  ReimbursementForecastDocument,
  RequestReportDocument,
} from './generated/graphql.ts';
import { http } from './kit/graphql.ts';
import { freshPatient, signReport } from './kit/reports.ts';
import { createRequest, professionalId, rawId, requestInput, RPPS } from './kit/requests.ts';
import { billSignatureAt } from './kit/billing.ts';
import { startTestServer, type TestServer } from './kit/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const NURSE_EXPERT = '10000000113'; // Valérie Blanc, wound care: may not bill TE2
const MIDWIFE_EXPERT = '10000000109'; // Sandrine Gauthier
const PHARMACIST = '10000000012'; // may not bill RQD
const SPEECH_THERAPIST = '10000000010'; // may bill RQD

/** The acts of a request, as its requester reads them. */
async function actsOf(requestId: string, requester: string = RPPS.requester) {
  const response = await server.graphql(RequestReportDocument, { id: requestId }, { rpps: requester });
  const node = response.data?.node;
  return node?.__typename === 'TeleexpertiseRequest' ? node.billingActs : [];
}

describe('tariffs', () => {
  it('are dated: TE2 is 20 EUR until 31 December 2025 and 23 EUR from 1 January 2026; RQD stays 10 EUR', () => {
    expect(tariffOn('TE2', '2025-12-31')).toBe(2000);
    expect(tariffOn('TE2', '2026-01-01')).toBe(2300);
    expect(tariffOn('RQD', '2025-06-01')).toBe(1000);
    expect(tariffOn('RQD', '2026-11-23')).toBe(1000);
    expect(() => tariffOn('TE2', '2019-02-10')).toThrow(/No TE2 tariff/);
  });

  it('apply on the act’s day in France: 23:30 UTC on 31 December is already 1 January in Paris', () => {
    expect(frenchDay(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    expect(frenchDay(new Date('2025-12-31T22:59:00Z'))).toBe('2025-12-31');
    expect(frenchDay(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02');
  });
});

describe('signing a report', () => {
  it('creates TE2 for the expert and RQD for the requester at today’s tariffs', async () => {
    const request = await createRequest(server, RPPS.requester, { patient: freshPatient() });
    const before = frenchDay(new Date());
    await signReport(server, request.id);
    const acts = await actsOf(request.id);
    // The day in France when it was signed (a test run across midnight sees either day).
    const today = acts[0]!.actDate;
    expect([before, frenchDay(new Date())]).toContain(today);
    expect(acts).toEqual([
      expect.objectContaining({
        code: 'TE2',
        amountCents: tariffOn('TE2', today),
        actDate: today,
        reimbursable: true,
        reason: null,
        professional: expect.objectContaining({ lastName: 'Rousseau' }),
      }),
      expect.objectContaining({
        code: 'RQD',
        amountCents: 1000,
        actDate: today,
        reimbursable: true,
        reason: null,
        professional: expect.objectContaining({ lastName: 'Martin' }),
      }),
    ]);
  });

  it('bills only the professions that may: no TE2 for a nurse expert, no RQD for a pharmacist requester; a midwife and a speech therapist may', async () => {
    const nurseExpert = await createRequest(server, RPPS.requester, {
      expertId: await professionalId(server.db, NURSE_EXPERT),
      patient: freshPatient(),
    });
    await signReport(server, nurseExpert.id, NURSE_EXPERT);
    expect((await actsOf(nurseExpert.id)).map((act) => act.code)).toEqual(['RQD']);

    const pharmacist = await createRequest(server, PHARMACIST, { patient: freshPatient() });
    await signReport(server, pharmacist.id);
    expect((await actsOf(pharmacist.id, PHARMACIST)).map((act) => act.code)).toEqual(['TE2']);

    const speech = await createRequest(server, SPEECH_THERAPIST, {
      expertId: await professionalId(server.db, MIDWIFE_EXPERT),
      patient: freshPatient(),
    });
    await signReport(server, speech.id, MIDWIFE_EXPERT);
    expect((await actsOf(speech.id, SPEECH_THERAPIST)).map((act) => [act.code, act.professional.lastName])).toEqual([
      ['TE2', 'Gauthier'],
      ['RQD', 'Moreau'],
    ]);
  });

  it('records an anonymized patient’s acts as not reimbursable, with the reason', async () => {
    const request = await createRequest(server, RPPS.requester, { patient: null });
    await signReport(server, request.id);
    const acts = await actsOf(request.id);
    expect(acts).toHaveLength(2);
    for (const act of acts) {
      expect(act).toMatchObject({ reimbursable: false, reasonCode: 'ANONYMIZED_PATIENT' });
      expect(act.reason).toMatch(/anonymized/);
    }
  });
});

describe('the yearly limit', () => {
  it('reimburses 4 acts of each code per billing professional, patient and calendar year; the fifth is recorded, not reimbursable', async () => {
    const patient = freshPatient();
    const requests = [];
    for (let i = 0; i < 5; i++)
      requests.push(await createRequest(server, i % 2 ? RPPS.colleague : RPPS.requester, { patient }));
    for (const request of requests) await signReport(server, request.id);
    const acts = (
      await Promise.all(requests.map((request, i) => actsOf(request.id, i % 2 ? RPPS.colleague : RPPS.requester)))
    ).flat();
    // One expert: 4 of 5 TE2; two requesters (3 and 2 requests): every RQD.
    expect(acts.filter((act) => act.code === 'TE2' && act.reimbursable)).toHaveLength(4);
    expect(acts.filter((act) => act.code === 'RQD' && act.reimbursable)).toHaveLength(5);
    const fifth = await actsOf(requests[4]!.id);
    expect(fifth).toEqual([
      expect.objectContaining({ code: 'TE2', reimbursable: false, reasonCode: 'YEARLY_LIMIT_REACHED' }),
      expect.objectContaining({ code: 'RQD', reimbursable: true, reasonCode: null }),
    ]);
    // A first act by another expert for the same patient is reimbursed.
    const other = await createRequest(server, RPPS.requester, {
      patient,
      expertId: await professionalId(server.db, RPPS.rheumatologist),
    });
    await signReport(server, other.id, RPPS.rheumatologist);
    expect((await actsOf(other.id)).map((act) => [act.code, act.reimbursable])).toEqual([
      ['TE2', true],
      ['RQD', true],
    ]);
  });

  it('counts a patient without INS by identity, whatever the accents and case', async () => {
    const identity = {
      birthName: 'Éléonore-Dupré',
      firstNames: 'Anaïs Marie',
      birthDate: '1971-05-02',
      sex: 'F',
      ins: null,
    };
    const spellings = ['Éléonore-Dupré', 'ELEONORE DUPRE', 'eleonore-dupre', 'Éléonore Dupré', 'ÉLÉONORE-DUPRÉ'];
    for (const birthName of spellings) {
      const request = await createRequest(server, RPPS.requester, { patient: { ...identity, birthName } });
      await signReport(server, request.id);
    }
    const rows = await server.db.prisma.billingAct.findMany({
      where: { code: 'TE2', request: { patient: { is: { birthDate: new Date('1971-05-02') } } } },
    });
    expect(new Set(rows.map((row) => row.patientKey)).size).toBe(1);
    expect(rows.filter((row) => row.reimbursable)).toHaveLength(4);
  });

  it('counts an act signed at 23:30 UTC on 31 December in the new year, at the new tariff', async () => {
    const patient = freshPatient();
    const [expert, requester] = await Promise.all(
      [RPPS.expert, RPPS.requester].map(async (rpps) => rawId(await professionalId(server.db, rpps))),
    );
    const party = { profession: 'PHYSICIAN' as const, postalCode: '69003', practiceStructureId: null };
    const parties = { expert: { id: expert!, ...party }, requester: { id: requester!, ...party } };
    const signedAt = ['2025-12-31T22:30:00Z', '2025-12-31T23:30:00Z'];
    const billed = [];
    for (const at of signedAt) billed.push(...(await billSignatureAt(server, at, parties, patient)));
    const acts = billed.filter((act) => act.code === 'TE2');
    expect(
      acts.map((act) => [act.actDate.toISOString().slice(0, 10), act.amountCents, act.yearlyRank, act.reimbursable]),
    ).toEqual([
      ['2025-12-31', 2000, 1, true],
      ['2026-01-01', 2300, 1, true],
    ]);
  });
});

describe('before sending', () => {
  it('tells the requester whether the request would be reimbursed, and traces the check', async () => {
    const expertId = await professionalId(server.db, RPPS.expert);
    const patient = freshPatient();
    const ask = async (variables: { patient?: typeof patient | null }, rpps: string = RPPS.requester) =>
      (await server.graphql(ReimbursementForecastDocument, { expertId, ...variables }, { rpps })).data!
        .reimbursementForecast;

    expect(await ask({ patient })).toMatchObject({
      reimbursable: true,
      acts: [
        { code: 'TE2', reimbursable: true, professional: { lastName: 'Rousseau' } },
        { code: 'RQD', amountCents: 1000, reimbursable: true, professional: { lastName: 'Martin' } },
      ],
    });
    const anonymized = await ask({ patient: null });
    expect(anonymized.reimbursable).toBe(false);
    expect(anonymized.acts.map((act) => act.reasonCode)).toEqual(['ANONYMIZED_PATIENT', 'ANONYMIZED_PATIENT']);
    expect((await ask({ patient }, PHARMACIST)).acts.map((act) => act.code)).toEqual(['TE2']);

    for (let i = 0; i < 4; i++) await signReport(server, (await createRequest(server, RPPS.requester, { patient })).id);
    const full = await ask({ patient });
    expect(full.reimbursable).toBe(false);
    expect(full.acts.map((act) => act.reasonCode)).toEqual(['YEARLY_LIMIT_REACHED', 'YEARLY_LIMIT_REACHED']);
    // Each check the requester made (the pharmacist's is his).
    expect(
      await server.db.prisma.auditEvent.count({
        where: { action: 'billing.forecast', actorId: rawId(await professionalId(server.db, RPPS.requester)) },
      }),
    ).toBe(3);

    const unlisted = await server.graphql(
      ReimbursementForecastDocument,
      { expertId: await professionalId(server.db, RPPS.unlisted), patient },
      { rpps: RPPS.requester },
    );
    unlisted.expectError('NOT_FOUND');
  });

  it('refuses, as createRequest does, an expert asked by themselves, directly or as a delegate in another’s name', async () => {
    const expertId = await professionalId(server.db, RPPS.expert);
    const requesterId = await professionalId(server.db, RPPS.requester);
    await server.graphql(GrantDelegationDocument, { delegateId: expertId }, { rpps: RPPS.requester });
    const patient = freshPatient();
    for (const variables of [
      { expertId, patient },
      { expertId, onBehalfOfId: requesterId, patient },
    ]) {
      const forecast = await server.graphql(ReimbursementForecastDocument, variables, { rpps: RPPS.expert });
      forecast.expectError('BAD_USER_INPUT');
      const created = await server.graphql(
        CreateRequestDocument,
        { input: await requestInput(server.db, variables) },
        { rpps: RPPS.expert },
      );
      created.expectError('BAD_USER_INPUT');
    }
  });
});

describe('billingActs and the export', () => {
  it('lists the caller’s own acts of the period, and refuses a reversed or overlong period', async () => {
    const request = await createRequest(server, RPPS.colleague, { patient: freshPatient() });
    const from = frenchDay(new Date());
    await signReport(server, request.id);
    const to = frenchDay(new Date());
    const mine = await server.graphql(BillingActsDocument, { from, to }, { rpps: RPPS.colleague });
    expect(mine.data!.billingActs.length).toBeGreaterThan(0);
    expect(mine.data!.billingActs.every((act) => act.code === 'RQD' && act.professional.lastName === 'Bernard')).toBe(
      true,
    );
    expect(mine.data!.billingActs.map((act) => act.request.id)).toContain(request.id);
    const outsider = await server.graphql(BillingActsDocument, { from, to }, { rpps: '10000000004' });
    expect(outsider.data!.billingActs).toEqual([]);

    for (const period of [
      { from: '2026-12-31', to: '2026-01-01' },
      { from: '2025-01-01', to: '2026-12-31' },
    ]) {
      for (const document of [BillingActsDocument, BillingExportUrlDocument] as const) {
        const refused = await server.graphql(document as typeof BillingActsDocument, period, { rpps: RPPS.colleague });
        refused.expectError('BAD_USER_INPUT');
      }
    }
  });

  it('exports a CSV that a French spreadsheet opens as is, and defuses formulas in names', async () => {
    const patient = freshPatient({ birthName: '=HYPERLINK("http://evil")', usedName: null, firstNames: 'Zoé' });
    const anonymized = await createRequest(server, RPPS.requester, { patient: null });
    await signReport(server, anonymized.id);
    const request = await createRequest(server, RPPS.requester, { patient });
    await signReport(server, request.id);

    const [act] = await actsOf(request.id);
    const today = act!.actDate;
    const url = (await server.graphql(BillingExportUrlDocument, { from: today, to: today }, { rpps: RPPS.requester }))
      .data!.billingExportUrl;
    const response = await http(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain(`actes-teleexpertise-${today}_${today}.csv`);
    const bytes = response.bytes;
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('\r\n');
    const rows: string[][] = parse(text, { delimiter: ';', bom: true });
    expect(rows[0]).toEqual([
      'Date de l’acte',
      'Code',
      'Montant (EUR)',
      'Patient',
      'Demande',
      'Remboursable',
      'Motif',
      'Statut',
      'Motif du rejet',
    ]);
    const frenchToday = today.split('-').reverse().join('/');
    const ofRequest = (id: string) => rows.find((row) => row[4] === id);
    expect(ofRequest(request.id)).toEqual([
      frenchToday,
      'RQD',
      '10,00',
      `'=HYPERLINK("http://evil") Zoé, 14/03/1956, INS ${patient.ins}`,
      request.id,
      'oui',
      '',
      'À facturer',
      '',
    ]);
    expect(ofRequest(anonymized.id)).toEqual([
      frenchToday,
      'RQD',
      '10,00',
      'Patient anonymisé',
      anonymized.id,
      'non',
      'Patient anonymisé : acte non facturable à l’Assurance Maladie',
      'À facturer',
      '',
    ]);
    // Only the caller's acts: the expert's TE2 is not in the requester's export.
    expect(rows.slice(1).every((row) => row[1] === 'RQD')).toBe(true);
    expect(
      await server.db.prisma.auditEvent.count({
        where: { action: 'billing.export', actorId: rawId(await professionalId(server.db, RPPS.requester)) },
      }),
    ).toBe(1);

    // The URL is for that period only, and cannot be forged.
    const other = url.replace(`${today}_${today}`, '2026-01-01_2026-12-31');
    expect((await http(other)).status).toBe(404);
    expect((await http(url.replace(/token=.*/, 'token=forged'))).status).toBe(404);
  });
});
