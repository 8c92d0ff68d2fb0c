import { z } from 'zod';
import { idList, isoInstant, rowVersion, searchText, text } from '../common/primitives.js';
import type { AttachmentView } from './attachment.contract.js';

/** 书面征求意见: drafted by office or UFWD, sent to chosen party branches, closed when the summary is done. */
export const SOLICITATION_STATUSES = ['draft', 'sent', 'closed'] as const;
export type SolicitationStatus = (typeof SOLICITATION_STATUSES)[number];

const title = text.trim().min(1).max(200);

/** A section or question of the document the branches comment on. */
export const solicitationSectionSchema = z.strictObject({
  /** Short and stable within the document: `一`, `q1`, `第三条`. */
  key: text.trim().min(1).max(40),
  title: text.trim().min(1).max(200),
});

export const solicitationFieldsSchema = z.strictObject({
  title,
  /** The draft's version, e.g. 征求意见稿 or 第二稿. */
  documentVersion: text.trim().min(1).max(60),
  /** What the document asks, in a few lines. */
  description: text.trim().max(5000).default(''),
  /** The department that drafted the document: its opinions go to it for adoption (document_revision). */
  draftingOrgUnitId: z.uuid().nullable().default(null),
  sections: z
    .array(solicitationSectionSchema)
    .max(100)
    .default([])
    .refine((sections) => new Set(sections.map((section) => section.key)).size === sections.length, 'section keys must be distinct'),
  recipientOrgUnitIds: z
    .array(z.uuid())
    .min(1, 'name at least one party branch')
    .max(100)
    .refine((ids) => new Set(ids).size === ids.length, 'each branch once'),
  replyDeadline: isoInstant,
});

export const createSolicitationSchema = solicitationFieldsSchema;
export const updateSolicitationSchema = solicitationFieldsSchema.extend({ version: rowVersion });
export const sendSolicitationSchema = z.strictObject({});
export const closeSolicitationSchema = z.strictObject({});

export type CreateSolicitationInput = z.infer<typeof createSolicitationSchema>;

const id = { id: z.uuid() };
export const createSolicitationCommandSchema = createSolicitationSchema;
export const updateSolicitationCommandSchema = updateSolicitationSchema.extend(id);
export const solicitationRefSchema = z.strictObject(id);

export const solicitationListFilterSchema = z
  .object({ status: z.enum(SOLICITATION_STATUSES).optional(), q: searchText.optional(), id: idList.optional() })
  .strict();
export const SOLICITATION_SORT_FIELDS = ['createdAt', 'title', 'status', 'replyDeadline', 'sentAt'] as const;

/** One addressed branch: when it first opened the document and where its answer stands. */
export interface SolicitationRecipientView {
  orgUnitId: string;
  orgUnitName: string;
  openedAt: string | null;
  /** The branch's reply once submitted (its supplements are not counted). */
  answeredAt: string | null;
  late: boolean;
  noComment: boolean;
}

export interface SolicitationView {
  id: string;
  title: string;
  documentVersion: string;
  description: string;
  draftingOrgUnitId: string | null;
  sections: { key: string; title: string }[];
  recipientOrgUnitIds: string[];
  replyDeadline: string;
  status: SolicitationStatus;
  createdBy: string | null;
  createdByName: string;
  sentAt: string | null;
  closedAt: string | null;
  /** The document and its explanations, as files. */
  attachments: AttachmentView[];
  /** Office and UFWD see every branch's progress; a branch sees only its own line. */
  recipients: SolicitationRecipientView[];
  /** The addressed branches that have not submitted a reply (the reminder goes to them). */
  silentOrgUnitIds: string[];
  createdAt: string;
  updatedAt: string;
  version: number;
}
