// Fixtures for reports, billing and syntheses: patients of their own, signing, and reading PDFs back with poppler.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { SubmitReportDocument, type PatientInput, type SubmitReportInput } from '../generated/graphql.ts';
import { patient as demoPatient, RPPS } from './requests.ts';
import type { TestServer } from './server.ts';

const run = promisify(execFile);

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
export async function signReport(server: Pick<TestServer, 'graphql'>, requestId: string, rpps: string = RPPS.expert, overrides: Partial<SubmitReportInput> = {}) {
  const response = await server.graphql(SubmitReportDocument, { input: reportInput(requestId, overrides) }, { rpps });
  if (response.errors) throw new Error(`submitReport failed: ${JSON.stringify(response.errors)}`);
  return response.data!.submitReport;
}

/** Runs a poppler tool on the PDF and returns its output. */
async function poppler(tool: 'pdftotext' | 'pdfinfo' | 'pdfimages', bytes: Uint8Array, args: string[]): Promise<string> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'teleexpertise-pdf-'));
  try {
    const file = path.join(directory, 'document.pdf');
    await writeFile(file, bytes);
    const { stdout } = await run(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], { maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

/** The text of the PDF as poppler reads it, in reading order. */
export const pdfText = (bytes: Uint8Array) => poppler('pdftotext', bytes, ['-layout', '-enc', 'UTF-8']);

export async function pdfPages(bytes: Uint8Array): Promise<number> {
  const info = await poppler('pdfinfo', bytes, []);
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

/** The images drawn in the PDF (one line each in `pdfimages -list`, after its two header lines). */
export async function pdfImageCount(bytes: Uint8Array): Promise<number> {
  const list = await poppler('pdfimages', bytes, ['-list']);
  return list.trim().split('\n').length - 2;
}
