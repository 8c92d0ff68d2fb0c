import { type CaseFedBackPayload, HandlingEvent } from '@xieshang/contracts';
import { recordEvent } from '@xieshang/platform-messaging';
import type { EntityManager } from 'typeorm';
import { OUTBOX } from '../handling.constants.js';
import type { CaseRow } from './case.repository.js';
import { openCaseTask, unitAssignee } from './case-tasks.js';

/** Tells every party linked to the case its result; a released reply also waits for each party's rating. */
export const feedBackToParties = async (
  manager: EntityManager,
  row: CaseRow,
  partyOrgUnitIds: readonly string[],
  kind: CaseFedBackPayload['kind'],
  reportedTo: readonly (string | null)[] = [],
): Promise<void> => {
  const payload: CaseFedBackPayload = {
    caseId: row.id,
    number: row.number,
    title: row.title,
    kind,
    partyOrgUnitIds: [...partyOrgUnitIds],
    reportedToOrgUnitIds: [...new Set(reportedTo.filter((unit): unit is string => unit !== null))],
    outcome: kind === 'reply' ? row.outcome : null,
    adoption: kind === 'adoption' ? row.adoption : null,
  };
  await recordEvent(manager, { subject: HandlingEvent.FedBack, payload }, OUTBOX);
  if (kind !== 'reply') return;
  for (const unit of partyOrgUnitIds) {
    await openCaseTask(manager, { caseId: row.id, kind: 'rate', unit, title: `评价办理答复：${row.title}`, assignee: unitAssignee(unit, ['party-leader', 'party-member']), dueOn: null });
  }
};
