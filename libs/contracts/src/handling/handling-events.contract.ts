import { z } from 'zod';
import { isoInstant, text } from '../common/primitives.js';
import { ASSIGNER_ROLES } from './case.contract.js';

const title = text.trim().min(1).max(200);

/**
 * `evt.handling-feedback.case.assigned.v1`: the departments that handle the case, named so a
 * reader needs nothing else to know who must hear of it. Cases are never confidential.
 */
export const caseAssignedPayloadSchema = z.object({
  caseId: z.uuid(),
  number: z.number().int().min(1),
  title,
  leadOrgUnitId: z.uuid(),
  coHandlerOrgUnitIds: z.array(z.uuid()),
  assignedByRole: z.enum(ASSIGNER_ROLES),
  dueAt: isoInstant,
  /** Handled again at a party's request, by the same departments, with a new due date. */
  rehandling: z.boolean(),
});
export type CaseAssignedPayload = z.infer<typeof caseAssignedPayloadSchema>;

/** `evt.handling-feedback.case.returned.v1`: which department gave it back, why, and who assigned it. */
export const caseReturnedPayloadSchema = z.object({
  caseId: z.uuid(),
  number: z.number().int().min(1),
  title,
  returnedByOrgUnitId: z.uuid(),
  reason: text.trim().min(1).max(2000),
  assignedByRole: z.enum(ASSIGNER_ROLES),
  /** The assigning office's unit (区委办公室 or 区政府办公室); null when the district has none. */
  assignerOrgUnitId: z.uuid().nullable(),
});
export type CaseReturnedPayload = z.infer<typeof caseReturnedPayloadSchema>;

/**
 * `evt.handling-feedback.supervision-report.published.v1`: the report and the departments it
 * names, who read it besides the organisers (a department reads only the reports naming it).
 */
export const supervisionPublishedPayloadSchema = z.object({
  reportId: z.uuid(),
  year: z.number().int().min(2000).max(2999),
  title,
  namedOrgUnitIds: z.array(z.uuid()),
});
export type SupervisionPublishedPayload = z.infer<typeof supervisionPublishedPayloadSchema>;
