import { DOCUMENT_MEDIA_TYPES } from '@xieshang/contracts';

/**
 * Pure rules of the console's side of a document's trip: what the file picker offers, which
 * headers an upload carries, the name a download is saved under and how a size is written.
 * The gateway decides a file's type from its bytes; these rules only make the request it reads.
 */

/** The extensions of the accepted documents (PDF, DOCX, XLSX, PNG, JPEG, GIF, WebP). */
export const DOCUMENT_EXTENSIONS = ['.pdf', '.docx', '.xlsx', '.png', '.jpg', '.jpeg', '.gif', '.webp'] as const;

/** The file input's `accept`: extensions and media types, so every browser filters its picker alike. */
export const DOCUMENT_ACCEPT: string = [...DOCUMENT_EXTENSIONS, ...DOCUMENT_MEDIA_TYPES].join(',');

/**
 * The upload's Content-Type: the file's own type when it is an accepted one, else
 * `application/octet-stream`, so that a file the browser calls `text/plain` is judged by its
 * bytes (and refused as a type not allowed) rather than refused for its encoding.
 */
export const uploadContentType = (browserType: string): string => {
  const essence = browserType.split(';')[0]!.trim().toLowerCase();
  return (DOCUMENT_MEDIA_TYPES as readonly string[]).includes(essence) ? essence : 'application/octet-stream';
};

/** RFC 5987 `value-chars`: percent-encodes all but the attribute characters. */
export const encodeRfc5987 = (value: string): string =>
  encodeURIComponent(value).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);

/** The upload's Content-Disposition, naming the file in UTF-8 so that Chinese names arrive whole. */
export const uploadContentDisposition = (fileName: string): string => `attachment; filename*=UTF-8''${encodeRfc5987(fileName)}`;

/** The file name of a download's `Content-Disposition`, preferring the UTF-8 `filename*` (the Chinese title). */
export const attachmentName = (disposition: string | null, fallback: string): string => {
  if (!disposition) return fallback;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded.trim());
    } catch {
      // A malformed escape leaves the plain name below.
    }
  }
  return /filename="([^"]+)"/i.exec(disposition)?.[1] ?? fallback;
};

const SIZE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/**
 * A size as people read it, in the given locale: `532 bytes` / `532字节`, `12.5 kB`, `3.2 MB`.
 * Steps of 1024, as file managers count; one decimal below ten units, none above. Bytes are
 * written out, since the short form reads `532 byte` in English.
 */
export const readableSize = (bytes: number, locale: string): string => {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < SIZE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: SIZE_UNITS[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: digits,
  }).format(value);
};

export type DocumentKind = 'pdf' | 'word' | 'sheet' | 'image' | 'other';

/** What a document is to its reader, for its icon: PDF, Word, spreadsheet or picture. */
export const documentKind = (mediaType: string): DocumentKind => {
  if (mediaType === 'application/pdf') return 'pdf';
  if (mediaType.includes('wordprocessingml')) return 'word';
  if (mediaType.includes('spreadsheetml')) return 'sheet';
  if (mediaType.startsWith('image/')) return 'image';
  return 'other';
};

/** A feature's download route for one of its documents: `<basePath>/<id>`, the id escaped. */
export const documentPath = (basePath: string, id: string | number): string =>
  `${basePath.replace(/\/+$/, '')}/${encodeURIComponent(String(id))}`;
