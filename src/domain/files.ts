// Pièces jointes: what an uploaded file really is (by its bytes), whether medicine may use it, a safe name, and its storage.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import sanitize from 'sanitize-filename';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { visibleAttachmentWhere } from './access.ts';
import { traceReads, type Tx } from './changes.ts';
import { badInput } from './errors.ts';

/** A file as received from a client (a WHATWG File from a multipart upload). */
export interface Upload {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface CheckedFile {
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  bytes: Uint8Array<ArrayBuffer>;
}

export const DEFAULT_MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
/** Files sent with one request or message. */
export const MAX_FILES_PER_MESSAGE = 20;

const TEXT = 'text/plain';

/** Media types accepted, by what the bytes say; with a label a person understands. */
const ALLOWED: Record<string, string> = {
  'application/pdf': 'a PDF document',
  'image/jpeg': 'a JPEG image',
  'image/png': 'a PNG image',
  'image/heic': 'a HEIC image',
  'image/heif': 'a HEIF image',
  'application/dicom': 'a DICOM image',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'a Word document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'an Excel workbook',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'a PowerPoint presentation',
  'application/vnd.oasis.opendocument.text': 'an OpenDocument text',
  'application/vnd.oasis.opendocument.spreadsheet': 'an OpenDocument spreadsheet',
  'application/vnd.oasis.opendocument.presentation': 'an OpenDocument presentation',
  'application/msword': 'a Word 97-2003 document',
  'application/vnd.ms-excel': 'an Excel 97-2003 workbook',
  'application/vnd.ms-powerpoint': 'a PowerPoint 97-2003 presentation',
  'application/rtf': 'an RTF document',
  [TEXT]: 'plain text',
};

/** What a file name's extension promises, for the extensions of the allowed types. */
const EXTENSIONS: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  jpe: 'image/jpeg',
  png: 'image/png',
  heic: 'image/heic',
  heif: 'image/heif',
  dcm: 'application/dicom',
  dicom: 'application/dicom',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
  rtf: 'application/rtf',
  txt: TEXT,
  text: TEXT,
  csv: TEXT,
};

/** HEIC and HEIF are one family; a photo named .heic may hold either. */
const SAME_FAMILY: Record<string, string> = { 'image/heif': 'image/heic' };

const ACCEPTED_LIST =
  'PDF, JPEG, PNG, HEIC, DICOM, office documents (Word, Excel, PowerPoint, OpenDocument, RTF) or plain text';

/** Reads, checks and fingerprints a file; refuses it with a clear error (nothing is stored yet). */
export async function checkUpload(upload: Upload, maxBytes: number): Promise<CheckedFile> {
  const fileName = safeFileName(upload.name);
  if (upload.size > maxBytes) throw tooLarge(fileName, upload.size, maxBytes);
  const bytes = new Uint8Array(await upload.arrayBuffer());
  if (bytes.byteLength > maxBytes) throw tooLarge(fileName, bytes.byteLength, maxBytes);
  if (bytes.byteLength === 0) throw badInput(`"${fileName}" is empty: attach the file again`, { fileName });

  const mediaType = await mediaTypeOf(bytes, fileName);
  const extension = path.extname(fileName).slice(1).toLowerCase();
  const promised = EXTENSIONS[extension];
  if (promised && family(promised) !== family(mediaType)) {
    throw badInput(
      `"${fileName}" is not ${ALLOWED[promised]}: its content is ${ALLOWED[mediaType]}. Rename it or attach the right file`,
      {
        fileName,
        mediaType,
      },
    );
  }
  return {
    fileName,
    mediaType,
    size: bytes.byteLength,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes,
  };
}

async function mediaTypeOf(bytes: Uint8Array, fileName: string): Promise<string> {
  const detected = await fileTypeFromBuffer(bytes);
  let mediaType = detected?.mime as string | undefined;
  if (mediaType === 'application/x-cfb') mediaType = legacyOfficeType(fileName);
  if (mediaType === undefined && isText(bytes)) mediaType = TEXT;
  if (mediaType === undefined || !(mediaType in ALLOWED)) {
    throw badInput(
      `"${fileName}" is ${detected ? `a ${detected.ext.toUpperCase()} file` : 'of an unknown type'}: only ${ACCEPTED_LIST} can be attached`,
      {
        fileName,
        ...(detected ? { mediaType: detected.mime } : {}),
      },
    );
  }
  return mediaType;
}

/** Word, Excel and PowerPoint 97-2003 files share one container format: the name tells which. */
function legacyOfficeType(fileName: string): string | undefined {
  const promised = EXTENSIONS[path.extname(fileName).slice(1).toLowerCase()];
  return promised &&
    ['application/msword', 'application/vnd.ms-excel', 'application/vnd.ms-powerpoint'].includes(promised)
    ? promised
    : undefined;
}

/** Valid UTF-8 without control characters other than tab, line feed, carriage return and form feed. */
function isText(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
}

function family(mediaType: string): string {
  return SAME_FAMILY[mediaType] ?? mediaType;
}

function tooLarge(fileName: string, size: number, maxBytes: number) {
  return badInput(
    `"${fileName}" is ${megabytes(size)}: files are limited to ${megabytes(maxBytes)} each. Send a smaller or compressed file`,
    {
      fileName,
      maxBytes,
    },
  );
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;

const MAX_NAME_LENGTH = 150;

/**
 * A name safe to store, show and send in a header: no directory part, no control or reserved
 * characters, no commas or semicolons (they split Content-Disposition), accents kept in NFC.
 */
export function safeFileName(raw: string): string {
  const base = raw.normalize('NFC').split(/[\\/]/).pop() ?? '';
  let name = base
    .replace(/[\p{Cc}\p{Cf},;"'`<>:|?*%]/gu, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s._]+/, '')
    .trim();
  if (name.length > MAX_NAME_LENGTH) {
    const extension = path.extname(name).slice(0, 10);
    name = name.slice(0, MAX_NAME_LENGTH - extension.length) + extension;
  }
  name = sanitize(name, { replacement: '_' });
  return name === '' || /^_*(\.[^.]*)?$/.test(name) ? `file${path.extname(name)}` : name;
}

/** The name in ASCII, for clients that cannot read the UTF-8 form of a Content-Disposition header. */
export function asciiFileName(fileName: string): string {
  return fileName
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]/g, '_');
}

/** Stores the bytes once per content and returns nothing: attachments reference them by sha256. */
export async function storeContents(tx: Tx, files: CheckedFile[]): Promise<void> {
  if (files.length === 0) return;
  const unique = new Map(files.map((file) => [file.sha256, file]));
  await tx.fileContent.createMany({
    data: [...unique.values()].map((file) => ({ sha256: file.sha256, bytes: file.bytes, size: file.size })),
    skipDuplicates: true,
  });
}

/** Checks every file of one message before anything is written. */
export async function checkUploads(
  uploads: readonly Upload[] | null | undefined,
  maxBytes: number,
): Promise<CheckedFile[]> {
  if (!uploads || uploads.length === 0) return [];
  if (uploads.length > MAX_FILES_PER_MESSAGE) {
    throw badInput(
      `At most ${MAX_FILES_PER_MESSAGE} files can go with one message: send the others in another message`,
    );
  }
  const checked: CheckedFile[] = [];
  for (const upload of uploads) checked.push(await checkUpload(upload, maxBytes));
  return checked;
}

export interface StoredFile {
  id: string;
  fileName: string;
  mediaType: string;
  sha256: string;
  bytes: Uint8Array;
}

/** A file the professional may see, with its bytes; the download is traced. Undefined otherwise. */
export async function downloadAttachment(
  prisma: PrismaClient,
  viewerId: string,
  attachmentId: string,
): Promise<StoredFile | undefined> {
  const attachment = await prisma.attachment.findFirst({
    where: { id: attachmentId, AND: [visibleAttachmentWhere(viewerId)] },
    select: {
      id: true,
      fileName: true,
      mediaType: true,
      sha256: true,
      message: { select: { requestId: true } },
      content: { select: { bytes: true } },
    },
  });
  if (!attachment) return undefined;
  await traceReads(prisma, { id: viewerId }, [
    {
      action: 'attachment.download',
      entityType: 'Attachment',
      entityId: attachment.id,
      requestId: attachment.message?.requestId ?? null,
    },
  ]);
  const { content, message: _message, ...file } = attachment;
  return { ...file, bytes: content.bytes };
}
