import { Injectable } from '@nestjs/common';
import { type CaseView, HandlingErrorCode, rateCaseCommandSchema } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { nameOf } from '@xieshang/platform-tenancy';
import type { z } from 'zod';
import { OfficeUnitsSource } from '../../directory/office-units.js';
import { HandlingSettings } from '../../settings/handling-settings.js';
import { saveCase } from '../case.repository.js';
import { assertRehandling } from '../case.rules.js';
import { closeCaseTask } from '../case-tasks.js';
import { CaseWork } from '../case-work.js';
import { startHandling } from './start-handling.js';

const S = 'handling_feedback';

/** A party rates the reply; "not satisfied" may ask once for re-handling by the same department, with a new due date. */
@Injectable()
export class RateCaseHandler {
  constructor(
    private readonly work: CaseWork,
    private readonly offices: OfficeUnitsSource,
    private readonly settings: HandlingSettings,
  ) {}

  async execute(command: z.infer<typeof rateCaseCommandSchema>): Promise<CaseView> {
    const [offices, months] = await Promise.all([this.offices.units(), this.settings.reportMonths()]);
    return this.work.step(command.id, 'rate', async ({ manager, row, caller, note, now, zone }) => {
      const round = row.rehandled ? 2 : 1;
      const inserted: unknown[] = await manager.query(
        `insert into ${S}.case_ratings (case_id, party_org_unit_id, round, satisfaction, comment, requested_rehandling, rated_by, rated_by_name, rated_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9) on conflict do nothing returning round`,
        [row.id, caller.orgUnitId, round, command.satisfaction, command.comment, command.requestRehandling, caller.personId, nameOf(caller), now],
      );
      if (inserted.length === 0) throw new AppException(HandlingErrorCode.CaseNotInState, 'This party has rated this reply already');
      await note(`rated-${command.satisfaction}`, command.comment);
      await closeCaseTask(manager, row.id, 'rate', caller.orgUnitId!);
      if (!command.requestRehandling) return saveCase(manager, row, { status: 'rated' });
      assertRehandling(row.rehandled);
      if (row.track !== 'actionable') throw new AppException(HandlingErrorCode.CaseNotInState, 'Only an assigned case is handled again');
      await note('rehandling-requested', command.comment);
      const reopened = await saveCase(manager, row, { rehandled: true });
      const assignerUnit = row.assigned_by_role === 'gov-office' ? offices.govOffice : offices.partyOffice;
      return startHandling(manager, reopened, { now, months, zone, escalateTo: [assignerUnit, offices.ufwd] });
    });
  }
}
