/// <reference types="node" />
import type Keycloak from 'keycloak-js';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { renderToString } from 'react-dom/server';
import { AdminContext, memoryStore } from 'react-admin';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { createDataProvider } from '../dataProvider.js';
import { createFileClient, createHttpClient } from '../httpClient.js';
import { en } from '../i18n/en.js';
import { zhCN } from '../i18n/zh-CN.js';
import { DOCUMENT_ACCEPT } from './document-files.rules.js';
import { DocumentList } from './DocumentList.js';
import type { DocumentEntry } from './DocumentLink.js';
import { DocumentUploadButton } from './DocumentUploadButton.js';

/** The pieces rendered as the console renders them, in either language; nothing is clicked, so nothing is called. */
const render = (locale: 'zh-CN' | 'en', element: React.ReactElement): string => {
  const i18nProvider = polyglotI18nProvider((wanted) => (wanted === 'en' ? en : zhCN), locale);
  const keycloak = { authenticated: false } as unknown as Keycloak;
  const dataProvider = createDataProvider(createHttpClient(keycloak, i18nProvider.translate), createFileClient(keycloak, i18nProvider.translate));
  return renderToString(
    // A router of its own, as the console's BrowserRouter needs a document; the store starts in the language asked for.
    <MemoryRouter>
      <AdminContext dataProvider={dataProvider} i18nProvider={i18nProvider} store={memoryStore({ locale })}>
        {element}
      </AdminContext>
    </MemoryRouter>,
  );
};

const decoded = (html: string) => html.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/<!-- -->/g, '');

const documents: DocumentEntry[] = [
  {
    id: 3,
    fileName: '巴州区政协会议纪要.docx',
    size: 6_400,
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    version: 2,
    uploadedAt: '2026-12-03T02:30:00Z',
    uploadedByName: '张三',
  },
  { id: 4, fileName: 'scan.png', size: 532, mediaType: 'image/png' },
];

describe('DocumentUploadButton', () => {
  it('is a named button over a file input limited to the accepted documents', () => {
    const html = decoded(render('zh-CN', <DocumentUploadButton path="/meetings/7/documents" />));
    expect(html).toMatch(/<input[^>]*type="file"[^>]*>/);
    const input = /<input[^>]*type="file"[^>]*>/.exec(html)![0];
    expect(input).toContain(`accept="${DOCUMENT_ACCEPT}"`);
    expect(input).toContain('hidden');
    expect(input).toContain('tabindex="-1"');
    expect(html).toMatch(/<button[^>]*data-testid="document-upload"[^>]*>[\s\S]*上传文件[\s\S]*<\/button>/);
    expect(html).not.toMatch(/<button[^>]*data-testid="document-upload"[^>]*disabled/);
  });

  it('shows the label it is given, translated, and can be disabled', () => {
    const html = decoded(render('en', <DocumentUploadButton path="/x" label="xs.documents.list" disabled />));
    expect(html).toMatch(/<button[^>]*disabled[^>]*>[\s\S]*Documents/);
  });
});

describe('DocumentList', () => {
  it('lists each document as a download button with its size, version, time and uploader, in Chinese', () => {
    const html = decoded(render('zh-CN', <DocumentList basePath="/meetings/7/documents" documents={documents} />));
    expect(html).toContain('aria-label="文件"');
    expect(html).toContain('aria-label="下载 巴州区政协会议纪要.docx"');
    expect(html).toContain('aria-label="下载 scan.png"');
    // Uploaded at 02:30 UTC: 10:30 on the district's clock (the default zone until /me answers), whatever the machine's zone.
    expect(html).toContain('6.3 kB · 第 2 版 · 2026年12月3日 10:30 上传 · 上传人：张三');
    expect(html).toContain('532字节');
  });

  it('writes sizes and details in English when English is chosen', () => {
    const html = decoded(render('en', <DocumentList basePath="/meetings/7/documents" documents={documents} />));
    expect(html).toContain('aria-label="Download scan.png"');
    expect(html).toContain('6.3 kB · version 2 · uploaded');
    expect(html).toContain('by 张三');
    expect(html).toContain('532 bytes');
  });

  it('says so when there is no document', () => {
    expect(decoded(render('zh-CN', <DocumentList basePath="/x" documents={[]} />))).toContain('暂无文件。');
    expect(decoded(render('en', <DocumentList basePath="/x" documents={[]} />))).toContain('No documents yet.');
  });
});
