import { z } from 'zod';
import { documentDescriptorSchema } from '../common/document.contract.js';

/**
 * A file attached to a solicitation (the 征求意见稿 itself, its explanations) or to a material.
 * The gateway stores the bytes and hands over the descriptor; the service records it and decides
 * who may download it (the same people who may read the record).
 */
export const attachDocumentCommandSchema = z.strictObject({ id: z.uuid(), document: documentDescriptorSchema });
export const attachmentRefSchema = z.strictObject({ id: z.uuid(), attachmentId: z.uuid() });

export interface AttachmentView {
  id: string;
  fileName: string;
  mediaType: string;
  size: number;
  attachedAt: string;
}
