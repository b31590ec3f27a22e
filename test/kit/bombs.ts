// Hostile files for the synthesis: small on disk, huge once inflated or parsed. Built without ever holding
// what they inflate to, so that the test process's own memory says what the code under test did.
import { constants, crc32, deflateRawSync, deflateSync } from 'node:zlib';

const SEGMENT = 16 * 1024 * 1024;

/**
 * A zlib stream that inflates to `size` zero bytes (rounded down to 16 MiB), about a thousandth of that:
 * one fully flushed segment, repeated, then an empty last block and the Adler-32 of the zeros.
 */
export function zeroBomb(size: number): Buffer {
  const segment = deflateRawSync(Buffer.alloc(SEGMENT), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const count = Math.max(1, Math.floor(size / SEGMENT));
  const adler = Buffer.alloc(4);
  // Zeros leave Adler-32's first sum at 1 and add 1 to the second for each byte.
  adler.writeUInt32BE((((count * SEGMENT) % 65521) * 65536 + 1) >>> 0);
  return Buffer.concat([
    Buffer.from([0x78, 0xda]),
    ...Array.from({ length: count }, () => segment),
    deflateRawSync(Buffer.alloc(0)),
    adler,
  ]);
}

/** A one-page PDF (the page reads `text` in Helvetica) with one more object written as `body`, and a cross-reference table. */
function pdfWith(text: string, extra: (Buffer | string)[]): Buffer {
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  const add = (part: Buffer | string) => {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'latin1') : part;
    parts.push(bytes);
    length += bytes.length;
  };
  const object = (number: number, ...body: (Buffer | string)[]) => {
    offsets[number] = length;
    add(`${number} 0 obj\n`);
    body.forEach(add);
    add('\nendobj\n');
  };
  const content = `BT /F1 14 Tf 40 150 Td (${text}) Tj ET`;
  add('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n');
  object(1, '<< /Type /Catalog /Pages 2 0 R >>');
  object(2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  object(
    3,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 300] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
  );
  object(4, `<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  object(5, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  object(6, ...extra);
  const xref = length;
  const entries = offsets.slice(1).map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`);
  add(
    `xref\n0 ${offsets.length}\n0000000000 65535 f \n${entries.join('')}trailer\n<< /Size ${offsets.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`,
  );
  return Buffer.concat(parts);
}

/** A valid one-page PDF whose object stream inflates to `size` bytes of zeros: pdf-lib inflates object streams as it loads a file. */
export function objectStreamBombPdf(text: string, size: number): Buffer {
  const stream = zeroBomb(size);
  return pdfWith(text, [
    `<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${stream.length} >>\nstream\n`,
    stream,
    '\nendstream',
  ]);
}

/** A valid one-page PDF that also holds `count` empty arrays, compressed in an object stream: a few bytes each. */
export function manyObjectsPdf(text: string, count: number): Buffer {
  const numbers: string[] = [];
  for (let i = 0; i < count; i++) numbers.push(`${i + 7} ${i * 3}`);
  const header = `${numbers.join(' ')} `;
  const stream = deflateSync(Buffer.from(header + '[] '.repeat(count), 'latin1'), { level: 9 });
  return pdfWith(text, [
    `<< /Type /ObjStm /N ${count} /First ${header.length} /Filter /FlateDecode /Length ${stream.length} >>\nstream\n`,
    stream,
    '\nendstream',
  ]);
}

/** A PNG chunk: its length, type, data and CRC. */
export function pngChunk(type: string, data: Buffer): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const frame = Buffer.alloc(8 + data.length + 4);
  frame.writeUInt32BE(data.length, 0);
  typed.copy(frame, 4);
  frame.writeUInt32BE(crc32(typed), 8 + data.length);
  return frame;
}

/**
 * An RGB PNG, 8 bits, every pixel the same, with `extra` chunks before its pixels; `pixels` replaces its
 * compressed pixel data (IDAT).
 */
export function png(
  width: number,
  height: number,
  options: { pixels?: Buffer; extra?: [string, Buffer][] } = {},
): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 2;
  const row = Buffer.alloc(1 + 3 * width, 0x80);
  row[0] = 0;
  const pixels = options.pixels ?? deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    ...(options.extra ?? []).map(([type, data]) => pngChunk(type, data)),
    pngChunk('IDAT', pixels),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

const MB = 1024 * 1024;

/**
 * How much the process's resident memory grew while `operation` ran: by its high-water mark (getrusage: it
 * sees a peak between two samples, but not below an earlier, higher peak), and by samples taken every
 * 10 ms (when the event loop is free to take them). Also the longest the event loop went without a turn.
 */
export async function watchMemory<T>(
  operation: () => Promise<T>,
): Promise<{ result: T; peakGrowthMb: number; sampledGrowthMb: number; longestStallMs: number }> {
  const before = process.memoryUsage.rss();
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  let sampled = before;
  let last = performance.now();
  let longestStallMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longestStallMs = Math.max(longestStallMs, now - last);
    last = now;
    sampled = Math.max(sampled, process.memoryUsage.rss());
  }, 10);
  try {
    const result = await operation();
    longestStallMs = Math.max(longestStallMs, performance.now() - last);
    const peakAfter = process.resourceUsage().maxRSS * 1024;
    return {
      result,
      peakGrowthMb: (peakAfter - peakBefore) / MB,
      sampledGrowthMb: (sampled - before) / MB,
      longestStallMs,
    };
  } finally {
    clearInterval(timer);
  }
}
