import { Injectable } from '@nestjs/common';
import { type CaseView, recordAdoptionCommandSchema } from '@xieshang/contracts';
import type { z } from 'zod';
import { OfficeUnitsSource } from '../../directory/office-units.js';
import { saveCase } from '../case.repository.js';
import { closeCaseTask } from '../case-tasks.js';
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
      // Reported to the party office with a copy to UFWD, and told to the parties, in one event.
      await feedBackToParties(manager, saved, people.partyOrgUnitIds, 'adoption', [offices.partyOffice, offices.ufwd]);
      return saved;
    });
  }
}
