// The synthèse and the compte-rendu de téléexpertise as PDFs: pure renderers from plain data to bytes.
// pdfkit lays out their pages (layout.ts); pdf-lib then assembles them, for the synthesis with the pages of every
// readable PDF attachment appended as annexes (annexes.ts), and sets the metadata. The API runs them in worker threads (pool.ts).
import { PDFDocument, type PDFPage } from 'pdf-lib';
import { prepareAnnexes } from './annexes.ts';
import type { RenderJob, ReportDocument, SynthesisDocument } from './document.ts';
import { fullName, REPORT_TITLE, SYNTHESIS_TITLE } from './format.ts';
import { prepareImages } from './images.ts';
import { layOut, layOutReport } from './layout.ts';

const PRODUCER = 'teleexpertise-api (pdfkit, pdf-lib)';

interface Metadata {
  title: string;
  subject: string;
  author: string;
  date: Date;
}

/** `output` with the laid-out pages, then `annexes`, and the metadata: its bytes. */
async function assemble(
  output: PDFDocument,
  laidOut: Uint8Array,
  annexes: PDFPage[],
  metadata: Metadata,
): Promise<Uint8Array> {
  const pages = await PDFDocument.load(laidOut);
  for (const page of await output.copyPages(pages, pages.getPageIndices())) output.addPage(page);
  for (const page of annexes) output.addPage(page);
  output.setTitle(metadata.title, { showInWindowTitleBar: true });
  output.setSubject(metadata.subject);
  output.setAuthor(metadata.author);
  output.setLanguage('fr-FR');
  output.setCreator(PRODUCER);
  output.setProducer(PRODUCER);
  output.setCreationDate(metadata.date);
  output.setModificationDate(metadata.date);
  return output.save();
}

/**
 * Renders the synthesis of a request: its pages, then the pages of its PDF attachments as annexes.
 * Unreadable attachments (corrupt images, damaged or encrypted PDFs) are listed as such, never fatal.
 */
export async function renderSynthesis(synthesis: SynthesisDocument): Promise<Uint8Array> {
  const messages = [...synthesis.messages].sort((a, b) => a.sequence - b.sequence);
  const output = await PDFDocument.create();
  const annexes = await prepareAnnexes(output, messages);
  const images = prepareImages(messages);
  const laidOut = await layOut(synthesis, messages, { annexes, images });
  const annexPages = [...annexes.values()].flatMap((annex) => (typeof annex === 'object' ? annex.pages : []));
  return assemble(output, laidOut, annexPages, {
    title: `${SYNTHESIS_TITLE} ${synthesis.reference}`,
    subject: 'Synthèse de conversation de téléexpertise',
    author: fullName(synthesis.generatedBy),
    date: synthesis.generatedAt,
  });
}

/** Renders the compte-rendu of a request as transmitted: its summary and one signed version, without the conversation. */
export async function renderReport(document: ReportDocument): Promise<Uint8Array> {
  return assemble(await PDFDocument.create(), await layOutReport(document), [], {
    title: `${REPORT_TITLE} ${document.reference}`,
    subject: `${REPORT_TITLE}, version ${document.report.version}`,
    // The expert who signed the version is its author.
    author: fullName(document.report.author),
    date: document.generatedAt,
  });
}

/** What a worker renders for the job it is given. */
export function renderJob(job: RenderJob): Promise<Uint8Array> {
  switch (job.kind) {
    case 'synthesis':
      return renderSynthesis(job.document);
    case 'report':
      return renderReport(job.document);
  }
}
