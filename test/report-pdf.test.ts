// The compte-rendu PDF mailed to the treating doctor, read back with pdf.js: the request's summary and the one
// version transmitted, never the conversation; rendered from plain data, in the worker pool, and from the database.
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostMessageDocument } from './generated/graphql.ts';
import { correction, firstVersion, REFERENCE, requestSummary } from './kit/documents.ts';
import { readPdf } from './kit/pdf.ts';
import { freshPatient, signReport } from './kit/reports.ts';
import { createRequest, files, postMessage, professionalId, rawId, RPPS } from './kit/requests.ts';
import { startTestServer, type TestServer } from './kit/server.ts';
import { reportDocument as loadReportDocument } from '../src/domain/report-pdf.ts';
import type { ReportDocument } from '../src/synthesis/document.ts';
import { SynthesisRenderer, SynthesisRenderFailure } from '../src/synthesis/pool.ts';
import { renderReport } from '../src/synthesis/render.ts';

function reportDocument(overrides: Partial<ReportDocument> = {}): ReportDocument {
  return { ...requestSummary(), report: firstVersion(), ...overrides };
}

/** The metadata pdf.js's reading (kit/pdf.ts) leaves out. */
async function subjectAndLanguage(bytes: Uint8Array): Promise<{ subject?: string; language?: string }> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  return { subject: pdf.getSubject(), language: pdf.catalog.lookupMaybe(PDFName.of('Lang'), PDFString)?.decodeText() };
}

describe('renderReport', () => {
  it('prints the header, the parties, the patient, the question and the version, with its footer and metadata', async () => {
    const bytes = await renderReport(reportDocument());
    const { text, pages, info } = await readPdf(bytes);
    for (const expected of [
      'Compte-rendu de téléexpertise',
      `Référence : ${REFERENCE}`,
      'Généré le 23/11/2026 14:05',
      'Demandeur : Alice Martin — Infirmier·e — RPPS 10000000001',
      'au nom de Jean Dupont — Médecin (Cardiologie) — RPPS 10000000002',
      'Expert : Claire Lefèvre — Médecin (Dermatologie) — RPPS 10000000003',
      'Nom de naissance : Béranger',
      'Nom utilisé : Durand',
      'Prénom(s) : Éloïse Françoise',
      'Date de naissance : 14/07/1984',
      'INS : 284077512345678',
      'Médecin traitant : Marc Petit — Médecin (Médecine générale) — RPPS 10000000004',
      'Consentement : recueilli auprès du patient le 28/03/2026 08:45',
      'Lésion pigmentée du dos apparue en 2025 : avis sur une exérèse ?',
      'Version 1',
      'Signé le : 01/04/2026 11:00 par Claire Lefèvre',
      'Naevus atypique.',
      'Dermoscopie de contrôle.',
      'Suite à donner : Consultation en présentiel',
    ])
      expect(text).toContain(expected);
    expect(text).toMatch(/Traitements proposés\n\s*Aucun/);
    // Nothing of the synthesis: no status, deadline, conversation nor list of versions.
    for (const absent of ['Synthèse', 'Statut', 'Échéance', 'Conversation', 'en vigueur', 'Motif de la correction'])
      expect(text).not.toContain(absent);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain(`Compte-rendu de téléexpertise ${REFERENCE}`);
    expect(pages[0]).toContain('page 1 / 1');
    expect(info).toEqual({
      title: `Compte-rendu de téléexpertise ${REFERENCE}`,
      producer: expect.stringMatching(/^teleexpertise-api/),
      creationDate: '2026-11-23T13:05:00.000Z',
    });
    expect(await subjectAndLanguage(bytes)).toEqual({
      subject: 'Compte-rendu de téléexpertise, version 1',
      language: 'fr-FR',
    });
  });

  it('prints a correction as version 2 with its reason, and nothing of version 1', async () => {
    const { text } = await readPdf(await renderReport(reportDocument({ report: correction() })));
    for (const expected of [
      'Version 2',
      'Signé le : 02/04/2026 18:30 par Claire Lefèvre',
      'Motif de la correction : Relecture des images de dermoscopie.',
      'Mélanome suspecté : exérèse rapide.',
      'Exérèse chirurgicale avec marges de 2 mm.',
      'Suite à donner : Orientation hospitalière',
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain('Version 1');
    expect(text).not.toContain(firstVersion().conclusion);
  });

  it('says "Patient : anonymisé" for an anonymized request', async () => {
    const { text } = await readPdf(await renderReport(reportDocument({ patient: null })));
    expect(text).toContain('Patient : anonymisé');
    expect(text).not.toContain('Béranger');
  });
});

describe('SynthesisRenderer.renderReport', () => {
  const renderer = new SynthesisRenderer();
  afterAll(() => renderer.close());

  it('renders in a worker thread the PDF renderReport renders', async () => {
    const document = reportDocument({ report: correction() });
    const inThread = await readPdf(await renderReport(document));
    const inWorker = await readPdf(await renderer.renderReport(document));
    expect(inWorker.text).toBe(inThread.text);
    expect(inWorker.info.title).toBe(`Compte-rendu de téléexpertise ${REFERENCE}`);
    expect(renderer.stats().running).toBe(0);
  });

  it('stops a report past its deadline as it does a synthesis', async () => {
    const failure = await renderer.renderReport(reportDocument(), { timeoutMs: 1 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SynthesisRenderFailure);
    expect((failure as SynthesisRenderFailure).reason).toBe('timeout');
  });
});

describe('reportDocument', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.stop());

  /** A request with a conversation (bodies and attachments), its report signed, then corrected. */
  async function correctedRequest() {
    const treatingDoctorId = await professionalId(server.db, RPPS.colleague);
    const request = await createRequest(server, RPPS.requester, { patient: freshPatient({ treatingDoctorId }) });
    const posted = await server.upload(
      PostMessageDocument,
      { input: { requestId: request.id, body: 'MESSAGE-DEMANDEUR-4412 : photo et ECG.', attachments: [null, null] } },
      { 'input.attachments.0': files.png('photo-dos-4412.png'), 'input.attachments.1': files.pdf('ecg-4412.pdf') },
      { rpps: RPPS.requester },
    );
    posted.expectData();
    await postMessage(server, request.id, RPPS.expert, 'MESSAGE-EXPERT-9930 : je regarde cela aujourd’hui.');
    const first = await signReport(server, request.id);
    const second = await signReport(server, request.id, RPPS.expert, {
      conclusion: 'Naevus bénin : surveillance simple.',
      followUp: 'NONE',
      correctionReason: 'Erreur de latéralité corrigée',
    });
    return { request, first, second };
  }

  /** The report's PDF as the app's renderer makes it from the database. */
  async function reportPdf(reportId: string) {
    const document = await loadReportDocument(server.db.prisma, rawId(reportId), new Date('2026-11-23T13:05:00Z'));
    return readPdf(await server.app.synthesisRenderer.renderReport(document));
  }

  it('prints the version transmitted with its request and patient, and nothing of the conversation', async () => {
    const { request, first, second } = await correctedRequest();
    const conversation = ['MESSAGE-DEMANDEUR-4412', 'MESSAGE-EXPERT-9930', 'photo-dos-4412.png', 'ecg-4412.pdf'];

    const original = await reportPdf(first.id);
    expect(original.info.title).toBe(`Compte-rendu de téléexpertise ${request.id}`);
    // plainText gives the long reference a break opportunity, which pdf.js reads as a space.
    expect(original.flat.replace(/\s/g, '')).toContain(`Référence:${request.id}`);
    for (const expected of [
      'Généré le 23/11/2026 14:05',
      'Demandeur : Claire Martin',
      'Expert : Hélène Rousseau',
      'Nom de naissance : Lefèvre',
      'Prénom(s) : Marie Jeanne',
      'Date de naissance : 14/03/1956',
      'Médecin traitant : Julien Bernard',
      'Lésion pigmentée du dos apparue il y a 3 mois',
      'Version 1',
      first.conclusion,
    ])
      expect(original.flat).toContain(expected);
    for (const absent of [...conversation, 'Motif de la correction']) expect(original.flat).not.toContain(absent);

    const corrected = await reportPdf(second.id);
    for (const expected of [
      'Version 2',
      'Motif de la correction : Erreur de latéralité corrigée',
      'Naevus bénin : surveillance simple.',
      'Suite à donner : Aucun',
      'Nom de naissance : Lefèvre',
    ])
      expect(corrected.flat).toContain(expected);
    for (const absent of [...conversation, 'Version 1', first.conclusion]) expect(corrected.flat).not.toContain(absent);
  });

  it('is NOT_FOUND for an unknown report', async () => {
    await expect(loadReportDocument(server.db.prisma, '00000000-0000-7000-8000-000000000000')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
