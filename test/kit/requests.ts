// Fixtures for requests: the people of the demonstration data, valid inputs, and small real files.
import type { Database } from '../../src/db/client.ts';
import {
  CreateRequestDocument,
  GrantDelegationDocument,
  PostMessageDocument,
  type CreateRequestInput,
} from '../generated/graphql.ts';
import type { TestServer } from './server.ts';

export const RPPS = {
  requester: '10000000001', // Dr Claire Martin, general practitioner
  colleague: '10000000002', // Dr Julien Bernard, general practitioner
  secretary: '10000000020', // Maël Fournier, acts for Dr Martin when delegated
  outsider: '10000000003', // Dr Sophie Dubois, takes part in nothing
  expert: '10000000101', // Dr Hélène Rousseau, dermatology, accepts anonymized patients
  cardiologist: '10000000102', // Dr François Girard, requires the patient's identity
  rheumatologist: '10000000106', // Dr Pierre Fontaine, no prerequisites
  externalTool: '10000000108', // Dr Marc Robin, answers in an external tool
  unlisted: '10000000114', // Dr Jean Guerin, declared but not listed
} as const;

/** An ISO time some days from now (negative: in the past), or from `from` (ms). */
export const inDays = (days: number, from = Date.now()) => new Date(from + days * 24 * 3600 * 1000).toISOString();

export const globalId = (typename: string, id: string) => Buffer.from(`${typename}:${id}`).toString('base64');

/** The global id of a professional of the demonstration data. */
export async function professionalId(db: Database, rpps: string): Promise<string> {
  const { id } = await db.prisma.professional.findUniqueOrThrow({ where: { rpps }, select: { id: true } });
  return globalId('Professional', id);
}

/** The database id inside a global id. */
export const rawId = (id: string) => Buffer.from(id, 'base64').toString('utf8').split(':')[1]!;

export const patient = {
  birthName: 'Lefèvre',
  usedName: 'Girard',
  firstNames: 'Marie Jeanne',
  birthDate: '1956-03-14',
  sex: 'F',
  ins: '256037512345654',
};

export const consent = { givenBy: 'PATIENT' as const, collectedAt: '2026-11-20T09:30:00.000Z' };

export async function requestInput(
  db: Database,
  overrides: Partial<CreateRequestInput> = {},
): Promise<CreateRequestInput> {
  return {
    expertId: await professionalId(db, RPPS.expert),
    question: 'Lésion pigmentée du dos apparue il y a 3 mois : avis sur la nécessité d’une exérèse ?',
    patient,
    consent,
    ...overrides,
  };
}

/** Creates a request through the API and returns it; fails the test on any error. */
export async function createRequest(
  server: TestServer,
  as: string = RPPS.requester,
  overrides: Partial<CreateRequestInput> = {},
) {
  const response = await server.graphql(
    CreateRequestDocument,
    { input: await requestInput(server.db, overrides) },
    { rpps: as },
  );
  return response.expectData().createRequest;
}

/** Posts a text message through the API and returns it; fails the test on any error. */
export async function postMessage(server: Pick<TestServer, 'graphql'>, requestId: string, rpps: string, body: string) {
  const response = await server.graphql(PostMessageDocument, { input: { requestId, body } }, { rpps });
  return response.expectData().postMessage;
}

const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

export const files = {
  png: (name = 'lesion.png') => ({ name, type: 'image/png', bytes: new Uint8Array(Buffer.from(PNG_1X1, 'base64')) }),
  pdf: (name = 'compte-rendu.pdf') => ({
    name,
    type: 'application/pdf',
    bytes: new Uint8Array(
      Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
    ),
  }),
  text: (name = 'notes.txt', body = 'Créatininémie 92 µmol/L le 12/11.\n') => ({
    name,
    type: 'text/plain',
    bytes: new Uint8Array(Buffer.from(body)),
  }),
  dicom: (name = 'scanner.dcm') => {
    const bytes = new Uint8Array(256);
    bytes.set(Buffer.from('DICM'), 128);
    return { name, type: 'application/dicom', bytes };
  },
  bytes: (name: string, size: number, fill = 0x41) => ({
    name,
    type: 'text/plain',
    bytes: new Uint8Array(size).fill(fill),
  }),
};

/** `from` delegates to `to` (grantDelegation), and the delegation as the API returns it. */
export async function grantDelegation(server: TestServer, from: string, to: string) {
  const result = await server.graphql(
    GrantDelegationDocument,
    { delegateId: await professionalId(server.db, to) },
    { rpps: from },
  );
  return result.expectData().grantDelegation;
}
