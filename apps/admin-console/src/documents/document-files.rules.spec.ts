import { DOCUMENT_MEDIA_TYPES } from '@xieshang/contracts';
import { describe, expect, it } from 'vitest';
import {
  attachmentName,
  DOCUMENT_ACCEPT,
  documentKind,
  documentPath,
  encodeRfc5987,
  readableSize,
  uploadContentDisposition,
  uploadContentType,
} from './document-files.rules.js';

describe('DOCUMENT_ACCEPT', () => {
  it('offers every accepted type by extension and by media type, and nothing else', () => {
    const entries = DOCUMENT_ACCEPT.split(',');
    expect(entries).toEqual(expect.arrayContaining(['.pdf', '.docx', '.xlsx', '.png', '.jpg', '.jpeg', '.gif', '.webp', ...DOCUMENT_MEDIA_TYPES]));
    expect(entries).toHaveLength(8 + DOCUMENT_MEDIA_TYPES.length);
    expect(entries).not.toContain('.doc');
    expect(entries).not.toContain('.xls');
  });
});

describe('uploadContentType', () => {
  it('keeps an accepted type the browser named, in its plain form', () => {
    expect(uploadContentType('application/pdf')).toBe('application/pdf');
    expect(uploadContentType('IMAGE/PNG; x=y')).toBe('image/png');
  });

  it('sends anything else as octet-stream, for the gateway to judge by its bytes', () => {
    expect(uploadContentType('')).toBe('application/octet-stream');
    expect(uploadContentType('text/plain')).toBe('application/octet-stream');
    expect(uploadContentType('application/msword')).toBe('application/octet-stream');
  });
});

describe('uploadContentDisposition', () => {
  it('names a Chinese file in UTF-8 percent-encoding', () => {
    expect(uploadContentDisposition('会议纪要.docx')).toBe("attachment; filename*=UTF-8''%E4%BC%9A%E8%AE%AE%E7%BA%AA%E8%A6%81.docx");
  });

  it('encodes the characters RFC 5987 reserves, which encodeURIComponent leaves', () => {
    expect(encodeRfc5987("it's (draft)*.pdf")).toBe('it%27s%20%28draft%29%2A.pdf');
    expect(encodeRfc5987('a;b"c\\.pdf')).toBe('a%3Bb%22c%5C.pdf');
  });

  it('round-trips through the download reader', () => {
    const name = "协商纪要 (第2稿) it's;final.xlsx";
    expect(attachmentName(uploadContentDisposition(name), 'x')).toBe(name);
  });
});

describe('attachmentName', () => {
  it('reads the Chinese file name from filename*', () => {
    const header = `attachment; filename="plan.docx"; filename*=UTF-8''${encodeURIComponent('巴州区2027年度计划.docx')}`;
    expect(attachmentName(header, 'x.docx')).toBe('巴州区2027年度计划.docx');
  });

  it('falls back to the plain filename, then to the given name', () => {
    expect(attachmentName('attachment; filename="plan.xlsx"', 'x.xlsx')).toBe('plan.xlsx');
    expect(attachmentName(null, 'x.xlsx')).toBe('x.xlsx');
    expect(attachmentName("attachment; filename*=UTF-8''%E0%A4%A", 'x.xlsx')).toBe('x.xlsx');
  });
});

describe('readableSize', () => {
  it('writes bytes out in both languages', () => {
    expect(readableSize(532, 'en')).toBe('532 bytes');
    expect(readableSize(1, 'en')).toBe('1 byte');
    expect(readableSize(532, 'zh-CN')).toBe('532字节');
  });

  it('steps by 1024, with one decimal below ten units', () => {
    expect(readableSize(1024, 'en')).toBe('1 kB');
    expect(readableSize(1536, 'en')).toBe('1.5 kB');
    expect(readableSize(20 * 1024 * 1024, 'en')).toBe('20 MB');
    expect(readableSize(3.25 * 1024 * 1024, 'zh-CN')).toBe('3.3 MB');
    expect(readableSize(1024 ** 4, 'en')).toBe('1,024 GB');
  });

  it('writes digits the way the locale groups them', () => {
    expect(readableSize(1000, 'en')).toBe('1,000 bytes');
    expect(readableSize(1000, 'de')).toBe('1.000 Byte');
  });
});

describe('documentKind', () => {
  it('tells PDF, Word, spreadsheet and pictures apart', () => {
    const kinds = DOCUMENT_MEDIA_TYPES.map(documentKind);
    expect(kinds).toEqual(['pdf', 'word', 'sheet', 'image', 'image', 'image', 'image']);
    expect(documentKind('application/zip')).toBe('other');
  });
});

describe('documentPath', () => {
  it('puts the escaped id after the base path', () => {
    expect(documentPath('/meetings/12/documents', 3)).toBe('/meetings/12/documents/3');
    expect(documentPath('/meetings/12/documents/', 'a/b c')).toBe('/meetings/12/documents/a%2Fb%20c');
  });
});
