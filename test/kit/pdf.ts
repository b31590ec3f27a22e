// PDFs in tests: made with pdf-lib, read back with pdf.js (text, information, drawn images) as a reader would see them.
import { createRequire } from 'node:module';
import path from 'node:path';
import { PDFDocument, PDFName, PDFNumber, PDFRef, PDFStream, StandardFonts } from 'pdf-lib';
import { getDocument, OPS, PDFDateString, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';

/** What the document information dictionary says. */
export interface PdfInfo {
  title: string | null;
  producer: string | null;
  /** ISO 8601, UTC, whatever the machine's time zone. */
  creationDate: string | null;
}

/** An image painted on a page, once per time it is painted. */
export interface DrawnImage {
  /** 1-based. */
  page: number;
  /** Its pixels (the image dictionary's /Width and /Height). */
  width: number;
  height: number;
  /** Its /SMask (the transparency drawn with it), or null. */
  softMask: { width: number; height: number } | null;
}

export interface ReadBack {
  /** Every visual line on a line of its own, top to bottom, runs of spaces collapsed; pages separated by a line holding a form feed. */
  text: string;
  /** The same, with line breaks also collapsed: for lines that may wrap. */
  flat: string;
  /** The text, page by page. */
  pages: string[];
  info: PdfInfo;
  pageCount: number;
  images: DrawnImage[];
}

const pdfjsRoot = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

interface Positioned {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** A page's text items, grouped into lines by baseline, lines top to bottom and items left to right. */
async function pageText(page: PDFPageProxy): Promise<string> {
  // Without this, pdf.js rewrites compatibility characters (µ becomes μ): the test reads what is printed.
  const { items } = await page.getTextContent({ disableNormalization: true });
  const lines: Positioned[][] = [];
  for (const item of items) {
    if (!('str' in item) || item.str === '') continue;
    const [a, b, c, d, x, y] = item.transform as number[];
    const positioned = {
      text: item.str,
      x: x!,
      y: y!,
      width: item.width,
      size: Math.hypot(c!, d!) || Math.hypot(a!, b!),
    };
    const line = lines.find(
      (candidate) => Math.abs(candidate[0]!.y - positioned.y) < Math.max(candidate[0]!.size, positioned.size) / 2,
    );
    if (line) line.push(positioned);
    else lines.push([positioned]);
  }
  return lines
    .sort((one, other) => other[0]!.y - one[0]!.y)
    .map((line) => {
      line.sort((one, other) => one.x - other.x);
      let joined = '';
      let end = Number.NEGATIVE_INFINITY;
      for (const item of line) {
        // A gap wider than a fifth of the text size reads as a space, as it does to the eye.
        if (joined !== '' && item.x - end > item.size / 5) joined += ' ';
        joined += item.text;
        end = item.x + item.width;
      }
      return joined.replace(/[ \t]+/g, ' ').trim();
    })
    .filter((line) => line !== '')
    .join('\n');
}

/** pdf.js's decoded image object, which carries the reference of the XObject it was read from. */
function decodedImage(page: PDFPageProxy, objId: string): Promise<{ ref?: string } | null> {
  const objects = objId.startsWith('g_') ? page.commonObjs : page.objs;
  return new Promise((resolve) => objects.get(objId, resolve));
}

/** The pixel size of an image XObject's dictionary, read with pdf-lib. */
function dimensions(source: PDFDocument, ref: PDFRef): { width: number; height: number; smask: PDFRef | undefined } {
  const { dict } = source.context.lookup(ref, PDFStream);
  const smask = dict.get(PDFName.of('SMask'));
  return {
    width: dict.lookup(PDFName.of('Width'), PDFNumber).asNumber(),
    height: dict.lookup(PDFName.of('Height'), PDFNumber).asNumber(),
    smask: smask instanceof PDFRef ? smask : undefined,
  };
}

/**
 * The images a page paints, in painting order. pdf.js says which are painted (its operator list); pdf-lib reads
 * their dictionaries, found by the reference pdf.js's decoded image keeps (`imgData.ref`, pdf.worker.mjs of
 * pdfjs-dist 5.5.207, `buildPaintImageXObject`), since the operator list names images by ids of its own.
 */
async function pageImages(page: PDFPageProxy, source: PDFDocument): Promise<DrawnImage[]> {
  const { fnArray, argsArray } = await page.getOperatorList();
  const images: DrawnImage[] = [];
  for (const [index, fn] of fnArray.entries()) {
    const args = argsArray[index] as unknown[];
    if (fn === OPS.paintInlineImageXObject) {
      // An inline image has no dictionary of its own, and cannot have a soft mask.
      const { width, height } = args[0] as { width: number; height: number };
      images.push({ page: page.pageNumber, width, height, softMask: null });
    } else if (fn === OPS.paintImageXObject || fn === OPS.paintImageXObjectRepeat) {
      const objId = args[0] as string;
      const ref = /^(\d+)R(\d*)$/.exec((await decodedImage(page, objId))?.ref ?? '');
      if (!ref) throw new Error(`pdf.js gave no object reference for image ${objId} on page ${page.pageNumber}`);
      const image = dimensions(source, PDFRef.of(Number(ref[1]), Number(ref[2] || 0)));
      const softMask = image.smask ? dimensions(source, image.smask) : null;
      const drawn = {
        page: page.pageNumber,
        width: image.width,
        height: image.height,
        softMask: softMask && { width: softMask.width, height: softMask.height },
      };
      const times = fn === OPS.paintImageXObjectRepeat ? (args[3] as ArrayLike<number>).length / 2 : 1;
      for (let time = 0; time < times; time++) images.push({ ...drawn });
    } else if (
      [
        OPS.paintInlineImageXObjectGroup,
        OPS.paintImageMaskXObject,
        OPS.paintImageMaskXObjectGroup,
        OPS.paintImageMaskXObjectRepeat,
        OPS.paintSolidColorImageMask,
      ].includes(fn)
    ) {
      throw new Error(`readPdf does not read image operator ${fn} (page ${page.pageNumber})`);
    }
  }
  return images;
}

function infoString(info: Record<string, unknown>, key: string): string | null {
  const value = info[key];
  return typeof value === 'string' ? value : null;
}

export async function readPdf(bytes: Uint8Array): Promise<ReadBack> {
  const source = await PDFDocument.load(bytes, { updateMetadata: false });
  const document = await getDocument({
    // pdf.js may detach the buffer it is given: a copy keeps the caller's.
    data: new Uint8Array(bytes),
    // The fonts pdf-lib references without embedding them (Helvetica).
    standardFontDataUrl: `${pdfjsRoot}/standard_fonts/`,
    wasmUrl: `${pdfjsRoot}/wasm/`,
    isEvalSupported: false,
    verbosity: VerbosityLevel.ERRORS,
  }).promise;
  try {
    const pages: string[] = [];
    const images: DrawnImage[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      pages.push(await pageText(page));
      images.push(...(await pageImages(page, source)));
    }
    const info = (await document.getMetadata()).info as Record<string, unknown>;
    const created = infoString(info, 'CreationDate');
    const text = pages.join('\n\f\n');
    return {
      text,
      flat: text.replace(/\s+/g, ' '),
      pages,
      info: {
        title: infoString(info, 'Title'),
        producer: infoString(info, 'Producer'),
        creationDate: created === null ? null : (PDFDateString.toDateObject(created)?.toISOString() ?? null),
      },
      pageCount: document.numPages,
      images,
    };
  } finally {
    await document.destroy();
  }
}

/** A PDF made with pdf-lib, one line of `text` per page. */
export async function pdfWithText(text: string, pages: number): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (let page = 1; page <= pages; page++)
    document.addPage([400, 300]).drawText(`${text} page ${page}`, { x: 40, y: 150, size: 14, font });
  return document.save();
}
