import { request as httpRequest } from 'node:http';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Controller, Get, Inject, Module, Param, Post, Query, Req, Res } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { json, type NextFunction, type Request, type Response } from 'express';
import { type DocumentDescriptor, documentDescriptorSchema } from '@xieshang/contracts';
import { createLogger } from '@xieshang/platform-observability';
import { runAsCaller, systemCaller } from '@xieshang/platform-tenancy';
import { DocumentTransfer, DocumentsModule } from '../src/documents/index.js';
import { ProblemJsonFilter } from '../src/http/problem-json.filter.js';
import { Document, Packer, Paragraph } from 'docx';

/**
 * The upload and download plumbing over real HTTP, with the gateway's own JSON parser and
 * problem+json filter in front and files on disk behind: what a feature's controller gets when
 * it calls DocumentTransfer. The tenant comes from the caller, as the gateway's interceptor sets it.
 */
const MAX_BYTES = 64 * 1024;

const makeDocx = (): Promise<Buffer> => Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('协商会议文件稿')] }] }));
/** A one-page PDF (every accepted type is covered with real files in the storage library's sniffing spec). */
const makePdf = (): Buffer => {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>'];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, index) => {
    const offset = body.length;
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 4\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  return Buffer.from(`${body}trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`, 'latin1');
};
const TENANT = 'bazhou';

@Controller('documents')
class ProbeController {
  constructor(@Inject(DocumentTransfer) private readonly documents: DocumentTransfer) {}

  @Post()
  receive(@Req() request: Request): Promise<DocumentDescriptor> {
    return this.documents.receive(request);
  }

  @Get(':sha256')
  send(@Param('sha256') sha256: string, @Query() query: Record<string, string>, @Res() response: Response): Promise<void> {
    return this.documents.send(response, {
      storageKey: `${TENANT}/${sha256}`,
      sha256,
      size: Number(query.size),
      mediaType: query.mediaType as DocumentDescriptor['mediaType'],
      fileName: query.fileName!,
    });
  }
}

describe('receiving and sending documents through the gateway', () => {
  let root: string;
  let app: NestExpressApplication;
  let url: string;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'xs-documents-'));
    @Module({
      imports: [DocumentsModule.register({ STORAGE_DRIVER: 'fs', STORAGE_DIR: root, STORAGE_S3_REGION: 'us-east-1', DOCUMENT_MAX_BYTES: MAX_BYTES })],
      controllers: [ProbeController],
    })
    class ProbeModule {}
    app = await NestFactory.create<NestExpressApplication>(ProbeModule, { logger: false, bodyParser: false });
    app.use((_request: Request, _response: Response, next: NextFunction) => runAsCaller(systemCaller('test', TENANT), next));
    app.use(json({ limit: '1mb' }));
    app.useGlobalFilters(new ProblemJsonFilter(createLogger('documents-test', 'silent')));
    await app.listen(0, '127.0.0.1');
    url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  });

  afterAll(async () => {
    await app?.close();
    await rm(root, { recursive: true, force: true });
  });

  const stored = async () => (await readdir(path.join(root, TENANT)).catch(() => [] as string[])).sort();
  const incoming = () => readdir(path.join(root, '.incoming'));
  const upload = (body: Uint8Array | string, fileName: string, contentType = 'application/octet-stream') =>
    fetch(`${url}/documents`, {
      method: 'POST',
      headers: { 'content-type': contentType, 'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}` },
      body,
    });

  it('stores a Word document under the caller’s tenant and sends it back with its UTF-8 name', async () => {
    const docx = await makeDocx();
    const response = await upload(docx, '第一次协商会议文件稿.docx');
    expect(response.status).toBe(201);
    const document = documentDescriptorSchema.parse(await response.json());
    expect(document).toMatchObject({
      storageKey: `${TENANT}/${document.sha256}`,
      size: docx.length,
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      fileName: '第一次协商会议文件稿.docx',
    });
    expect(await stored()).toContain(document.sha256);

    const query = new URLSearchParams({ size: String(document.size), mediaType: document.mediaType, fileName: document.fileName });
    const download = await fetch(`${url}/documents/${document.sha256}?${query}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe(document.mediaType);
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="document.docx"; filename*=UTF-8''${encodeURIComponent('第一次协商会议文件稿.docx')}`,
    );
    expect(Buffer.from(await download.arrayBuffer()).equals(docx)).toBe(true);
  });

  it('takes the file’s own media type as well as octet-stream, and refuses one that is not its content', async () => {
    expect((await upload(makePdf(), '纪要.pdf', 'application/pdf')).status).toBe(201);
    const wrong = await upload(makePdf(), '纪要.pdf', 'image/png');
    expect(wrong.status).toBe(422);
    expect(await wrong.json()).toMatchObject({ code: 'DOCUMENT.TYPE_MISMATCH', errors: [{ path: 'Content-Type' }] });
  });

  it('refuses a Word document named .pdf, naming the field', async () => {
    const response = await upload(await makeDocx(), '会议纪要.pdf');
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await response.json()).toMatchObject({ code: 'DOCUMENT.TYPE_MISMATCH', errors: [{ path: 'Content-Disposition' }] });
  });

  it('refuses a text file renamed .pdf, and an HTML page, as no accepted type', async () => {
    for (const [body, name] of [['只是文字', '通知.pdf'], ['<html><script>alert(1)</script></html>', 'page.pdf']] as const) {
      const response = await upload(body, name);
      expect(response.status).toBe(415);
      expect(await response.json()).toMatchObject({ code: 'DOCUMENT.TYPE_NOT_ALLOWED' });
    }
  });

  it('refuses a JSON or form body as no upload, and an upload without a file name', async () => {
    const asJson = await fetch(`${url}/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":1}' });
    expect(asJson.status).toBe(415);
    expect(await asJson.json()).toMatchObject({ code: 'COMMON.UNSUPPORTED_MEDIA_TYPE' });
    const unnamed = await fetch(`${url}/documents`, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: makePdf() });
    expect(unnamed.status).toBe(400);
    expect(await unnamed.json()).toMatchObject({ code: 'VALIDATION.INVALID_INPUT', errors: [{ path: 'Content-Disposition' }] });
  });

  it('refuses a body over the limit with 413, from its declared length or while reading a chunked one', async () => {
    const before = await stored();
    const declared = await upload(Buffer.alloc(MAX_BYTES + 1, 0x25), 'big.pdf');
    expect(declared.status).toBe(413);
    expect(await declared.json()).toMatchObject({ code: 'DOCUMENT.TOO_LARGE' });

    const chunks = (async function* () {
      yield makePdf();
      for (let index = 0; index < 40; index += 1) yield Buffer.alloc(4096, 0x20);
    })();
    const streamed = await fetch(`${url}/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/pdf', 'content-disposition': "attachment; filename*=UTF-8''big.pdf" },
      body: ReadableStream.from(chunks),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(await streamed.json()).toMatchObject({ code: 'DOCUMENT.TOO_LARGE' });
    expect(await stored()).toEqual(before);
    expect(await incoming()).toEqual([]);
  });

  it('keeps nothing of an upload whose client goes away half-way', async () => {
    const before = await stored();
    const { port } = new URL(url);
    await new Promise<void>((resolve) => {
      const request = httpRequest({
        host: '127.0.0.1',
        port,
        path: '/documents',
        method: 'POST',
        headers: { 'content-type': 'application/pdf', 'content-disposition': "attachment; filename*=UTF-8''half.pdf", 'transfer-encoding': 'chunked' },
      });
      request.on('error', () => resolve());
      request.write(makePdf());
      setTimeout(() => {
        request.destroy();
        resolve();
      }, 200);
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await stored()).toEqual(before);
    expect(await incoming()).toEqual([]);
  });

  it('answers 404 problem+json when the bytes of an authorised document are missing', async () => {
    const query = new URLSearchParams({ size: '10', mediaType: 'application/pdf', fileName: '丢失.pdf' });
    const response = await fetch(`${url}/documents/${'0'.repeat(64)}?${query}`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'DOCUMENT.CONTENT_NOT_FOUND' });
  });
});
