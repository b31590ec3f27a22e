// PDFs in tests: made with pdf-lib, read back with poppler (pdftotext, pdfinfo, pdfimages), as a person would read them.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument, StandardFonts } from 'pdf-lib';

const run = promisify(execFile);

export interface ReadBack {
  /** pdftotext -layout, runs of spaces collapsed. */
  text: string;
  /** The same, with line breaks also collapsed: for lines that may wrap. */
  flat: string;
  /** The text, page by page. */
  pages: string[];
  /** pdfinfo, dates in ISO 8601 (UTC), whatever the machine's time zone. */
  info: string;
  pageCount: number;
  /** pdfimages -list rows (type image or smask), without the header. */
  images: string[];
}

export async function readPdf(bytes: Uint8Array): Promise<ReadBack> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'teleexpertise-pdf-'));
  try {
    const file = path.join(directory, 'document.pdf');
    await writeFile(file, bytes);
    const [{ stdout: raw }, { stdout: info }, { stdout: images }] = await Promise.all([
      run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 }),
      run('pdfinfo', ['-isodates', file]),
      run('pdfimages', ['-list', file]),
    ]);
    const text = raw.replace(/[ \t]+/g, ' ');
    const pageCount = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
    return {
      text,
      flat: text.replace(/\s+/g, ' '),
      pages: text.split('\f').slice(0, pageCount),
      info,
      pageCount,
      images: images.split('\n').slice(2).filter((line) => line.trim() !== ''),
    };
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

/** A PDF made with pdf-lib, one line of `text` per page. */
export async function pdfWithText(text: string, pages: number): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (let page = 1; page <= pages; page++) document.addPage([400, 300]).drawText(`${text} page ${page}`, { x: 40, y: 150, size: 14, font });
  return document.save();
}
