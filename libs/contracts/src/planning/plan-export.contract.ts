import { z } from 'zod';
import { withActor } from './planning-actor.contract.js';

export const EXPORT_FORMATS = ['docx', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export const exportPlanCommandSchema = z.strictObject({ id: z.uuid(), format: z.enum(EXPORT_FORMATS), ...withActor });

/** A generated document, small enough to cross NATS as base64. */
export interface PlanExportView {
  fileName: string;
  contentType: string;
  base64: string;
}
