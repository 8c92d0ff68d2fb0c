import { Injectable } from '@nestjs/common';
import { type CaseView, recordAdoptionCommandSchema } from '@xieshang/contracts';
import type { z } from 'zod';
import { OfficeUnitsSource } from '../../directory/office-units.js';
import { saveCase } from '../case.repository.js';
import { closeCaseTask, openCaseTask, unitAssignee } from '../case-tasks.js';
import { CaseWork } from '../case-work.js';
import { feedBackToParties } from '../case-feedback.js';

/**
 * The drafting department decides on a document-revision opinion: adopted, partly adopted or not,
 * with its reason; reported to the party office with a copy to UFWD, and the parties are told.
 */
@Injectable()
export class RecordAdoptionHandler {
  constructor(
    private readonly work: CaseWork,
    private readonly offices: OfficeUnitsSource,
  ) {}

  async execute(command: z.infer<typeof recordAdoptionCommandSchema>): Promise<CaseView> {
    const offices = await this.offices.units();
    return this.work.step(command.id, 'record-adoption', async ({ manager, row, people, note, now }) => {
      const saved = await saveCase(manager, row, {
        status: 'released',
        adoption: command.adoption,
        adoption_reason: command.reason,
        released_at: now,
        on_time: true,
      });
      await note(`adoption-${command.adoption}`, command.reason);
      await closeCaseTask(manager, row.id, 'adopt');
      // The report: to the party office, with a copy to UFWD; each reads it as a task to acknowledge.
      for (const [unit, role] of [[offices.partyOffice, 'office'], [offices.ufwd, 'ufwd']] as const) {
        if (unit) await openCaseTask(manager, { caseId: row.id, kind: 'review', unit, title: `意见采纳情况报告：${row.title}`, assignee: unitAssignee(unit, [role]), dueOn: null });
      }
      await feedBackToParties(manager, saved, people.partyOrgUnitIds, 'adoption');
      return saved;
    });
  }
}
