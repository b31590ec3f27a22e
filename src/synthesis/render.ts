// The synthèse de téléexpertise as a PDF: a pure renderer from a request's whole conversation to bytes.
// pdfkit lays out the synthesis pages (layout.ts); pdf-lib then assembles them with the pages of every
// readable PDF attachment, appended as annexes (annexes.ts). The API runs it in a worker thread (pool.ts).
import { PDFDocument } from 'pdf-lib';
import { prepareAnnexes } from './annexes.ts';
import type { SynthesisDocument } from './document.ts';
import { fullName } from './format.ts';
import { prepareImages } from './images.ts';
import { layOut } from './layout.ts';

const PRODUCER = 'teleexpertise-api (pdfkit, pdf-lib)';

/**
 * Renders the synthesis of a request: its pages, then the pages of its PDF attachments as annexes.
 * Unreadable attachments (corrupt images, damaged or encrypted PDFs) are listed as such, never fatal.
 */
export async function renderSynthesis(synthesis: SynthesisDocument): Promise<Uint8Array> {
  const messages = [...synthesis.messages].sort((a, b) => a.sequence - b.sequence);
  const output = await PDFDocument.create();
  const annexes = await prepareAnnexes(output, messages);
  const images = prepareImages(messages);
  const laidOut = await PDFDocument.load(await layOut(synthesis, messages, { annexes, images }));
  for (const page of await output.copyPages(laidOut, laidOut.getPageIndices())) output.addPage(page);
  for (const annex of annexes.values())
    if (typeof annex === 'object') for (const page of annex.pages) output.addPage(page);

  output.setTitle(`Synthèse de téléexpertise ${synthesis.reference}`, { showInWindowTitleBar: true });
  output.setSubject('Synthèse de conversation de téléexpertise');
  output.setAuthor(fullName(synthesis.generatedBy));
  output.setLanguage('fr-FR');
  output.setCreator(PRODUCER);
  output.setProducer(PRODUCER);
  output.setCreationDate(synthesis.generatedAt);
  output.setModificationDate(synthesis.generatedAt);
  return output.save();
}
