import { consoleConfig } from '../config.js';
import type { FileClient, HttpClient } from '../httpClient.js';
import { attachmentName, uploadContentDisposition, uploadContentType } from './document-files.rules.js';

export interface DownloadedDocument {
  blob: Blob;
  /** The name the gateway gave it (UTF-8 `filename*`), else the fallback. */
  fileName: string;
}

/** Uploads and downloads of any feature's documents, through the console's authenticated clients. */
export interface DocumentApi {
  /**
   * `POST <path>` (under the API base, e.g. `/meetings/12/documents`) with the file's raw bytes,
   * its type and its UTF-8 name in Content-Disposition; resolves with the route's JSON answer. A
   * refusal (too large, type not allowed, name not fitting the content) rejects with the
   * HttpError of any other call, its message already in the user's language.
   */
  uploadDocument(path: string, file: File): Promise<unknown>;
  /** `GET <path>` as a file, with the name from its Content-Disposition (or `fallbackName`). */
  downloadDocument(path: string, fallbackName: string): Promise<DownloadedDocument>;
}

export const createDocumentApi = (httpClient: HttpClient, fileClient: FileClient, apiUrl: string = consoleConfig.apiUrl): DocumentApi => ({
  async uploadDocument(path, file) {
    const headers = new Headers({
      Accept: 'application/json',
      'Content-Type': uploadContentType(file.type),
      'Content-Disposition': uploadContentDisposition(file.name),
    });
    const { json } = await httpClient(`${apiUrl}${path}`, { method: 'POST', body: file, headers });
    return json ?? null;
  },
  async downloadDocument(path, fallbackName) {
    const response = await fileClient(`${apiUrl}${path}`);
    const fileName = attachmentName(response.headers.get('content-disposition'), fallbackName);
    return { blob: await response.blob(), fileName };
  },
});
