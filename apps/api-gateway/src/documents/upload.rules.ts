import { DOCUMENT_MEDIA_TYPES } from '@xieshang/contracts';

/**
 * Pure rules of the document upload and download headers. An upload is the file's raw bytes as
 * the request body; its name travels in `Content-Disposition: attachment; filename*=UTF-8''…`
 * (RFC 6266 with the RFC 5987 encoding, so Chinese names survive), a plain ASCII `filename="…"`
 * accepted when there is no `filename*`.
 */

/** The body's declared type: `application/octet-stream` or one of the accepted documents' own types. */
export const UPLOAD_MEDIA_TYPES: readonly string[] = ['application/octet-stream', ...DOCUMENT_MEDIA_TYPES];

/** `image/PNG; charset=x` → `image/png`; '' when absent. */
export const essenceOf = (contentType: string | undefined): string => (contentType ?? '').split(';')[0]!.trim().toLowerCase();

/** Why the body's Content-Type cannot be an upload, or undefined. */
export const uploadMediaTypeProblem = (contentType: string | undefined): string | undefined => {
  const essence = essenceOf(contentType);
  if (essence === '') return 'Content-Type is required: application/octet-stream or the file’s own media type';
  if (!UPLOAD_MEDIA_TYPES.includes(essence)) return `Content-Type ${essence} is not an upload: send the file’s bytes as application/octet-stream or its own media type`;
  return undefined;
};

/** Whether a body of this declared length would exceed the limit: refused before a byte is read. */
export const declaredLengthExceeds = (contentLength: string | undefined, maxBytes: number): boolean => {
  if (contentLength === undefined || !/^\d+$/.test(contentLength.trim())) return false;
  return Number(contentLength) > maxBytes;
};

/**
 * What becomes of the rest of a body refused for its declared length: read to its end and
 * dropped while it is at most twice the limit, so a client a little over the limit reads the 413
 * rather than a connection reset mid-upload; anything bigger is answered and the connection closed.
 */
export const oversizedBodyRest = (contentLength: string | undefined, maxBytes: number): 'drain' | 'close' =>
  contentLength !== undefined && /^\d+$/.test(contentLength.trim()) && Number(contentLength) <= 2 * maxBytes ? 'drain' : 'close';

export type FileNameHeader = { fileName: string } | { problem: string };

/** The file name a Content-Disposition header declares: `filename*` (UTF-8) first, then `filename`. */
export const fileNameFromContentDisposition = (header: string | undefined): FileNameHeader => {
  if (header === undefined || header.trim() === '') {
    return { problem: "Content-Disposition is required: attachment; filename*=UTF-8''<percent-encoded name>" };
  }
  const extended = /(?:^|;)\s*filename\*\s*=\s*([^;]*)/i.exec(header)?.[1];
  if (extended !== undefined) return decodeExtendedValue(extended.trim());
  const plain = /(?:^|;)\s*filename\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)/i.exec(header)?.[1]?.trim();
  if (plain === undefined || plain === '' || plain === '""') return { problem: 'Content-Disposition names no filename' };
  const unquoted = plain.startsWith('"') ? plain.slice(1, -1).replace(/\\(.)/g, '$1') : plain;
  // A plain filename is ISO-8859-1 by the letter of HTTP and guessed at by every client: only ASCII is taken.
  if (/[^\x20-\x7e]/.test(unquoted)) return { problem: "A file name beyond ASCII must come as filename*=UTF-8''<percent-encoded name>" };
  return { fileName: unquoted };
};

const decodeExtendedValue = (value: string): FileNameHeader => {
  const match = /^([A-Za-z0-9!#$%&+^_`{}~-]+)'[A-Za-z0-9-]*'(.*)$/.exec(value);
  if (!match) return { problem: "filename* must read UTF-8''<percent-encoded name>" };
  if (match[1]!.toLowerCase() !== 'utf-8') return { problem: `filename* must be in UTF-8, not ${match[1]}` };
  try {
    return { fileName: decodeURIComponent(match[2]!) };
  } catch {
    return { problem: 'filename* is not valid percent-encoded UTF-8' };
  }
};

/** RFC 5987 `value-chars`: percent-encodes all but the attribute characters. */
export const encodeRfc5987 = (value: string): string =>
  encodeURIComponent(value).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);

/** The file name for clients that read only `filename`: ASCII, no quotes or backslashes, the extension kept. */
export const asciiFallbackName = (fileName: string): string => {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return /^[_ .]*(\.[A-Za-z0-9]+)?$/.test(ascii) ? `document${ascii.slice(ascii.lastIndexOf('.')) || ''}` : ascii;
};

/** The Content-Disposition of a download, readable by every browser whatever the name's script. */
export const contentDispositionFor = (fileName: string, disposition: 'attachment' | 'inline' = 'attachment'): string =>
  `${disposition}; filename="${asciiFallbackName(fileName)}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
