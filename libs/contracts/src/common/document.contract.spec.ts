import { documentDescriptorSchema, isDocumentOfTenant } from './document.contract.js';

const sha256 = 'a'.repeat(64);
const valid = { storageKey: `bazhou/${sha256}`, sha256, size: 1200, mediaType: 'application/pdf', fileName: '协商会议纪要.pdf' };

describe('a document descriptor', () => {
  it('accepts what the gateway stores', () => {
    expect(documentDescriptorSchema.parse(valid)).toEqual(valid);
  });

  it.each([
    ['a key of another hash', { storageKey: `bazhou/${'b'.repeat(64)}` }, 'storageKey'],
    ['a key that climbs out', { storageKey: `../bazhou/${sha256}` }, 'storageKey'],
    ['an unaccepted type', { mediaType: 'text/html' }, 'mediaType'],
    ['a path as name', { fileName: '../纪要.pdf' }, 'fileName'],
    ['an empty file', { size: 0 }, 'size'],
    ['an unknown field', { url: 'http://x' }, ''],
  ])('refuses %s', (_name, change, path) => {
    const result = documentDescriptorSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });

  it('belongs to the tenant its key starts with, and to no other', () => {
    expect(isDocumentOfTenant(valid, 'bazhou')).toBe(true);
    expect(isDocumentOfTenant(valid, 'bazhong')).toBe(false);
    expect(isDocumentOfTenant(valid, 'bazho')).toBe(false);
  });
});
