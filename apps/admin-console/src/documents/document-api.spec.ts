/// <reference types="node" />
// The spec runs a real HTTP server in Node; the console itself is built for browsers only.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type Keycloak from 'keycloak-js';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { HttpError } from 'react-admin';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFileClient, createHttpClient } from '../httpClient.js';
import { en } from '../i18n/en.js';
import { zhCN } from '../i18n/zh-CN.js';
import { districtSelection } from '../tenant-switch/district-selection.js';
import { createDocumentApi } from './document-api.js';

/**
 * The document calls over real HTTP: a node:http server stands where the gateway's feature
 * routes will, recording each request as it arrives on the wire and answering as the gateway's
 * DocumentTransfer does (a JSON answer to an upload, bytes with an RFC 5987 name to a download,
 * problem+json refusals).
 */

interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');
const CHINESE_NAME = '巴州区政协 (第2稿) 会议纪要.pdf';
const received: Received[] = [];
let server: Server;
let apiUrl: string;

const readBody = async (request: IncomingMessage): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

const problem = (response: ServerResponse, status: number, code: string, detail: string) => {
  response.writeHead(status, { 'Content-Type': 'application/problem+json' });
  response.end(JSON.stringify({ type: 'about:blank', title: detail, status, code, detail, correlationId: 'c-1' }));
};

const answer = async (request: IncomingMessage, response: ServerResponse) => {
  const body = await readBody(request);
  received.push({ method: request.method!, url: request.url!, headers: request.headers, body });
  if (request.method === 'POST' && request.url === '/api/v1/meetings/7/documents') {
    if (!body.subarray(0, 5).equals(Buffer.from('%PDF-'))) {
      problem(response, 415, 'DOCUMENT.TYPE_NOT_ALLOWED', 'The file is not a PDF, DOCX, XLSX, PNG, JPEG, GIF or WebP document');
      return;
    }
    const sha256 = createHash('sha256').update(body).digest('hex');
    response.writeHead(201, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify({ id: 3, storageKey: `bazhou/${sha256}`, sha256, size: body.length }));
    return;
  }
  if (request.method === 'GET' && request.url === '/api/v1/meetings/7/documents/3') {
    response.writeHead(200, {
      'Content-Type': 'application/pdf',
      'Content-Length': String(PDF.length),
      // As the gateway's contentDispositionFor writes it: an ASCII fallback, then the UTF-8 name.
      'Content-Disposition': `attachment; filename="document.pdf"; filename*=UTF-8''${encodeURIComponent(CHINESE_NAME).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`,
      'X-Content-Type-Options': 'nosniff',
    });
    response.end(PDF);
    return;
  }
  problem(response, 404, 'DOCUMENT.CONTENT_NOT_FOUND', 'The content is missing from storage');
};

/** A signed-in city observer who picked 巴州区; the token is refreshed before each call. */
const cityObserver = () => {
  const keycloak = {
    authenticated: true,
    token: 'token-0',
    tokenParsed: { sub: 'city-person', realm_access: { roles: ['city-observer'] } },
    refreshes: 0,
    async updateToken() {
      keycloak.refreshes += 1;
      keycloak.token = `token-${keycloak.refreshes}`;
      return true;
    },
  };
  return keycloak;
};

const translate = polyglotI18nProvider(() => zhCN, 'zh-CN').translate;
const english = polyglotI18nProvider(() => en, 'en').translate;

const documentApi = (keycloak: ReturnType<typeof cityObserver>, language = translate) =>
  createDocumentApi(
    createHttpClient(keycloak as unknown as Keycloak, language),
    createFileClient(keycloak as unknown as Keycloak, language),
    apiUrl,
  );

beforeAll(async () => {
  server = createServer((request, response) => void answer(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
  districtSelection.set('city-person', 'bazhou');
});

afterAll(async () => {
  districtSelection.set('city-person', null);
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  received.length = 0;
});

describe('uploadDocument', () => {
  it('sends the raw file with its type, its UTF-8 name, a fresh bearer token and the picked district', async () => {
    const keycloak = cityObserver();
    const file = new File([PDF], CHINESE_NAME, { type: 'application/pdf' });

    const answer = await documentApi(keycloak).uploadDocument('/meetings/7/documents', file);

    expect(received).toHaveLength(1);
    const [request] = received;
    expect(request!.method).toBe('POST');
    expect(request!.url).toBe('/api/v1/meetings/7/documents');
    expect(request!.body.equals(PDF)).toBe(true);
    expect(request!.headers['content-type']).toBe('application/pdf');
    expect(request!.headers['content-length']).toBe(String(PDF.length));
    expect(request!.headers['content-disposition']).toBe(
      "attachment; filename*=UTF-8''%E5%B7%B4%E5%B7%9E%E5%8C%BA%E6%94%BF%E5%8D%8F%20%28%E7%AC%AC2%E7%A8%BF%29%20%E4%BC%9A%E8%AE%AE%E7%BA%AA%E8%A6%81.pdf",
    );
    expect(decodeURIComponent(request!.headers['content-disposition']!.split("UTF-8''")[1]!)).toBe(CHINESE_NAME);
    expect(request!.headers.authorization).toBe('Bearer token-1');
    expect(request!.headers['x-tenant']).toBe('bazhou');
    expect(request!.headers.accept).toBe('application/json');
    expect(keycloak.refreshes).toBe(1);
    const sha256 = createHash('sha256').update(PDF).digest('hex');
    expect(answer).toEqual({ id: 3, storageKey: `bazhou/${sha256}`, sha256, size: PDF.length });
  });

  it('sends a file the browser gives no accepted type as octet-stream', async () => {
    const file = new File([PDF], 'notes.pdf', { type: '' });
    await documentApi(cityObserver()).uploadDocument('/meetings/7/documents', file);
    expect(received[0]!.headers['content-type']).toBe('application/octet-stream');
    expect(received[0]!.headers['content-disposition']).toBe("attachment; filename*=UTF-8''notes.pdf");
  });

  it('turns a refusal into the readable error of any other call, in the user’s language', async () => {
    const file = new File(['plain words'], 'readme.txt', { type: 'text/plain' });
    const refusal = documentApi(cityObserver()).uploadDocument('/meetings/7/documents', file);
    await expect(refusal).rejects.toBeInstanceOf(HttpError);
    const error = (await refusal.catch((caught: unknown) => caught)) as HttpError;
    expect(error.status).toBe(415);
    expect(error.message).toContain(translate('xs.errors.document_type_not_allowed'));
    expect(received[0]!.headers['content-type']).toBe('application/octet-stream');

    const inEnglish = (await documentApi(cityObserver(), english)
      .uploadDocument('/meetings/7/documents', file)
      .catch((caught: unknown) => caught)) as HttpError;
    expect(inEnglish.message).toContain('This kind of file is not accepted.');
  });
});

describe('downloadDocument', () => {
  it('answers the bytes under the Chinese name of Content-Disposition, asked with the bearer token and district', async () => {
    const { blob, fileName } = await documentApi(cityObserver()).downloadDocument('/meetings/7/documents/3', 'document.pdf');
    expect(fileName).toBe(CHINESE_NAME);
    expect(blob.type).toBe('application/pdf');
    expect(Buffer.from(await blob.arrayBuffer()).equals(PDF)).toBe(true);
    expect(received[0]!.method).toBe('GET');
    expect(received[0]!.headers.authorization).toBe('Bearer token-1');
    expect(received[0]!.headers['x-tenant']).toBe('bazhou');
  });

  it('rejects a missing document with its readable error', async () => {
    const error = (await documentApi(cityObserver())
      .downloadDocument('/meetings/7/documents/99', 'document.pdf')
      .catch((caught: unknown) => caught)) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect(error.status).toBe(404);
    expect(error.message).toContain(translate('xs.errors.document_content_not_found'));
  });
});
