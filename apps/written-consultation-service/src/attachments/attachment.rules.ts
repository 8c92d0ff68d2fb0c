import { randomUUID } from 'node:crypto';
import { type AttachmentView, type DocumentDescriptor, isDocumentOfTenant, WrittenErrorCode } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';

/** A document as a record keeps it: the gateway's descriptor, its own id and when it was attached. */
export interface StoredAttachment extends DocumentDescriptor {
  id: string;
  attachedAt: string;
}

/** A descriptor names storage of the caller's district only; any other is refused, naming the field. */
export const assertOwnDocument = (document: DocumentDescriptor, tenantId: string): void => {
  if (!isDocumentOfTenant(document, tenantId)) {
    throw new AppException(WrittenErrorCode.ForeignDocument, 'The document was not stored in this district', {
      fields: [{ path: 'document.storageKey', message: 'must be stored in the caller’s district' }],
    });
  }
};

export const newAttachment = (document: DocumentDescriptor, at = new Date()): StoredAttachment => ({ ...document, id: randomUUID(), attachedAt: at.toISOString() });

/** What readers see of a file: never its storage key. */
export const toAttachmentView = ({ id, fileName, mediaType, size, attachedAt }: StoredAttachment): AttachmentView => ({ id, fileName, mediaType, size, attachedAt });

/** The descriptor the gateway streams, once the caller may read the record; 404 for an id the record does not hold. */
export const attachmentOf = (attachments: readonly StoredAttachment[], attachmentId: string): DocumentDescriptor => {
  const found = attachments.find((attachment) => attachment.id === attachmentId);
  if (!found) throw AppException.notFound('attachment', attachmentId);
  const { id: _id, attachedAt: _at, ...descriptor } = found;
  return descriptor;
};
