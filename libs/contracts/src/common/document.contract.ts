import { z } from 'zod';
import { text } from './primitives.js';

/**
 * An uploaded document (文件稿, solicitation attachment, liaison material) as the gateway stored
 * it and as a service records it. The bytes stay in document storage; only this descriptor
 * travels over NATS. The service that records it decides who may fetch it, and hands the same
 * descriptor back to the gateway to serve a download.
 */
export const DOCUMENT_MEDIA_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
] as const;

/** `<tenantId>/<sha256>`: the content's address in its district's storage. */
export const DOCUMENT_STORAGE_KEY = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}\/[0-9a-f]{64}$/;

export const documentDescriptorSchema = z
  .object({
    storageKey: z.string().regex(DOCUMENT_STORAGE_KEY, 'must be <tenantId>/<sha256>'),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in lower-case hex'),
    size: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
    mediaType: z.enum(DOCUMENT_MEDIA_TYPES),
    /** As the uploader named it (Chinese names are the rule); shown in lists and used for the download. */
    fileName: text
      .min(1)
      .max(255)
      .regex(/^[^/\\\u0000-\u001f\u007f]+$/, 'must be a file name without path or control characters'),
  })
  .strict()
  .refine((document) => document.storageKey.endsWith(`/${document.sha256}`), { path: ['storageKey'], message: 'must end with the sha256' });

export type DocumentDescriptor = z.infer<typeof documentDescriptorSchema>;

/** Whether the document was stored in this tenant's space: a service accepts only its caller's tenant's documents. */
export const isDocumentOfTenant = (document: Pick<DocumentDescriptor, 'storageKey'>, tenantId: string): boolean =>
  document.storageKey.startsWith(`${tenantId}/`);

/** Refusals of an upload or a download, answered by the gateway. */
export const DocumentErrorCode = {
  /** Larger than DOCUMENT_MAX_BYTES; reading stopped there (413). */
  TooLarge: 'DOCUMENT.TOO_LARGE',
  /** The bytes are no accepted type: not PDF, DOCX, XLSX, PNG, JPEG, GIF or WebP (415). */
  TypeNotAllowed: 'DOCUMENT.TYPE_NOT_ALLOWED',
  /** The file name's extension says another type than the bytes are (422, field fileName). */
  TypeMismatch: 'DOCUMENT.TYPE_MISMATCH',
  /** The record exists but its bytes are missing from storage (404). */
  ContentNotFound: 'DOCUMENT.CONTENT_NOT_FOUND',
} as const;
