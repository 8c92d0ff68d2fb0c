import {
  asciiFallbackName,
  contentDispositionFor,
  declaredLengthExceeds,
  oversizedBodyRest,
  encodeRfc5987,
  fileNameFromContentDisposition,
  uploadMediaTypeProblem,
} from './upload.rules.js';

describe('the file name of an upload', () => {
  it("reads filename*=UTF-8'' as percent-encoded UTF-8", () => {
    const name = '2027年度协商计划（征求意见稿）.docx';
    expect(fileNameFromContentDisposition(`attachment; filename*=UTF-8''${encodeURIComponent(name)}`)).toEqual({ fileName: name });
    expect(fileNameFromContentDisposition(`attachment; filename*=utf-8'zh-CN'${encodeURIComponent(name)}`)).toEqual({ fileName: name });
  });

  it('prefers filename* over filename, in either order', () => {
    expect(fileNameFromContentDisposition(`attachment; filename*=UTF-8''%E7%BA%AA%E8%A6%81.pdf; filename="minutes.pdf"`)).toEqual({ fileName: '纪要.pdf' });
    expect(fileNameFromContentDisposition(`attachment; filename="minutes.pdf"; filename*=UTF-8''%E7%BA%AA%E8%A6%81.pdf`)).toEqual({ fileName: '纪要.pdf' });
  });

  it('takes a plain ASCII filename, quoted or not', () => {
    expect(fileNameFromContentDisposition('attachment; filename="agenda 2027.pdf"')).toEqual({ fileName: 'agenda 2027.pdf' });
    expect(fileNameFromContentDisposition('attachment; filename=agenda.pdf')).toEqual({ fileName: 'agenda.pdf' });
    expect(fileNameFromContentDisposition('attachment; filename="say \\"hi\\".pdf"')).toEqual({ fileName: 'say "hi".pdf' });
  });

  it.each([
    [undefined, /required/],
    ['', /required/],
    ['attachment', /no filename/],
    ['attachment; filename=""', /no filename/],
    ['attachment; filename="纪要.pdf"', /beyond ASCII/],
    ["attachment; filename*=GBK''%BC%CD.pdf", /UTF-8/],
    ['attachment; filename*=%E7%BA%AA.pdf', /UTF-8''/],
    ["attachment; filename*=UTF-8''%E7%BA.pdf", /not valid/],
  ])('refuses %j', (header, problem) => {
    const result = fileNameFromContentDisposition(header);
    expect(result).toEqual({ problem: expect.stringMatching(problem) });
  });
});

describe('the body of an upload', () => {
  it('is octet-stream or an accepted document’s own type', () => {
    expect(uploadMediaTypeProblem('application/octet-stream')).toBeUndefined();
    expect(uploadMediaTypeProblem('application/PDF; name=x')).toBeUndefined();
    expect(uploadMediaTypeProblem('image/webp')).toBeUndefined();
    expect(uploadMediaTypeProblem(undefined)).toMatch(/required/);
    expect(uploadMediaTypeProblem('application/json')).toMatch(/not an upload/);
    expect(uploadMediaTypeProblem('multipart/form-data; boundary=x')).toMatch(/not an upload/);
    expect(uploadMediaTypeProblem('application/x-www-form-urlencoded')).toMatch(/not an upload/);
  });

  it('is refused up front when its declared length is over the limit', () => {
    expect(declaredLengthExceeds('1025', 1024)).toBe(true);
    expect(declaredLengthExceeds('1024', 1024)).toBe(false);
    expect(declaredLengthExceeds(undefined, 1024)).toBe(false);
    expect(declaredLengthExceeds('lots', 1024)).toBe(false);
  });

  it('drains the rest of a body at most twice the limit, so its sender reads the answer, and cuts anything bigger', () => {
    expect(oversizedBodyRest('1025', 1024)).toBe('drain');
    expect(oversizedBodyRest('2048', 1024)).toBe('drain');
    expect(oversizedBodyRest('2049', 1024)).toBe('close');
    expect(oversizedBodyRest(undefined, 1024)).toBe('close');
    expect(oversizedBodyRest('lots', 1024)).toBe('close');
  });
});

describe('the file name of a download', () => {
  it('is sent RFC 5987-encoded beside an ASCII fallback', () => {
    expect(contentDispositionFor('会议纪要.docx')).toBe(
      `attachment; filename="document.docx"; filename*=UTF-8''%E4%BC%9A%E8%AE%AE%E7%BA%AA%E8%A6%81.docx`,
    );
    expect(contentDispositionFor('agenda (final).pdf', 'inline')).toBe(`inline; filename="agenda (final).pdf"; filename*=UTF-8''agenda%20%28final%29.pdf`);
  });

  it('round-trips through the upload parser', () => {
    for (const name of ['巴州区政协“十四五”协商计划.xlsx', "it's 100%*.pdf", '照片 1.jpg']) {
      const header = contentDispositionFor(name);
      expect(fileNameFromContentDisposition(header)).toEqual({ fileName: name });
    }
  });

  it('never lets quotes, backslashes or non-ASCII into the fallback', () => {
    expect(asciiFallbackName('a"b\\c.pdf')).toBe('a_b_c.pdf');
    expect(asciiFallbackName('2027年计划.pdf')).toBe('2027___.pdf');
    expect(encodeRfc5987("'()*")).toBe('%27%28%29%2A');
  });
});
