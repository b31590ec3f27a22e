// The compte-rendu PDF mailed to the treating doctor, read back with pdf.js: the request's summary and the one
// version transmitted, never the conversation.
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { correction, firstVersion, REFERENCE, requestSummary } from './kit/documents.ts';
import { readPdf } from './kit/pdf.ts';
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
