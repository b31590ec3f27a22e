// The synthèse de téléexpertise as a PDF: a pure renderer from a request's whole conversation to bytes.
// pdfkit lays out the synthesis pages (DejaVu Sans, so any Unicode text renders); pdf-lib then assembles
// them with the pages of every readable PDF attachment, appended as annexes. The attachments are
// hostile input: what reading them may cost is bounded here, and the API runs this renderer in a
// worker thread with its own heap limit and a deadline (pool.ts).
import { AsyncLocalStorage } from 'node:async_hooks';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import { ParseSpeeds, PDFDocument, PDFName, type PDFPage } from 'pdf-lib';
import PdfKit from 'pdfkit';
import { decode, encode } from 'fast-png';

export interface SynthesisParty {
  firstName: string;
  lastName: string;
  profession: string;
  specialty: string | null;
  rpps: string;
}

export interface SynthesisAttachment {
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  bytes: Uint8Array;
}

export interface SynthesisDocument {
  /** Reference printed on every page, e.g. the request's global id. */
  reference: string;
  generatedAt: Date;
  /** Who generated it (printed in the header: "Générée le … par …"). */
  generatedBy: SynthesisParty;
  status: 'SUBMITTED' | 'INFO_REQUESTED' | 'ACCEPTED' | 'DECLINED' | 'REPORTED' | 'WITHDRAWN';
  createdAt: Date;
  /** Deadline in force. */
  dueAt: Date;
  /** The account that made the request (may be a delegate). */
  requester: SynthesisParty;
  /** The professional in whose name a delegate acted. */
  onBehalfOf: SynthesisParty | null;
  expert: SynthesisParty;
  /** null: the requester anonymized the request. */
  patient: null | {
    birthName: string;
    usedName: string | null;
    firstNames: string;
    birthDate: Date;
    sex: string;
    ins: string | null;
    treatingDoctor: SynthesisParty | null;
  };
  consent: { givenBy: 'PATIENT' | 'LEGAL_REPRESENTATIVE' | 'NOT_COLLECTED'; collectedAt: Date | null; notCollectedReason: string | null };
  question: string;
  declineReason: string | null;
  withdrawReason: string | null;
  messages: {
    sequence: number;
    kind: 'TEXT' | 'PREREQUISITES' | 'SYSTEM';
    author: SynthesisParty | null;
    createdAt: Date;
    body: string;
    attachments: SynthesisAttachment[];
  }[];
  /** Every signed version of the report, oldest first (version 1, then corrections). */
  reports: {
    version: number;
    signedAt: Date;
    author: SynthesisParty;
    conclusion: string;
    proposedTreatments: string | null;
    complementaryExams: string | null;
    followUp: 'NONE' | 'IN_PERSON_CONSULTATION' | 'HOSPITAL_REFERRAL' | 'OTHER_PROFESSIONAL';
    correctionReason: string | null;
  }[];
}

type Message = SynthesisDocument['messages'][number];
type Report = SynthesisDocument['reports'][number];

const STATUS_LABELS: Record<SynthesisDocument['status'], string> = {
  SUBMITTED: 'Envoyée',
  INFO_REQUESTED: 'Informations demandées',
  ACCEPTED: 'Acceptée',
  DECLINED: 'Refusée',
  REPORTED: 'Compte-rendu signé',
  WITHDRAWN: 'Retirée',
};

const PROFESSION_LABELS: Record<string, string> = {
  PHYSICIAN: 'Médecin',
  MIDWIFE: 'Sage-femme',
  NURSE: 'Infirmier·e',
  PHYSIOTHERAPIST: 'Kinésithérapeute',
  PODIATRIST: 'Pédicure-podologue',
  SPEECH_THERAPIST: 'Orthophoniste',
  ORTHOPTIST: 'Orthoptiste',
  PHARMACIST: 'Pharmacien·ne',
  DENTIST: 'Chirurgien-dentiste',
  OTHER: 'Autre',
};

/** Sex as recorded in the national identity referential (INS): F, M or U. */
const SEX_LABELS: Record<string, string> = { F: 'Féminin', M: 'Masculin', U: 'Inconnu' };

const FOLLOW_UP_LABELS: Record<Report['followUp'], string> = {
  NONE: 'Aucun',
  IN_PERSON_CONSULTATION: 'Consultation en présentiel',
  HOSPITAL_REFERRAL: 'Orientation hospitalière',
  OTHER_PROFESSIONAL: 'Autre professionnel',
};

const PRODUCER = 'teleexpertise-api (pdfkit, pdf-lib)';

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

// ---------------------------------------------------------------------------------------------
// Formatting

const PARIS_DATE_TIME = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The parts of `date` in Paris, assembled by hand so that the output does not depend on the ICU version's pattern. */
function parisParts(date: Date): Record<'day' | 'month' | 'year' | 'hour' | 'minute', string> {
  const parts = new Map(PARIS_DATE_TIME.formatToParts(date).map((part) => [part.type, part.value]));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.get(type) ?? '';
  return { day: part('day'), month: part('month'), year: part('year'), hour: part('hour'), minute: part('minute') };
}

/** dd/mm/yyyy in Paris. A calendar date stored as UTC midnight stays on its day, Paris being ahead of UTC. */
function formatDate(date: Date): string {
  const { day, month, year } = parisParts(date);
  return `${day}/${month}/${year}`;
}

/** dd/mm/yyyy hh:mm in Paris. */
function formatDateTime(date: Date): string {
  const { day, month, year, hour, minute } = parisParts(date);
  return `${day}/${month}/${year} ${hour}:${minute}`;
}

const SIZE_NUMBER = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** 512 o, 12,3 Ko, 4,5 Mo, 1,2 Go (binary multiples). */
function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} o`;
  let value = bytes / 1024;
  for (const unit of ['Ko', 'Mo']) {
    if (value < 1024) return `${SIZE_NUMBER.format(value)} ${unit}`;
    value /= 1024;
  }
  return `${SIZE_NUMBER.format(value)} Go`;
}

function fullName(party: SynthesisParty): string {
  return `${party.firstName} ${party.lastName}`;
}

/** "Jean Dupont — Médecin (Cardiologie) — RPPS 10001234567". */
function describeParty(party: SynthesisParty): string {
  const profession = PROFESSION_LABELS[party.profession] ?? party.profession;
  const specialty = party.specialty ? ` (${party.specialty})` : '';
  return `${fullName(party)} — ${profession}${specialty} — RPPS ${party.rpps}`;
}

/** Free text as pdfkit should print it: line breaks kept (pdfkit breaks on \n), tabs and other control characters defused. */
function plainText(text: string): string {
  return (
    text
      .replace(/\r\n?|\u0085|\u2028|\u2029/g, '\n')
      .replace(/\t/g, '    ')
      // Control characters, and the bidirectional overrides that could make a line read other than it is written.
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '')
      // A break opportunity (zero-width space) in every run of 40 characters without one: pdfkit's
      // line breaking is quadratic in the length of a word it has to split.
      .replace(/[^\s\u200b]{40}(?=[^\s\u200b])/g, '$&\u200b')
  );
}

// ---------------------------------------------------------------------------------------------
// Images: pdfkit draws JPEG and PNG. Its PNG decoder (png-js) trusts the file: a bad chunk length can
// make it loop, and corrupt pixel data throws from a zlib callback, an uncaught exception that also
// leaves the document unfinished. So each PNG is decoded by fast-png first, and pdfkit is given it
// written again plainly. (pngjs was tried: its synchronous decoder returns uninitialized memory for
// a corrupt zlib stream, and its asynchronous one throws unrecoverably on a bad filter byte.)
// Decoding costs memory and time: the pixels of each PNG, and of all of a document's PNGs, are capped,
// and since fast-png inflates whatever the file holds (pixel data, ICC profile, compressed text) before
// it compares that with the header, only the chunks that make the picture are kept, and the pixel data
// is first inflated with a ceiling: the exact size its header announces.

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_SIGNATURE = [0xff, 0xd8];
/** A 12-megapixel photo is drawn; a larger PNG is listed, to be downloaded from the conversation. */
const MAX_PNG_PIXELS = 12_000_000;
const MAX_DOCUMENT_PNG_PIXELS = 48_000_000;

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte);
}

/** What can be drawn of an image attachment: bytes pdfkit reads safely, or why not. */
type PreparedImage = { source: Buffer } | { refused: 'unreadable' | 'too large' };

/** The chunks that make the picture; the others (profiles, text, animation frames) are dropped unread. */
const PNG_PICTURE_CHUNKS = new Set(['IHDR', 'PLTE', 'tRNS', 'IDAT', 'IEND']);
/** Samples per pixel of each PNG colour type. */
const PNG_SAMPLES: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
/** Adam7 passes: first column, first row, column step, row step. */
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

/** Bytes the pixel data of a PNG inflates to, from its header: each row's filter byte and samples, pass by pass when interlaced. */
function inflatedPngSize(width: number, height: number, depth: number, colorType: number, interlaced: boolean): number | null {
  const samples = PNG_SAMPLES[colorType];
  if (!samples || ![1, 2, 4, 8, 16].includes(depth)) return null;
  const rows = (columns: number, count: number) => (columns > 0 && count > 0 ? count * (1 + Math.ceil((columns * samples * depth) / 8)) : 0);
  if (!interlaced) return rows(width, height);
  return ADAM7.reduce((sum, [x, y, dx, dy]) => sum + rows(Math.ceil((width - x) / dx), Math.ceil((height - y) / dy)), 0);
}

/**
 * The PNG with only its picture chunks, once its pixel data has been seen to inflate to no more than its
 * header announces; null when it is cut short, or its data is more (a zlib bomb) or not zlib at all.
 */
function picturePng(data: Buffer): Buffer | null {
  const kept: Buffer[] = [data.subarray(0, 8)];
  const pixels: Buffer[] = [];
  let header: Buffer | undefined;
  for (let offset = 8; offset < data.length; ) {
    if (offset + 12 > data.length) return null;
    const length = data.readUInt32BE(offset);
    const end = offset + 12 + length;
    if (end > data.length) return null;
    const type = data.toString('latin1', offset + 4, offset + 8);
    if (PNG_PICTURE_CHUNKS.has(type)) kept.push(data.subarray(offset, end));
    if (type === 'IHDR') header = data.subarray(offset + 8, offset + 8 + length);
    if (type === 'IDAT') pixels.push(data.subarray(offset + 8, offset + 8 + length));
    if (type === 'IEND') break;
    offset = end;
  }
  if (!header || header.length !== 13) return null;
  const expected = inflatedPngSize(header.readUInt32BE(0), header.readUInt32BE(4), header[8]!, header[9]!, header[12] === 1);
  if (!expected) return null;
  try {
    inflateSync(Buffer.concat(pixels), { maxOutputLength: expected });
  } catch {
    return null; // ERR_BUFFER_TOO_LARGE past the ceiling, or a zlib error
  }
  return Buffer.concat(kept);
}

/**
 * The PNG decoded (fast-png: chunks, CRCs, zlib, filters, interlacing, each checked) and written
 * again plainly, not interlaced; null when it does not decode to the size its header announces.
 */
function plainPng(data: Buffer): Buffer | null {
  try {
    const picture = picturePng(data);
    if (!picture) return null;
    const png = decode(picture, { checkCrc: true });
    const samples = png.palette ? 1 : png.channels;
    if (png.data.length * (png.data.BYTES_PER_ELEMENT * 8) < png.width * png.height * samples * png.depth) return null;
    return Buffer.from(encode(png));
  } catch {
    return null;
  }
}

/** Every image attachment, read once before layout. */
function prepareImages(messages: Message[]): Map<SynthesisAttachment, PreparedImage> {
  const images = new Map<SynthesisAttachment, PreparedImage>();
  let pngPixels = 0;
  for (const attachment of messages.flatMap((message) => message.attachments).filter(isImage)) {
    // Recognized by content, not by the declared media type, since that is what pdfkit does.
    const data = Buffer.from(attachment.bytes.buffer, attachment.bytes.byteOffset, attachment.bytes.byteLength);
    if (startsWith(data, JPEG_SIGNATURE)) {
      images.set(attachment, { source: data });
    } else if (!startsWith(data, PNG_SIGNATURE) || data.length < 24) {
      images.set(attachment, { refused: 'unreadable' });
    } else {
      // The size, from the header (IHDR comes first), before anything is decoded.
      const pixels = data.readUInt32BE(16) * data.readUInt32BE(20);
      if (pixels > MAX_PNG_PIXELS || pngPixels + pixels > MAX_DOCUMENT_PNG_PIXELS) {
        images.set(attachment, { refused: 'too large' });
        continue;
      }
      pngPixels += pixels;
      const source = plainPng(data);
      images.set(attachment, source ? { source } : { refused: 'unreadable' });
    }
  }
  return images;
}

/** What pdfkit's `openImage` returns. That method, and `image()` taking its result, are missing from @types/pdfkit. */
interface OpenedImage {
  readonly width: number;
  readonly height: number;
  /** EXIF orientation of a JPEG; 5 to 8 turn it a quarter. */
  readonly orientation?: number;
}
interface PdfKitImages {
  openImage(src: Buffer): OpenedImage;
  image(src: OpenedImage, x: number, y: number, options: { width: number; height: number }): unknown;
}

/** The prepared image opened in `doc`, or null when pdfkit cannot read it after all. */
function openImage(doc: PDFKit.PDFDocument, source: Buffer): OpenedImage | null {
  try {
    const image = (doc as unknown as PdfKitImages).openImage(source);
    return image.width > 0 && image.height > 0 ? image : null;
  } catch {
    return null; // pdfkit throws (strings, for JPEG) on headers it cannot read
  }
}

// ---------------------------------------------------------------------------------------------
// Annexes: every PDF attachment's pages, appended after the synthesis.
//
// pdf-lib decodes every object stream and cross-reference stream of a file as it loads it, whatever
// their size: a 1 MB file whose object stream inflates to 1 GB took 1.1 GB of memory (outside the
// JavaScript heap, where no heap limit sees it) and 17 s. And each value it parses (number, name,
// array, dictionary…) is an object on the heap, up to about 230 bytes: a 5 MB file holds a million.
// While an annex loads, both are counted against a budget, through three hooks into pdf-lib's parser
// (1.17.1, pinned: a hook that no longer finds its method fails at import); past it, the annex is
// left out and listed as too large.

/** Bytes the streams pdf-lib decodes while loading one annex may inflate to: real files need a few megabytes. */
const MAX_ANNEX_INFLATED_BYTES = 32 * 1024 * 1024;
const MAX_DOCUMENT_INFLATED_BYTES = 128 * 1024 * 1024;
/** PDF values parsed from one annex: a report of a hundred pages holds tens of thousands. */
const MAX_ANNEX_VALUES = 250_000;
const MAX_DOCUMENT_VALUES = 500_000;

type Cost = 'inflatedBytes' | 'values';

class AnnexTooLarge extends Error {
  override name = 'AnnexTooLarge';
}

/** What loading one annex may cost; once exceeded, every further charge fails, so that pdf-lib cannot carry on. */
class ReadBudget {
  exceeded = false;
  readonly spent: Record<Cost, number> = { inflatedBytes: 0, values: 0 };
  constructor(private readonly limits: Record<Cost, number>) {}

  charge(cost: Cost, amount: number): void {
    this.spent[cost] += amount;
    if (this.exceeded || this.spent[cost] > this.limits[cost]) {
      this.exceeded = true;
      throw new AnnexTooLarge(`The annex needs more than ${this.limits[cost]} ${cost}`);
    }
  }
}

/** The budget of the annex being loaded, wherever pdf-lib's parser is in it. */
const reading = new AsyncLocalStorage<ReadBudget>();

/** Charges the budget of the annex being loaded, if any, before each call of a method of one of pdf-lib's internal classes. */
function meter(module: string, method: string, charge: (self: Record<string, unknown>, budget: ReadBudget, args: unknown[]) => void): void {
  const prototype = (require(`pdf-lib/cjs/core/${module}.js`) as { default?: { prototype?: Record<string, unknown> } }).default?.prototype;
  const original = prototype?.[method];
  if (!prototype || typeof original !== 'function') throw new Error(`pdf-lib has no ${module}.${method} any more: update the annex reading bounds`);
  prototype[method] = function (this: Record<string, unknown>, ...args: unknown[]): unknown {
    const budget = reading.getStore();
    if (budget) charge(this, budget, args);
    return original.apply(this, args);
  };
}

// Every decoding filter (Flate, LZW, RunLength, ASCII85, ASCIIHex) asks ensureBuffer for room for its whole
// output so far before it writes more: the growth is charged before anything is allocated.
const decodedSoFar = new WeakMap<object, number>();
meter('streams/DecodeStream', 'ensureBuffer', (stream, budget, [requested]) => {
  const before = decodedSoFar.get(stream) ?? 0;
  if (typeof requested !== 'number' || requested <= before) return;
  decodedSoFar.set(stream, requested);
  budget.charge('inflatedBytes', requested - before);
});
meter('parser/PDFObjectParser', 'parseObject', (_parser, budget) => budget.charge('values', 1));
// pdf-lib catches a failure inside an indirect object and keeps its bytes as an invalid object: a spent budget fails that too.
meter('parser/PDFParser', 'tryToParseInvalidIndirectObject', (_parser, budget) => budget.charge('values', 1));

/** An annex's number and its pages, copied into the output; or why it is not integrated. */
type Annex = { number: number; pages: PDFPage[] } | 'unreadable' | 'too large';

/** What is read of the attachments before layout. */
interface Prepared {
  annexes: Map<SynthesisAttachment, Annex>;
  images: Map<SynthesisAttachment, PreparedImage>;
}

function isPdf(attachment: SynthesisAttachment): boolean {
  return attachment.mediaType.toLowerCase() === 'application/pdf';
}

function isImage(attachment: SynthesisAttachment): boolean {
  return ['image/jpeg', 'image/png'].includes(attachment.mediaType.toLowerCase());
}

/**
 * Copies the pages of every PDF attachment into `output`, before the synthesis is laid out, so that it
 * can say which annexes made it. pdf-lib's default options refuse an encrypted file (instead of copying
 * its unreadable content); a damaged one, or one without pages, is not integrated either, nor one that
 * costs more than its budget to read.
 */
async function prepareAnnexes(output: PDFDocument, messages: Message[]): Promise<Map<SynthesisAttachment, Annex>> {
  const annexes = new Map<SynthesisAttachment, Annex>();
  const left: Record<Cost, number> = { inflatedBytes: MAX_DOCUMENT_INFLATED_BYTES, values: MAX_DOCUMENT_VALUES };
  let number = 0;
  for (const attachment of messages.flatMap((message) => message.attachments).filter(isPdf)) {
    const budget = new ReadBudget({ inflatedBytes: Math.min(MAX_ANNEX_INFLATED_BYTES, left.inflatedBytes), values: Math.min(MAX_ANNEX_VALUES, left.values) });
    try {
      const pages = await reading.run(budget, async () => {
        // No pause every hundred objects: the renderer has its thread to itself, and a deadline.
        const source = await PDFDocument.load(attachment.bytes, { parseSpeed: ParseSpeeds.Fastest });
        return output.copyPages(source, source.getPageIndices());
      });
      // Only the pages' content: no actions run on opening a page, no links or other annotations.
      for (const page of pages) for (const key of ['AA', 'Annots']) page.node.delete(PDFName.of(key));
      annexes.set(attachment, pages.length > 0 ? { number: ++number, pages } : 'unreadable');
    } catch {
      annexes.set(attachment, budget.exceeded ? 'too large' : 'unreadable');
    } finally {
      left.inflatedBytes -= budget.spent.inflatedBytes;
      left.values -= budget.spent.values;
    }
  }
  return annexes;
}

// ---------------------------------------------------------------------------------------------
// Layout

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
  doc.x = left; // giving x moved the text flow's left edge
}

function rule(doc: PDFKit.PDFDocument): void {
  const left = doc.page.margins.left;
  doc.save().moveTo(left, doc.y).lineTo(left + textWidth(doc), doc.y).lineWidth(0.5).strokeColor(RULE_COLOR).stroke().restore();
}

function writeHeader(doc: PDFKit.PDFDocument, synthesis: SynthesisDocument): void {
  doc.font(BOLD).fontSize(18).text('Synthèse de téléexpertise');
  doc.moveDown(0.5).fontSize(BODY_SIZE);
  field(doc, 'Référence', synthesis.reference);
  field(doc, 'Statut', STATUS_LABELS[synthesis.status]);
  if (synthesis.declineReason) field(doc, 'Motif du refus', synthesis.declineReason);
  if (synthesis.withdrawReason) field(doc, 'Motif du retrait', synthesis.withdrawReason);
  field(doc, 'Envoyée le', formatDateTime(synthesis.createdAt));
  field(doc, 'Échéance', formatDateTime(synthesis.dueAt));
  doc.fillColor(MUTED_COLOR).text(`Générée le ${formatDateTime(synthesis.generatedAt)} par ${describeParty(synthesis.generatedBy)}`).fillColor(TEXT_COLOR);
}

function writeParties(doc: PDFKit.PDFDocument, synthesis: SynthesisDocument): void {
  heading(doc, 'Parties');
  field(doc, 'Demandeur', describeParty(synthesis.requester));
  if (synthesis.onBehalfOf) indented(doc, `au nom de ${describeParty(synthesis.onBehalfOf)}`);
  field(doc, 'Expert', describeParty(synthesis.expert));
}

function writePatient(doc: PDFKit.PDFDocument, synthesis: SynthesisDocument): void {
  heading(doc, 'Patient');
  const { patient, consent } = synthesis;
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

function writeQuestion(doc: PDFKit.PDFDocument, synthesis: SynthesisDocument): void {
  heading(doc, 'Question');
  doc.text(plainText(synthesis.question));
}

function authorLabel(message: Message): string {
  if (message.author) return fullName(message.author);
  return message.kind === 'SYSTEM' ? 'Système' : 'Auteur inconnu';
}

const KIND_LABELS: Record<Message['kind'], string> = { TEXT: '', PREREQUISITES: ' — prérequis', SYSTEM: ' — message système' };

/** An image's size on the page: scaled down (never up) to the indented text width and a share of the page height. */
function imageSize(doc: PDFKit.PDFDocument, image: OpenedImage): { width: number; height: number } {
  // pdfkit turns a JPEG by its EXIF orientation: lay out the turned size.
  const [width, height] = (image.orientation ?? 1) > 4 ? [image.height, image.width] : [image.width, image.height];
  const scale = Math.min(1, (textWidth(doc) - INDENT) / width, (doc.page.height * IMAGE_MAX_PAGE_FRACTION) / height);
  return { width: width * scale, height: height * scale };
}

/** The attachment's line, then its image if it has one that can be drawn. */
function writeAttachment(doc: PDFKit.PDFDocument, attachment: SynthesisAttachment, { annexes, images }: Prepared): void {
  const prepared = images.get(attachment);
  const image = prepared && 'source' in prepared ? openImage(doc, prepared.source) : null;
  let note = '';
  if (isPdf(attachment)) {
    const annex = annexes.get(attachment);
    if (typeof annex === 'object') note = ` — annexe ${annex.number}, ajoutée en fin de document`;
    else if (annex === 'too large') note = ' — annexe non intégrée (fichier trop volumineux ou trop complexe) : à télécharger depuis la conversation';
    else note = ' — annexe non intégrée (fichier illisible ou chiffré) : à télécharger depuis la conversation';
  } else if (isImage(attachment) && !image) {
    note = prepared && 'refused' in prepared && prepared.refused === 'too large' ? ' — image trop grande pour être affichée : à télécharger depuis la conversation' : ' — image illisible';
  }
  const line = `• ${plainText(attachment.fileName)} (${attachment.mediaType}, ${formatSize(attachment.size)})${note}`;
  doc.font(REGULAR).fontSize(BODY_SIZE);
  const drawing = image ? { image, size: imageSize(doc, image) } : null;
  // The line moves to the next page with its image when the image does not fit below it.
  if (drawing) ensureSpace(doc, doc.heightOfString(line, { width: textWidth(doc) - INDENT }) + 2 * doc.currentLineHeight(true) + drawing.size.height);
  indented(doc, line);
  doc.fontSize(SMALL_SIZE).fillColor(MUTED_COLOR);
  indented(doc, `SHA-256 : ${attachment.sha256}`, 2);
  doc.fontSize(BODY_SIZE).fillColor(TEXT_COLOR);
  if (drawing) {
    doc.moveDown(0.2);
    (doc as unknown as PdfKitImages).image(drawing.image, doc.page.margins.left + INDENT, doc.y, drawing.size);
    doc.y += drawing.size.height; // drawn at a given position, the image does not move the text flow
    doc.moveDown(0.3);
  }
}

function writeMessage(doc: PDFKit.PDFDocument, message: Message, prepared: Prepared): void {
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

function writeConversation(doc: PDFKit.PDFDocument, messages: Message[], prepared: Prepared): void {
  heading(doc, 'Conversation');
  if (messages.length === 0) doc.text('Aucun message.');
  for (const message of messages) writeMessage(doc, message, prepared);
}

function writeReports(doc: PDFKit.PDFDocument, reports: Report[]): void {
  heading(doc, 'Compte-rendu');
  const versions = [...reports].sort((a, b) => a.version - b.version);
  const inForce = versions.at(-1);
  if (!inForce) {
    doc.text('Aucun compte-rendu signé à la date de la synthèse.');
    return;
  }
  doc.font(BOLD).text(`Version en vigueur : version ${inForce.version}, signée le ${formatDateTime(inForce.signedAt)}.`);
  for (const report of versions) {
    const title = `Version ${report.version}${report === inForce ? ' (en vigueur)' : ' (remplacée)'}`;
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
}

/** "reference … page X / Y" at the bottom of every synthesis page (annexes keep their own pages untouched). */
function writeFooters(doc: PDFKit.PDFDocument, reference: string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    const { left, bottom } = doc.page.margins;
    // Text written inside the bottom margin would otherwise make pdfkit open a new page.
    doc.page.margins.bottom = 0;
    const y = doc.page.height - bottom / 2;
    const options = { width: textWidth(doc), lineBreak: false } as const;
    doc.font(REGULAR).fontSize(SMALL_SIZE).fillColor(MUTED_COLOR);
    doc.text(`Synthèse de téléexpertise ${reference}`, left, y, { ...options, align: 'left' });
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

/** The synthesis pages alone, laid out by pdfkit. */
async function layOut(synthesis: SynthesisDocument, messages: Message[], prepared: Prepared): Promise<Buffer> {
  const doc = new PdfKit({ size: 'A4', margin: MARGIN, bufferPages: true });
  const bytes = collect(doc);
  doc.registerFont(REGULAR, FONT_FILES.regular);
  doc.registerFont(BOLD, FONT_FILES.bold);
  writeHeader(doc, synthesis);
  writeParties(doc, synthesis);
  writePatient(doc, synthesis);
  writeQuestion(doc, synthesis);
  writeConversation(doc, messages, prepared);
  writeReports(doc, synthesis.reports);
  writeFooters(doc, synthesis.reference);
  doc.end();
  return bytes;
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
  const laidOut = await PDFDocument.load(await layOut(synthesis, messages, { annexes, images }));
  for (const page of await output.copyPages(laidOut, laidOut.getPageIndices())) output.addPage(page);
  for (const annex of annexes.values()) if (typeof annex === 'object') for (const page of annex.pages) output.addPage(page);

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
