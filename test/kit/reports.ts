// Fixtures for reports and billing: patients of their own, and signing.
import { SubmitReportDocument, type PatientInput, type SubmitReportInput } from '../generated/graphql.ts';
import { patient as demoPatient, RPPS } from './requests.ts';
import type { TestServer } from './server.ts';

/**
 * A valid INS (NIR) of its own for each call, so that tests counting a patient's acts do not share
 * a patient: a woman born in March 1956 in the Rhône, with a distinct serial number and its key.
 */
let serial = 0;
export function freshIns(): string {
  serial += 1;
  const unique = (process.pid % 1000) * 1000 + serial;
  const body = `2560369${String(unique).padStart(6, '0')}`;
  const key = 97n - (BigInt(body) % 97n);
  return `${body}${String(key).padStart(2, '0')}`;
}

export function freshPatient(overrides: Partial<PatientInput> = {}): PatientInput {
  return { ...demoPatient, ins: freshIns(), ...overrides };
}

export const reportInput = (requestId: string, overrides: Partial<SubmitReportInput> = {}): SubmitReportInput => ({
  requestId,
  conclusion: 'Naevus atypique : exérèse conseillée avec examen anatomopathologique.',
  proposedTreatments: 'Exérèse chirurgicale avec marges de 2 mm.',
  complementaryExams: 'Examen anatomopathologique de la pièce.',
  followUp: 'IN_PERSON_CONSULTATION',
  ...overrides,
});

/** The expert signs the report; fails the test on any error. */
export async function signReport(
  server: Pick<TestServer, 'graphql'>,
  requestId: string,
  rpps: string = RPPS.expert,
  overrides: Partial<SubmitReportInput> = {},
) {
  const response = await server.graphql(SubmitReportDocument, { input: reportInput(requestId, overrides) }, { rpps });
  return response.expectData().submitReport;
}
