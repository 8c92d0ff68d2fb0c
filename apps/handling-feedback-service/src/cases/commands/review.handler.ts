import { Injectable } from '@nestjs/common';
import { approveReplyCommandSchema, type CaseView, releaseReplyCommandSchema, sendBackReplyCommandSchema } from '@xieshang/contracts';
import { cancelDeadlines } from '@xieshang/platform-deadlines';
import type { z } from 'zod';
import { OfficeUnitsSource } from '../../directory/office-units.js';
import { DEADLINES } from '../../handling.constants.js';
import { saveCase } from '../case.repository.js';
import { isOnTime } from '../case.rules.js';
import { closeCaseTask, openCaseTask, unitAssignee } from '../case-tasks.js';
import { CaseWork } from '../case-work.js';
import { feedBackToParties } from '../case-feedback.js';
import { caseReference } from './start-handling.js';

const S = 'handling_feedback';

/** The assigning office reviews the reply (and may send it back); UFWD releases it to the parties. */
@Injectable()
export class ReviewHandler {
  constructor(
    private readonly work: CaseWork,
    private readonly offices: OfficeUnitsSource,
  ) {}

  async approve(command: z.infer<typeof approveReplyCommandSchema>): Promise<CaseView> {
    const { ufwd } = await this.offices.units();
    return this.work.step(command.id, 'approve', async ({ manager, row, note }) => {
      await note('review-approved', command.note);
      await closeCaseTask(manager, row.id, 'review');
      if (ufwd) await openCaseTask(manager, { caseId: row.id, kind: 'release', title: `反馈办理答复：${row.title}`, assignee: unitAssignee(ufwd, ['ufwd']), dueOn: null });
      return saveCase(manager, row, { status: 'to_release' });
    });
  }

  /** Returned as inadequate: the department revises it, the co-handlers sign again; supervision counts it. */
  sendBack(command: z.infer<typeof sendBackReplyCommandSchema>): Promise<CaseView> {
    return this.work.step(command.id, 'send-back', async ({ manager, row, note }) => {
      await manager.query(`update ${S}.case_co_handlers set signed_at = null, signed_by_name = null, opinion = '' where case_id = $1`, [row.id]);
      await note('review-sent-back', command.reason);
      await closeCaseTask(manager, row.id, 'review');
      await openCaseTask(manager, { caseId: row.id, kind: 'handle', title: `办理答复被退回，请修改：${row.title}`, assignee: unitAssignee(row.lead_org_unit_id!, ['department']), dueOn: null });
      return saveCase(manager, row, { status: 'assigned', sent_back_count: row.sent_back_count + 1 });
    });
  }

  release(command: z.infer<typeof releaseReplyCommandSchema>): Promise<CaseView> {
    return this.work.step(command.id, 'release', async ({ manager, row, people, note, now }) => {
      await cancelDeadlines(manager, { reference: caseReference(row.id) }, DEADLINES, now);
      const dueAt = row.due_at ? new Date(row.due_at) : null;
      // A step-by-step case reporting progress keeps the timeliness of its first release.
      const saved = await saveCase(manager, row, { status: 'released', released_at: row.released_at ?? now, on_time: row.on_time ?? isOnTime(now, dueAt) });
      await note('released');
      await closeCaseTask(manager, row.id, 'release');
      await feedBackToParties(manager, saved, people.partyOrgUnitIds, 'reply');
      return saved;
    });
  }
}
