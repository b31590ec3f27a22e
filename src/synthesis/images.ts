// Images of the synthesis: which JPEG and PNG attachments pdfkit may be given, PNGs decoded and written again first, and drawing them.
//
// pdfkit 0.20.2 decodes PNGs with png-js 2.0.0, which trusts the file: it reads chunk lengths as signed, so a
// bad one can make it loop (https://github.com/foliojs/png.js/blob/ce0b0138a95b1dd6557f518c7a8dea2ff4fa3694/src/index.js#L159-L165),
// and corrupt pixel data throws from a zlib callback, uncaught, leaving the document unfinished
// (https://github.com/foliojs/pdfkit/issues/1747). So each PNG is decoded by fast-png first and pdfkit is given
// it written again plainly. (pngjs was tried too: on corrupt zlib data its decoders return garbage or throw uncaught.)
import { inflateSync } from 'node:zlib';
import { decode, encode } from 'fast-png';
import { isImage, type SynthesisAttachment, type SynthesisMessage } from './document.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_SIGNATURE = [0xff, 0xd8];
/** A 12-megapixel photo is drawn; a larger PNG is listed, to be downloaded from the conversation. */
const MAX_PNG_PIXELS = 12_000_000;
const MAX_DOCUMENT_PNG_PIXELS = 48_000_000;

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte);
}

/** What can be drawn of an image attachment: bytes pdfkit reads safely, or why not. */
export type PreparedImage = { source: Buffer } | { refused: 'unreadable' | 'too large' };

/**
 * The chunks that make the picture; the others (profiles, text, animation frames) are dropped unread, since
 * fast-png 8.0.0 inflates them without a bound (iCCP: https://github.com/image-js/fast-png/blob/v8.0.0/src/png_decoder.ts#L390).
 */
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
function inflatedPngSize(
  width: number,
  height: number,
  depth: number,
  colorType: number,
  interlaced: boolean,
): number | null {
  const samples = PNG_SAMPLES[colorType];
  if (!samples || ![1, 2, 4, 8, 16].includes(depth)) return null;
  const rows = (columns: number, count: number) =>
    columns > 0 && count > 0 ? count * (1 + Math.ceil((columns * samples * depth) / 8)) : 0;
  if (!interlaced) return rows(width, height);
  return ADAM7.reduce(
    (sum, [x, y, dx, dy]) => sum + rows(Math.ceil((width - x) / dx), Math.ceil((height - y) / dy)),
    0,
  );
}

/**
 * The PNG with only its picture chunks, once its pixel data has been seen to inflate to no more than its
 * header announces (fast-png 8.0.0 inflates it whole before comparing: https://github.com/image-js/fast-png/blob/v8.0.0/src/png_decoder.ts#L296);
 * null when it is cut short, or its data is more (a zlib bomb) or not zlib at all.
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
  const expected = inflatedPngSize(
    header.readUInt32BE(0),
    header.readUInt32BE(4),
    header[8]!,
    header[9]!,
    header[12] === 1,
  );
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
export function prepareImages(messages: SynthesisMessage[]): Map<SynthesisAttachment, PreparedImage> {
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

/** What pdfkit's `openImage` returns. That method, and `image()` taking its result, are missing from @types/pdfkit 0.17.6. */
export interface OpenedImage {
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
export function openImage(doc: PDFKit.PDFDocument, source: Buffer): OpenedImage | null {
  try {
    const image = (doc as unknown as PdfKitImages).openImage(source);
    return image.width > 0 && image.height > 0 ? image : null;
  } catch {
    return null; // pdfkit throws (strings, for JPEG: https://github.com/foliojs/pdfkit/blob/bc6667ebd83151a37d196cf1e0c5644f52f1badc/lib/image/jpeg.js#L103) on headers it cannot read
  }
}

/** Draws an opened image at a given position and size. */
export function drawImage(
  doc: PDFKit.PDFDocument,
  image: OpenedImage,
  x: number,
  y: number,
  size: { width: number; height: number },
): void {
  (doc as unknown as PdfKitImages).image(image, x, y, size);
}
