import { extensionOf, fileNameFitsType, fileNameProblem, DOCUMENT_TYPES, overridePartName, sniffDocumentType } from './document-type.rules.js';
import {
  jpeg,
  makeDocm,
  makeDocx,
  makeGif,
  makeHollowDocx,
  makePdf,
  makePlainZip,
  makePng,
  makeXlsx,
  webp,
} from '../test/fixtures/documents.js';

describe('telling a document type from its bytes', () => {
  it.each([
    ['a Word document made by docx', makeDocx, DOCUMENT_TYPES.docx],
    ['a workbook made by exceljs', makeXlsx, DOCUMENT_TYPES.xlsx],
    ['a one-page PDF', async () => makePdf(), DOCUMENT_TYPES.pdf],
    ['a PNG', async () => makePng(), DOCUMENT_TYPES.png],
    ['a JPEG', async () => jpeg(), DOCUMENT_TYPES.jpeg],
    ['a GIF', async () => makeGif(), DOCUMENT_TYPES.gif],
    ['a WebP', async () => webp(), DOCUMENT_TYPES.webp],
  ])('knows %s', async (_name, make, expected) => {
    const type = await sniffDocumentType(await make());
    expect(type).toEqual(expected);
  });

  it('answers the media type and the canonical extension', async () => {
    expect(await sniffDocumentType(await makeDocx())).toMatchObject({
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      extension: 'docx',
    });
    expect(await sniffDocumentType(jpeg())).toMatchObject({ mediaType: 'image/jpeg', extension: 'jpg' });
  });

  it.each([
    ['a text file', async () => Buffer.from('这是一份会议纪要，名字叫 纪要.pdf\n')],
    ['an HTML page', async () => Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>')],
    ['a Windows executable', async () => Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)])],
    ['an old binary .doc', async () => Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)])],
    ['a ZIP of a text file', makePlainZip],
    ['a ZIP that claims a Word part it lacks', makeHollowDocx],
    ['a macro-enabled Word file', makeDocm],
    ['a truncated ZIP', async () => (await makeDocx()).subarray(0, 200)],
    ['nothing at all', async () => Buffer.alloc(0)],
    ['%PDF in the middle of text', async () => Buffer.from('see %PDF-1.4')],
  ])('refuses %s', async (_name, make) => {
    expect(await sniffDocumentType(await make())).toBeNull();
  });

  it('finds the main part in [Content_Types].xml whatever the order of the attributes', () => {
    const main = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
    expect(overridePartName(`<Types><Override ContentType="${main}" PartName="/xl/workbook.xml"/></Types>`, main)).toBe('/xl/workbook.xml');
    expect(overridePartName(`<Types><Override PartName="/xl/workbook.xml" ContentType="${main}"/></Types>`, main)).toBe('/xl/workbook.xml');
    expect(overridePartName('<Types><Default Extension="xml" ContentType="application/xml"/></Types>', main)).toBeNull();
  });
});

describe('the declared file name', () => {
  it('takes the extension case-blind, and none from a dot file or a trailing dot', () => {
    expect(extensionOf('协商报告.PDF')).toBe('pdf');
    expect(extensionOf('archive.tar.gz')).toBe('gz');
    expect(extensionOf('.docx')).toBe('');
    expect(extensionOf('纪要.')).toBe('');
    expect(extensionOf('纪要')).toBe('');
  });

  it('must end with an extension of the sniffed type', () => {
    expect(fileNameFitsType('会议文件稿.docx', DOCUMENT_TYPES.docx)).toBe(true);
    expect(fileNameFitsType('照片.JPEG', DOCUMENT_TYPES.jpeg)).toBe(true);
    expect(fileNameFitsType('照片.jpg', DOCUMENT_TYPES.jpeg)).toBe(true);
    expect(fileNameFitsType('会议文件稿.pdf', DOCUMENT_TYPES.docx)).toBe(false);
    expect(fileNameFitsType('会议文件稿', DOCUMENT_TYPES.docx)).toBe(false);
    expect(fileNameFitsType('表格.xls', DOCUMENT_TYPES.xlsx)).toBe(false);
  });

  it('is a plain name: not empty, not a path, no control characters, not endless, well-formed', () => {
    expect(fileNameProblem('2027年度协商计划（征求意见稿）.docx')).toBeUndefined();
    expect(fileNameProblem('  ')).toBe('must not be empty');
    expect(fileNameProblem('../etc/passwd')).toBe('must be a file name, not a path');
    expect(fileNameProblem('a\\b.pdf')).toBe('must be a file name, not a path');
    expect(fileNameProblem('..')).toBe('must be a file name, not a path');
    expect(fileNameProblem('a\r\nSet-Cookie: x.pdf')).toBe('must not contain control characters');
    expect(fileNameProblem(`${'文'.repeat(252)}.pdf`)).toMatch(/at most 255/);
    expect(fileNameProblem(`${'文'.repeat(251)}.pdf`)).toBeUndefined();
    expect(fileNameProblem('bad\uD800.pdf')).toBe('must be well-formed Unicode');
  });
});
