import { scheduleDeadline } from '@xieshang/platform-deadlines';
import type { EntityManager } from 'typeorm';
import { DEADLINES } from '../../handling.constants.js';
import { type CaseRow, saveCase } from '../case.repository.js';
import { caseClock, REMINDER_DAYS_BEFORE } from '../case.rules.js';
import { openCaseTask, unitAssignee } from '../case-tasks.js';
import { recordCaseAssigned } from '../case-events.js';
import { daysBefore, localDateTimeOf } from '@xieshang/platform-deadlines';

export const caseReference = (caseId: string): string => `case/${caseId}`;

const localDay = (instant: Date, zone: string): string => {
  const local = localDateTimeOf(instant, zone);
  return `${local.year}-${String(local.month).padStart(2, '0')}-${String(local.day).padStart(2, '0')}`;
};

/**
 * The reminder before the due date (to the lead department) and the overdue escalation at it (to
 * the assigner and UFWD). Scheduling again moves a pending one, or sets a new one once fired.
 */
export const scheduleCaseDeadlines = async (manager: EntityManager, row: CaseRow, dueAt: Date, zone: string, escalateTo: readonly (string | null)[]): Promise<void> => {
  const reference = caseReference(row.id);
  const payload = { caseId: row.id, number: row.number, title: row.title, leadOrgUnitId: row.lead_org_unit_id, dueAt: dueAt.toISOString() };
  await scheduleDeadline(manager, { kind: 'case-reminder', reference, dueAt: daysBefore(dueAt, REMINDER_DAYS_BEFORE, zone), recipients: [{ orgUnitId: row.lead_org_unit_id }], payload }, DEADLINES);
  const escalation = [...new Set(escalateTo.filter((unit): unit is string => unit !== null))].map((orgUnitId) => ({ orgUnitId }));
  await scheduleDeadline(manager, { kind: 'case-overdue', reference, dueAt, recipients: escalation, payload }, DEADLINES);
};

/**
 * The lead department's period starts: due after the tenant's report months in its calendar, with
 * its deadlines, the co-handlers' signatures cleared, the department's task opened, and the lead
 * and co-handling departments told.
 */
export const startHandling = async (
  manager: EntityManager,
  row: CaseRow,
  clock: { now: Date; months: number; zone: string; escalateTo: readonly (string | null)[] },
): Promise<CaseRow> => {
  const { dueAt } = caseClock(clock.now, clock.months, clock.zone);
  await manager.query(`update handling_feedback.case_co_handlers set signed_at = null, signed_by_name = null, opinion = '' where case_id = $1`, [row.id]);
  const saved = await saveCase(manager, row, { status: 'assigned', assigned_at: clock.now, due_at: dueAt, released_at: null, on_time: null });
  await scheduleCaseDeadlines(manager, saved, dueAt, clock.zone, clock.escalateTo);
  await recordCaseAssigned(manager, saved, dueAt);
  await openCaseTask(manager, {
    caseId: row.id,
    kind: 'handle',
    title: `办理协商意见：${row.title}`,
    assignee: unitAssignee(row.lead_org_unit_id!, ['department']),
    dueOn: localDay(dueAt, clock.zone),
  });
  return saved;
};
