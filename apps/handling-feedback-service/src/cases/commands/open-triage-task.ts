import type { EntityManager } from 'typeorm';
import type { CaseRow } from '../case.repository.js';
import { openCaseTask, unitAssignee } from '../case-tasks.js';

/** A new case waits for UFWD's triage (梳理). */
export const openTriageTask = async (manager: EntityManager, row: CaseRow, ufwdUnit: string | null): Promise<void> => {
  if (!ufwdUnit) return;
  await openCaseTask(manager, { caseId: row.id, kind: 'triage', title: `梳理协商意见：${row.title}`, assignee: unitAssignee(ufwdUnit, ['ufwd']), dueOn: null });
};
