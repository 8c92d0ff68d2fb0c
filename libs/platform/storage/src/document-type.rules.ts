import JSZip from 'jszip';

/** A type of document the platform accepts, as decided from its bytes. */
export interface DocumentType {
  mediaType: string;
  /** The extension a download is named with. */
  extension: string;
  /** Every extension a declared file name of this type may end with. */
  extensions: readonly string[];
}

export const DOCUMENT_TYPES = {
  pdf: { mediaType: 'application/pdf', extension: 'pdf', extensions: ['pdf'] },
  docx: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx', extensions: ['docx'] },
  xlsx: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx', extensions: ['xlsx'] },
  png: { mediaType: 'image/png', extension: 'png', extensions: ['png'] },
  jpeg: { mediaType: 'image/jpeg', extension: 'jpg', extensions: ['jpg', 'jpeg'] },
  gif: { mediaType: 'image/gif', extension: 'gif', extensions: ['gif'] },
  webp: { mediaType: 'image/webp', extension: 'webp', extensions: ['webp'] },
} as const satisfies Record<string, DocumentType>;

/** The main part an Office Open XML package declares in `[Content_Types].xml`, by what it makes the file. */
const OFFICE_MAIN_PARTS: ReadonlyArray<[string, DocumentType]> = [
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', DOCUMENT_TYPES.docx],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', DOCUMENT_TYPES.xlsx],
];

/** `[Content_Types].xml` is a few kilobytes; more is no office file (or a ZIP bomb), and reading stops there. */
const MAX_CONTENT_TYPES_BYTES = 256 * 1024;

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  bytes.length >= at + signature.length && signature.every((byte, index) => bytes[at + index] === byte);
const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));

/**
 * The type of a document from its bytes alone, never its name: PDF, DOCX, XLSX, PNG, JPEG, GIF
 * or WebP; null for anything else (an executable, HTML, text, an old binary .doc, a macro-enabled
 * or otherwise unknown ZIP). Office files are ZIPs, told apart by the main part their
 * `[Content_Types].xml` declares, and that part must be in the package.
 */
export const sniffDocumentType = async (bytes: Uint8Array): Promise<DocumentType | null> => {
  if (startsWith(bytes, ascii('%PDF-'))) return DOCUMENT_TYPES.pdf;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return DOCUMENT_TYPES.png;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return DOCUMENT_TYPES.jpeg;
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return DOCUMENT_TYPES.gif;
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return DOCUMENT_TYPES.webp;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return officeTypeOf(bytes);
  return null;
};

const officeTypeOf = async (bytes: Uint8Array): Promise<DocumentType | null> => {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    return null;
  }
  const contentTypes = await readCapped(zip.file('[Content_Types].xml'));
  if (contentTypes === null) return null;
  for (const [declared, type] of OFFICE_MAIN_PARTS) {
    const partName = overridePartName(contentTypes, declared);
    if (partName !== null && zip.file(partName.replace(/^\//, '')) !== null) return type;
  }
  return null;
};

/** The PartName of the `<Override>` whose ContentType is `contentType`, in either attribute order. */
export const overridePartName = (contentTypesXml: string, contentType: string): string | null => {
  for (const [element] of contentTypesXml.matchAll(/<Override\b[^>]*>/g)) {
    const declaredType = /\bContentType\s*=\s*"([^"]*)"/.exec(element)?.[1];
    const partName = /\bPartName\s*=\s*"([^"]*)"/.exec(element)?.[1];
    if (declaredType === contentType && partName) return partName;
  }
  return null;
};

const readCapped = (entry: JSZip.JSZipObject | null): Promise<string | null> => {
  if (entry === null) return Promise.resolve(null);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stream = entry.nodeStream('nodebuffer');
    stream
      .on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_CONTENT_TYPES_BYTES) {
          stream.pause();
          resolve(null);
          return;
        }
        chunks.push(chunk);
      })
      .on('error', () => resolve(null))
      .on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
};

/** The lower-cased extension of a file name (`报告.PDF` → `pdf`); '' when it has none. */
export const extensionOf = (fileName: string): string => {
  const dot = fileName.lastIndexOf('.');
  return dot <= 0 || dot === fileName.length - 1 ? '' : fileName.slice(dot + 1).toLowerCase();
};

/** Whether the name a user gave the file fits what its bytes are (`会议纪要.docx` for a DOCX, not `.pdf`, not no extension). */
export const fileNameFitsType = (fileName: string, type: DocumentType): boolean => type.extensions.includes(extensionOf(fileName));

export const MAX_FILE_NAME_LENGTH = 255;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why a declared file name cannot be kept, or undefined when it can: it is shown to others and
 * sent back in Content-Disposition, so no path, no control characters, not empty, not endless.
 */
export const fileNameProblem = (fileName: string): string | undefined => {
  if (fileName.trim().length === 0) return 'must not be empty';
  if ([...fileName].length > MAX_FILE_NAME_LENGTH) return `must be at most ${MAX_FILE_NAME_LENGTH} characters`;
  if (/[/\\]/.test(fileName)) return 'must be a file name, not a path';
  if (/[\u0000-\u001f\u007f]/.test(fileName)) return 'must not contain control characters';
  if (LONE_SURROGATE.test(fileName)) return 'must be well-formed Unicode';
  if (fileName === '.' || fileName === '..') return 'must be a file name, not a path';
  return undefined;
};
