// The pages laid out by pdfkit. The synthesis: header, parties, patient, question, conversation with its attachments, every
// report version, footers. The report: the same header, parties, patient and question, then the one version transmitted.
import { createRequire } from 'node:module';
import PdfKit from 'pdfkit';
import type { Annex } from './annexes.ts';
import {
  isImage,
  isPdf,
  type ReportDocument,
  type RequestSummary,
  type SynthesisAttachment,
  type SynthesisDocument,
  type SynthesisMessage,
  type SynthesisReport,
} from './document.ts';
import {
  describeParty,
  FOLLOW_UP_LABELS,
  formatDate,
  formatDateTime,
  formatSize,
  fullName,
  plainText,
  REPORT_TITLE,
  SEX_LABELS,
  STATUS_LABELS,
  SYNTHESIS_TITLE,
} from './format.ts';
import { drawImage, openImage, type OpenedImage, type PreparedImage } from './images.ts';

const require = createRequire(import.meta.url);
const FONT_FILES = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};
const REGULAR = 'DejaVuSans';
const BOLD = 'DejaVuSans-Bold';

const MARGIN = 56; // about 2 cm
const BODY_SIZE = 10;
const SMALL_SIZE = 8;
const TEXT_COLOR = '#000000';
const MUTED_COLOR = '#555555';
const RULE_COLOR = '#bbbbbb';
/** Secondary lines ("au nom de", attachments and their images) are indented. */
const INDENT = 12;
/** An image is at most this fraction of the page height. */
const IMAGE_MAX_PAGE_FRACTION = 0.4;

/** What is read of the attachments before layout. */
export interface Prepared {
  annexes: Map<SynthesisAttachment, Annex>;
  images: Map<SynthesisAttachment, PreparedImage>;
}

function textWidth(doc: PDFKit.PDFDocument): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

/** Starts a new page unless `height` more points fit above the bottom margin. */
function ensureSpace(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

/** A section title, kept on the same page as the first lines that follow it. */
function heading(doc: PDFKit.PDFDocument, title: string): void {
  doc.moveDown(0.8);
  doc.font(BOLD).fontSize(13);
  ensureSpace(doc, doc.heightOfString(title) + 4 * doc.currentLineHeight(true));
  doc.text(title);
  doc.moveDown(0.3).font(REGULAR).fontSize(BODY_SIZE);
}

/** "Label : value" on one flow of text. */
function field(doc: PDFKit.PDFDocument, label: string, value: string): void {
  doc.font(BOLD).text(`${label} : `, { continued: true }).font(REGULAR).text(plainText(value));
}

/** A label on its line, then free text as a paragraph. */
function block(doc: PDFKit.PDFDocument, label: string, text: string): void {
  doc.font(BOLD).text(label).font(REGULAR).text(plainText(text));
}

/** A paragraph indented by `depth` steps, all its lines. */
function indented(doc: PDFKit.PDFDocument, text: string, depth = 1): void {
  const left = doc.page.margins.left;
  doc.text(text, left + depth * INDENT, undefined, { width: textWidth(doc) - depth * INDENT });
  doc.x = left; // giving x moved the text flow's left edge (https://github.com/foliojs/pdfkit/blob/bc6667ebd83151a37d196cf1e0c5644f52f1badc/lib/mixins/text.js#L412-L415)
}

function rule(doc: PDFKit.PDFDocument): void {
  const left = doc.page.margins.left;
  doc
    .save()
    .moveTo(left, doc.y)
    .lineTo(left + textWidth(doc), doc.y)
    .lineWidth(0.5)
    .strokeColor(RULE_COLOR)
    .stroke()
    .restore();
}

/** The title and the reference, then the document's own fields (label, value), then a muted line saying when it was generated. */
function writeHeader(
  doc: PDFKit.PDFDocument,
  header: { title: string; reference: string; fields: [string, string][]; generated: string },
): void {
  doc.font(BOLD).fontSize(18).text(header.title);
  doc.moveDown(0.5).fontSize(BODY_SIZE);
  field(doc, 'Référence', header.reference);
  for (const [label, value] of header.fields) field(doc, label, value);
  doc.fillColor(MUTED_COLOR).text(header.generated).fillColor(TEXT_COLOR);
}

function writeSynthesisHeader(doc: PDFKit.PDFDocument, synthesis: SynthesisDocument): void {
  const fields: [string, string][] = [['Statut', STATUS_LABELS[synthesis.status]]];
  if (synthesis.declineReason) fields.push(['Motif du refus', synthesis.declineReason]);
  if (synthesis.withdrawReason) fields.push(['Motif du retrait', synthesis.withdrawReason]);
  fields.push(['Envoyée le', formatDateTime(synthesis.createdAt)], ['Échéance', formatDateTime(synthesis.dueAt)]);
  const generated = `Générée le ${formatDateTime(synthesis.generatedAt)} par ${describeParty(synthesis.generatedBy)}`;
  writeHeader(doc, { title: SYNTHESIS_TITLE, reference: synthesis.reference, fields, generated });
}

function writeParties(doc: PDFKit.PDFDocument, summary: RequestSummary): void {
  heading(doc, 'Parties');
  field(doc, 'Demandeur', describeParty(summary.requester));
  if (summary.onBehalfOf) indented(doc, `au nom de ${describeParty(summary.onBehalfOf)}`);
  if (summary.team) field(doc, 'Équipe', summary.team.name);
  field(doc, 'Expert', summary.expert ? describeParty(summary.expert) : 'pas encore attribuée');
}

function writePatient(doc: PDFKit.PDFDocument, summary: RequestSummary): void {
  heading(doc, 'Patient');
  const { patient, consent } = summary;
  if (patient) {
    field(doc, 'Nom de naissance', patient.birthName);
    if (patient.usedName) field(doc, 'Nom utilisé', patient.usedName);
    field(doc, 'Prénom(s)', patient.firstNames);
    field(doc, 'Date de naissance', formatDate(patient.birthDate));
    field(doc, 'Sexe', SEX_LABELS[patient.sex] ?? patient.sex);
    if (patient.ins) field(doc, 'INS', patient.ins);
    if (patient.treatingDoctor) field(doc, 'Médecin traitant', describeParty(patient.treatingDoctor));
  } else {
    field(doc, 'Patient', 'anonymisé');
  }
  const collectedAt = consent.collectedAt ? `le ${formatDateTime(consent.collectedAt)}` : '(date non renseignée)';
  switch (consent.givenBy) {
    case 'PATIENT':
      field(doc, 'Consentement', `recueilli auprès du patient ${collectedAt}`);
      break;
    case 'LEGAL_REPRESENTATIVE':
      field(doc, 'Consentement', `recueilli auprès de son représentant légal ${collectedAt}`);
      break;
    case 'NOT_COLLECTED':
      field(doc, 'Consentement', `non recueilli — motif : ${consent.notCollectedReason ?? 'non précisé'}`);
      break;
  }
}

function writeQuestion(doc: PDFKit.PDFDocument, summary: RequestSummary): void {
  heading(doc, 'Question');
  doc.text(plainText(summary.question));
}

/** What both PDFs print after their header. */
function writeRequest(doc: PDFKit.PDFDocument, summary: RequestSummary): void {
  writeParties(doc, summary);
  writePatient(doc, summary);
  writeQuestion(doc, summary);
}

function authorLabel(message: SynthesisMessage): string {
  if (message.author) return fullName(message.author);
  return message.kind === 'SYSTEM' ? 'Système' : 'Auteur inconnu';
}

const KIND_LABELS: Record<SynthesisMessage['kind'], string> = {
  TEXT: '',
  PREREQUISITES: ' — prérequis',
  SYSTEM: ' — message système',
};

/** An image's size on the page: scaled down (never up) to the indented text width and a share of the page height. */
function imageSize(doc: PDFKit.PDFDocument, image: OpenedImage): { width: number; height: number } {
  // pdfkit turns a JPEG by its EXIF orientation, so the turned size is laid out (https://github.com/foliojs/pdfkit/blob/bc6667ebd83151a37d196cf1e0c5644f52f1badc/lib/mixins/images.js#L48-L49).
  const [width, height] = (image.orientation ?? 1) > 4 ? [image.height, image.width] : [image.width, image.height];
  const scale = Math.min(1, (textWidth(doc) - INDENT) / width, (doc.page.height * IMAGE_MAX_PAGE_FRACTION) / height);
  return { width: width * scale, height: height * scale };
}

/** The attachment's line, then its image if it has one that can be drawn. */
function writeAttachment(
  doc: PDFKit.PDFDocument,
  attachment: SynthesisAttachment,
  { annexes, images }: Prepared,
): void {
  const prepared = images.get(attachment);
  const image = prepared && 'source' in prepared ? openImage(doc, prepared.source) : null;
  let note = '';
  if (isPdf(attachment)) {
    const annex = annexes.get(attachment);
    if (typeof annex === 'object') note = ` — annexe ${annex.number}, ajoutée en fin de document`;
    else if (annex === 'too large')
      note = ' — annexe non intégrée (fichier trop volumineux ou trop complexe) : à télécharger depuis la conversation';
    else note = ' — annexe non intégrée (fichier illisible ou chiffré) : à télécharger depuis la conversation';
  } else if (isImage(attachment) && !image) {
    note =
      prepared && 'refused' in prepared && prepared.refused === 'too large'
        ? ' — image trop grande pour être affichée : à télécharger depuis la conversation'
        : ' — image illisible';
  }
  const line = `• ${plainText(attachment.fileName)} (${attachment.mediaType}, ${formatSize(attachment.size)})${note}`;
  doc.font(REGULAR).fontSize(BODY_SIZE);
  const drawing = image ? { image, size: imageSize(doc, image) } : null;
  // The line moves to the next page with its image when the image does not fit below it.
  if (drawing)
    ensureSpace(
      doc,
      doc.heightOfString(line, { width: textWidth(doc) - INDENT }) +
        2 * doc.currentLineHeight(true) +
        drawing.size.height,
    );
  indented(doc, line);
  doc.fontSize(SMALL_SIZE).fillColor(MUTED_COLOR);
  indented(doc, `SHA-256 : ${attachment.sha256}`, 2);
  doc.fontSize(BODY_SIZE).fillColor(TEXT_COLOR);
  if (drawing) {
    doc.moveDown(0.2);
    drawImage(doc, drawing.image, doc.page.margins.left + INDENT, doc.y, drawing.size);
    doc.y += drawing.size.height; // drawn at a given position, the image does not move the text flow (https://github.com/foliojs/pdfkit/blob/bc6667ebd83151a37d196cf1e0c5644f52f1badc/lib/mixins/images.js#L205-L208)
    doc.moveDown(0.3);
  }
}

function writeMessage(doc: PDFKit.PDFDocument, message: SynthesisMessage, prepared: Prepared): void {
  const title = `Message n° ${message.sequence} — ${authorLabel(message)} — ${formatDateTime(message.createdAt)}${KIND_LABELS[message.kind]}`;
  doc.moveDown(0.6).font(BOLD).fontSize(BODY_SIZE);
  ensureSpace(doc, doc.heightOfString(title) + 3 * doc.currentLineHeight(true));
  rule(doc);
  doc.moveDown(0.3).text(title);
  const body = plainText(message.body);
  if (body.trim() !== '') doc.font(REGULAR).text(body);
  if (message.attachments.length > 0) {
    doc.moveDown(0.3).font(BOLD).text('Pièces jointes :');
    for (const attachment of message.attachments) writeAttachment(doc, attachment, prepared);
  }
}

function writeConversation(doc: PDFKit.PDFDocument, messages: SynthesisMessage[], prepared: Prepared): void {
  heading(doc, 'Conversation');
  if (messages.length === 0) doc.text('Aucun message.');
  for (const message of messages) writeMessage(doc, message, prepared);
}

function writeReports(doc: PDFKit.PDFDocument, reports: SynthesisReport[]): void {
  heading(doc, 'Compte-rendu');
  const versions = [...reports].sort((a, b) => a.version - b.version);
  const inForce = versions.at(-1);
  if (!inForce) {
    doc.text('Aucun compte-rendu signé à la date de la synthèse.');
    return;
  }
  doc
    .font(BOLD)
    .text(`Version en vigueur : version ${inForce.version}, signée le ${formatDateTime(inForce.signedAt)}.`);
  for (const report of versions)
    writeReportVersion(
      doc,
      report,
      `Version ${report.version}${report === inForce ? ' (en vigueur)' : ' (remplacée)'}`,
    );
}

/** One signed version under its title: signature, correction reason (after version 1), conclusion, treatments, exams, follow-up. */
function writeReportVersion(doc: PDFKit.PDFDocument, report: SynthesisReport, title: string): void {
  doc.moveDown(0.6).font(BOLD).fontSize(11);
  ensureSpace(doc, doc.heightOfString(title) + 3 * doc.currentLineHeight(true));
  doc.text(title).fontSize(BODY_SIZE);
  field(doc, 'Signé le', `${formatDateTime(report.signedAt)} par ${describeParty(report.author)}`);
  if (report.version > 1) field(doc, 'Motif de la correction', report.correctionReason ?? 'non précisé');
  block(doc, 'Conclusion', report.conclusion);
  block(doc, 'Traitements proposés', report.proposedTreatments ?? 'Aucun');
  block(doc, 'Examens complémentaires', report.complementaryExams ?? 'Aucun');
  field(doc, 'Suite à donner', FOLLOW_UP_LABELS[report.followUp]);
}

/** "<label> … page X / Y" at the bottom of every laid-out page (the synthesis's annexes keep their own pages untouched). */
function writeFooters(doc: PDFKit.PDFDocument, label: string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    const { left, bottom } = doc.page.margins;
    // Text written inside the bottom margin would otherwise make pdfkit 0.20.2 open a new page (https://github.com/foliojs/pdfkit/issues/1240).
    doc.page.margins.bottom = 0;
    const y = doc.page.height - bottom / 2;
    const options = { width: textWidth(doc), lineBreak: false } as const;
    doc.font(REGULAR).fontSize(SMALL_SIZE).fillColor(MUTED_COLOR);
    doc.text(label, left, y, { ...options, align: 'left' });
    doc.text(`page ${index - start + 1} / ${count}`, left, y, { ...options, align: 'right' });
    doc.page.margins.bottom = bottom;
  }
}

/** pdfkit's output stream, collected. */
function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/** A4 pages with the fonts registered, written by `write`, then footed with `footer` and page numbers. */
function layOutPages(footer: string, write: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const doc = new PdfKit({ size: 'A4', margin: MARGIN, bufferPages: true });
  const bytes = collect(doc);
  doc.registerFont(REGULAR, FONT_FILES.regular);
  doc.registerFont(BOLD, FONT_FILES.bold);
  write(doc);
  writeFooters(doc, footer);
  doc.end();
  return bytes;
}

/** The synthesis pages alone, laid out by pdfkit. */
export function layOut(
  synthesis: SynthesisDocument,
  messages: SynthesisMessage[],
  prepared: Prepared,
): Promise<Buffer> {
  return layOutPages(`${SYNTHESIS_TITLE} ${synthesis.reference}`, (doc) => {
    writeSynthesisHeader(doc, synthesis);
    writeRequest(doc, synthesis);
    writeConversation(doc, messages, prepared);
    writeReports(doc, synthesis.reports);
  });
}

/** The report's pages, laid out by pdfkit: the request's summary and the version transmitted, no conversation. */
export function layOutReport(document: ReportDocument): Promise<Buffer> {
  return layOutPages(`${REPORT_TITLE} ${document.reference}`, (doc) => {
    const generated = `Généré le ${formatDateTime(document.generatedAt)}`;
    writeHeader(doc, { title: REPORT_TITLE, reference: document.reference, fields: [], generated });
    writeRequest(doc, document);
    heading(doc, 'Compte-rendu');
    writeReportVersion(doc, document.report, `Version ${document.report.version}`);
  });
}
