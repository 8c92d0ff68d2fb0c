import { type CaseAssignedPayload, type CaseReturnedPayload, HandlingEvent } from '@xieshang/contracts';
import { recordEvent } from '@xieshang/platform-messaging';
import type { EntityManager } from 'typeorm';
import { OUTBOX } from '../handling.constants.js';
import { type CaseRow, coHandlersOf } from './case.repository.js';

/** Tells the lead and co-handling departments their case and its due date, in the step that starts their period. */
export const recordCaseAssigned = async (manager: EntityManager, row: CaseRow, dueAt: Date): Promise<void> => {
  if (!row.lead_org_unit_id || !row.assigned_by_role) return;
  const payload: CaseAssignedPayload = {
    caseId: row.id,
    number: row.number,
    title: row.title,
    leadOrgUnitId: row.lead_org_unit_id,
    coHandlerOrgUnitIds: (await coHandlersOf(manager, [row.id])).map((handler) => handler.org_unit_id),
    assignedByRole: row.assigned_by_role,
    dueAt: dueAt.toISOString(),
    rehandling: row.rehandled,
  };
  await recordEvent(manager, { subject: HandlingEvent.Assigned, payload }, OUTBOX);
};

/** Tells the assigning office that the department gave the case back, with its reason. */
export const recordCaseReturned = async (
  manager: EntityManager,
  row: CaseRow,
  returned: { reason: string; assignerOrgUnitId: string | null },
): Promise<void> => {
  if (!row.lead_org_unit_id || !row.assigned_by_role) return;
  const payload: CaseReturnedPayload = {
    caseId: row.id,
    number: row.number,
    title: row.title,
    returnedByOrgUnitId: row.lead_org_unit_id,
    reason: returned.reason,
    assignedByRole: row.assigned_by_role,
    assignerOrgUnitId: returned.assignerOrgUnitId,
  };
  await recordEvent(manager, { subject: HandlingEvent.Returned, payload }, OUTBOX);
};
