import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { CommonErrorCode, type DocumentDescriptor, DocumentErrorCode } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { currentCaller } from '@xieshang/platform-tenancy';
import {
  type DocumentStorage,
  DocumentNotFoundError,
  DocumentTooLargeError,
  fileNameFitsType,
  fileNameProblem,
  sniffDocumentType,
} from '@xieshang/platform-storage';
import { readLimited } from './read-limited.js';
import { contentDispositionFor, declaredLengthExceeds, essenceOf, fileNameFromContentDisposition, oversizedBodyRest, uploadMediaTypeProblem } from './upload.rules.js';

export const DOCUMENT_STORAGE = Symbol('DOCUMENT_STORAGE');
export const DOCUMENT_MAX_BYTES = Symbol('DOCUMENT_MAX_BYTES');

const FILE_NAME_FIELD = 'Content-Disposition';

/**
 * The two ends of a document's trip through the gateway, for the controllers of the features
 * that hold documents. `receive` turns an upload request into a stored document's descriptor,
 * which the controller sends to its service; `send` streams a descriptor the service has
 * authorised back to the client. The bytes never travel over NATS.
 */
@Injectable()
export class DocumentTransfer {
  constructor(
    @Inject(DOCUMENT_STORAGE) private readonly storage: DocumentStorage,
    @Inject(DOCUMENT_MAX_BYTES) readonly maxBytes: number,
  ) {}

  /**
   * Reads the raw body (under the size limit, stopping at the first byte past it), tells its type
   * from the bytes, checks the declared name against it and stores it under the caller's tenant.
   */
  async receive(request: Request): Promise<DocumentDescriptor> {
    const tenantId = currentCaller().tenantId;
    if (!tenantId) throw new AppException(CommonErrorCode.MissingTenant, 'Documents are stored in a district; the caller has none');
    const declared = this.checkHeaders(request);
    const bytes = await this.readBody(request);
    const type = await sniffDocumentType(bytes);
    if (!type) {
      throw new AppException(DocumentErrorCode.TypeNotAllowed, 'The file is not a PDF, DOCX, XLSX, PNG, JPEG, GIF or WebP document', {
        fields: [{ path: 'body', message: 'must be a PDF, DOCX, XLSX, PNG, JPEG, GIF or WebP file' }],
      });
    }
    if (!fileNameFitsType(declared.fileName, type)) {
      throw mismatch(FILE_NAME_FIELD, `the file is ${type.extension.toUpperCase()}: its name must end with .${type.extensions.join(' or .')}`);
    }
    if (declared.mediaType !== 'application/octet-stream' && declared.mediaType !== type.mediaType) {
      throw mismatch('Content-Type', `the file is ${type.mediaType}, not ${declared.mediaType}`);
    }
    const stored = await this.storage.put(tenantId, bytes);
    return { storageKey: stored.key, sha256: stored.sha256, size: stored.size, mediaType: type.mediaType as DocumentDescriptor['mediaType'], fileName: declared.fileName };
  }

  /**
   * Streams an authorised document with its type, its UTF-8 name and `nosniff`; a 404 problem
   * when its bytes are missing (checked before any header is sent).
   */
  async send(response: Response, document: DocumentDescriptor, disposition: 'attachment' | 'inline' = 'attachment'): Promise<void> {
    let content;
    try {
      content = await this.storage.open(document.storageKey);
    } catch (error) {
      if (error instanceof DocumentNotFoundError) {
        throw new AppException(DocumentErrorCode.ContentNotFound, `The content of ${document.fileName} is missing from storage`);
      }
      throw error;
    }
    response.status(200);
    response.setHeader('Content-Type', document.mediaType);
    response.setHeader('Content-Length', String(document.size));
    response.setHeader('Content-Disposition', contentDispositionFor(document.fileName, disposition));
    response.setHeader('X-Content-Type-Options', 'nosniff');
    // Content-addressed: the bytes behind this tag never change. Private: who may read is decided per request.
    response.setHeader('ETag', `"${document.sha256}"`);
    response.setHeader('Cache-Control', 'private, no-cache');
    // A broken read mid-way can only cut the connection: the headers have gone.
    await pipeline(content, response).catch(() => response.destroy());
  }

  private checkHeaders(request: Request): { fileName: string; mediaType: string } {
    const mediaTypeProblem = uploadMediaTypeProblem(request.headers['content-type']);
    if (mediaTypeProblem) throw new AppException(CommonErrorCode.UnsupportedMediaType, mediaTypeProblem);
    const encoding = request.headers['content-encoding'];
    if (encoding && encoding.trim().toLowerCase() !== 'identity') {
      throw new AppException(CommonErrorCode.UnsupportedMediaType, 'Send the file as it is, without Content-Encoding');
    }
    if (declaredLengthExceeds(request.headers['content-length'], this.maxBytes)) {
      if (oversizedBodyRest(request.headers['content-length'], this.maxBytes) === 'drain') request.resume();
      else stopReading(request);
      throw tooLarge(this.maxBytes);
    }
    const named = fileNameFromContentDisposition(request.headers['content-disposition']);
    if ('problem' in named) throw AppException.invalidInput([{ path: FILE_NAME_FIELD, message: named.problem }]);
    const nameProblem = fileNameProblem(named.fileName);
    if (nameProblem) throw AppException.invalidInput([{ path: FILE_NAME_FIELD, message: `the file name ${nameProblem}` }]);
    return { fileName: named.fileName.trim(), mediaType: essenceOf(request.headers['content-type']) };
  }

  private async readBody(request: Request): Promise<Buffer> {
    // A parser that read the body first would leave nothing here; uploads are never JSON, so none should.
    if (request.readableEnded && request.body !== undefined) {
      throw new AppException(CommonErrorCode.UnsupportedMediaType, 'The body was read as another type; send the file as application/octet-stream');
    }
    try {
      return await readLimited(request, this.maxBytes);
    } catch (error) {
      if (error instanceof DocumentTooLargeError) {
        stopReading(request);
        throw tooLarge(this.maxBytes);
      }
      throw error;
    }
  }
}

const mismatch = (path: string, message: string): AppException =>
  new AppException(DocumentErrorCode.TypeMismatch, 'The file name or type does not match the file’s content', { fields: [{ path, message }] });

const tooLarge = (maxBytes: number): AppException =>
  new AppException(DocumentErrorCode.TooLarge, `The file is larger than ${maxBytes} bytes`, { maxBytes });

/** Answer and close rather than drain the rest of an oversized body. */
const stopReading = (request: Request): void => {
  request.res?.setHeader('Connection', 'close');
  request.pause();
};
