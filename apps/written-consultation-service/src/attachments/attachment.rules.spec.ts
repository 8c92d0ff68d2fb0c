import type { AppException } from '@xieshang/platform-errors';
import { assertOwnDocument, attachmentOf, newAttachment, toAttachmentView } from './attachment.rules.js';

const sha = 'a'.repeat(64);
const document = { storageKey: `bazhou/${sha}`, sha256: sha, size: 10, mediaType: 'application/pdf' as const, fileName: '征求意见稿.pdf' };

describe('attachments', () => {
  it('accepts only documents stored in the caller’s district', () => {
    expect(() => assertOwnDocument(document, 'bazhou')).not.toThrow();
    try {
      assertOwnDocument(document, 'enyang');
      throw new Error('accepted');
    } catch (error) {
      expect((error as AppException).code).toBe('VALIDATION.FOREIGN_DOCUMENT');
    }
  });

  it('shows readers the file without its storage key, and hands the gateway the descriptor by id', () => {
    const stored = newAttachment(document, new Date('2027-01-01T00:00:00Z'));
    expect(toAttachmentView(stored)).toEqual({ id: stored.id, fileName: '征求意见稿.pdf', mediaType: 'application/pdf', size: 10, attachedAt: '2027-01-01T00:00:00.000Z' });
    expect(attachmentOf([stored], stored.id)).toEqual(document);
    expect(() => attachmentOf([stored], '00000000-0000-4000-8000-000000000000')).toThrow();
  });
});
