import { z } from 'zod';
import { idList, isoInstant, searchText, text } from '../common/primitives.js';
import type { AttachmentView } from './attachment.contract.js';

/**
 * 知情明政 (§5.2, §5.4): materials a department or UFWD sends to the parties (reports, statistics,
 * briefing notes), and a leader's invitation of party leaders to an important meeting or an
 * inspection. Only the sender's unit and the recipients see them.
 */
export const MATERIAL_KINDS = ['report', 'statistics', 'briefing', 'meeting_invitation', 'inspection_invitation'] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];
export const INVITATION_KINDS: readonly MaterialKind[] = ['meeting_invitation', 'inspection_invitation'];

export const sendMaterialSchema = z
  .strictObject({
    kind: z.enum(MATERIAL_KINDS),
    title: text.trim().min(1).max(200),
    body: text.trim().max(20_000).default(''),
    recipientOrgUnitIds: z
      .array(z.uuid())
      .min(1, 'name at least one party branch')
      .max(100)
      .refine((ids) => new Set(ids).size === ids.length, 'each branch once'),
    /** An invitation's time and place. */
    eventAt: isoInstant.nullable().default(null),
    location: text.trim().max(200).nullable().default(null),
  })
  .superRefine((value, context) => {
    if (INVITATION_KINDS.includes(value.kind) && !value.eventAt) context.addIssue({ code: 'custom', path: ['eventAt'], message: 'an invitation names its time' });
  });

export const sendMaterialCommandSchema = sendMaterialSchema;
export const materialRefSchema = z.strictObject({ id: z.uuid() });

export const materialListFilterSchema = z
  .object({ kind: z.enum(MATERIAL_KINDS).optional(), q: searchText.optional(), id: idList.optional() })
  .strict();
export const MATERIAL_SORT_FIELDS = ['sentAt', 'title', 'kind'] as const;

export interface MaterialReceiptView {
  orgUnitId: string;
  orgUnitName: string;
  readAt: string | null;
  readByName: string | null;
}

export interface MaterialView {
  id: string;
  kind: MaterialKind;
  title: string;
  body: string;
  eventAt: string | null;
  location: string | null;
  senderOrgUnitId: string | null;
  senderName: string;
  sentAt: string;
  attachments: AttachmentView[];
  /** The sender sees every recipient's confirmation; a recipient sees its own. */
  receipts: MaterialReceiptView[];
  version: number;
}
