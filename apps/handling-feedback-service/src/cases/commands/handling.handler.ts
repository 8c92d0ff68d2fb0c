import { Injectable } from '@nestjs/common';
import { type CaseView, coSignCaseCommandSchema, HandlingErrorCode, replyCaseCommandSchema } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { nameOf } from '@xieshang/platform-tenancy';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { OfficeUnitsSource, type OfficeUnits } from '../../directory/office-units.js';
import { type CaseRow, coHandlersOf, saveCase } from '../case.repository.js';
import { closeCaseTask, openCaseTask, unitAssignee } from '../case-tasks.js';
import { CaseWork } from '../case-work.js';

const S = 'handling_feedback';

/** The reply goes to the assigning office's review, once every co-handler has signed it (会签). */
export const openReview = async (manager: EntityManager, row: CaseRow, offices: OfficeUnits): Promise<CaseRow> => {
  const role = row.assigned_by_role ?? 'office';
  const unit = role === 'office' ? offices.partyOffice : offices.govOffice;
  if (unit) await openCaseTask(manager, { caseId: row.id, kind: 'review', unit, title: `审核办理答复：${row.title}`, assignee: unitAssignee(unit, [role]), dueOn: null });
  return saveCase(manager, row, { status: 'in_review' });
};

/** The lead department records its handling and one outcome; co-handling departments sign it. */
@Injectable()
export class HandlingHandler {
  constructor(
    private readonly work: CaseWork,
    private readonly offices: OfficeUnitsSource,
  ) {}

  async reply(command: z.infer<typeof replyCaseCommandSchema>): Promise<CaseView> {
    const offices = await this.offices.units();
    return this.work.step(command.id, 'reply', async ({ manager, row, note }) => {
      // After release only a step-by-step case is reported on again, until it is solved.
      const followUp = row.status === 'released' || row.status === 'rated';
      if (followUp && row.outcome !== 'solving_step_by_step') throw new AppException(HandlingErrorCode.CaseNotInState, 'Only a case being solved step by step is reported on after release');
      if (followUp) await manager.query(`update ${S}.case_co_handlers set signed_at = null, signed_by_name = null, opinion = '' where case_id = $1`, [row.id]);
      const saved = await saveCase(manager, row, {
        outcome: command.outcome,
        reply: command.reply,
        plan: command.outcome === 'solving_step_by_step' ? command.plan : null,
        plan_due_on: command.outcome === 'solving_step_by_step' ? command.planDueOn : null,
      });
      await note(followUp ? `progress-${command.outcome}` : `replied-${command.outcome}`, command.reply);
      await closeCaseTask(manager, row.id, 'handle');
      const unsigned = (await coHandlersOf(manager, [row.id])).filter((handler) => handler.signed_at === null);
      if (unsigned.length === 0) return openReview(manager, saved, offices);
      for (const handler of unsigned) {
        await openCaseTask(manager, { caseId: row.id, kind: 'co-sign', unit: handler.org_unit_id, title: `会签办理答复：${row.title}`, assignee: unitAssignee(handler.org_unit_id, ['department']), dueOn: null });
      }
      return saveCase(manager, saved, { status: 'co_signing' });
    });
  }

  async coSign(command: z.infer<typeof coSignCaseCommandSchema>): Promise<CaseView> {
    const offices = await this.offices.units();
    return this.work.step(command.id, 'co-sign', async ({ manager, row, caller, note, now }) => {
      const signed: unknown[] = await manager.query(
        `update ${S}.case_co_handlers set signed_at = $3, signed_by_name = $4, opinion = $5 where case_id = $1 and org_unit_id = $2 and signed_at is null returning org_unit_id`,
        [row.id, caller.orgUnitId, now, nameOf(caller), command.opinion],
      );
      if ((Array.isArray(signed[0]) ? (signed[0] as unknown[]) : signed).length === 0) throw new AppException(HandlingErrorCode.CaseNotInState, 'This department has signed the reply already');
      await note('co-signed', command.opinion);
      await closeCaseTask(manager, row.id, 'co-sign', caller.orgUnitId!);
      const unsigned = (await coHandlersOf(manager, [row.id])).filter((handler) => handler.signed_at === null);
      return unsigned.length === 0 ? openReview(manager, row, offices) : saveCase(manager, row, {});
    });
  }
}
