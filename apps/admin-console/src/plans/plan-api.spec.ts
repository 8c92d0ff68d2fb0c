import { describe, expect, it } from 'vitest';
import { attachmentName } from './plan-api.js';

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
