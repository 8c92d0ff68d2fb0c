import { Inject, Injectable } from '@nestjs/common';
import { type CaseView, registerCaseCommandSchema } from '@xieshang/contracts';
import { type Clock, localDateTimeOf } from '@xieshang/platform-deadlines';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { SERVICE_CLOCK } from '@xieshang/platform-runtime';
import { currentCaller, nameOf, requireAnyRole } from '@xieshang/platform-tenancy';
import type { z } from 'zod';
import { auditChange } from '../../audit.js';
import { bumpCounter } from '../../dashboard/dashboard-counters.js';
import { OfficeUnitsSource } from '../../directory/office-units.js';
import { HandlingSettings } from '../../settings/handling-settings.js';
import { insertCase, linkParty, recordStep } from '../case.repository.js';
import { CaseWork } from '../case-work.js';
import { openTriageTask } from './open-triage-task.js';

/** Office or UFWD registers an opinion that reached them outside the platform. */
@Injectable()
export class RegisterCaseHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly work: CaseWork,
    private readonly offices: OfficeUnitsSource,
    private readonly settings: HandlingSettings,
    @Inject(SERVICE_CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: z.infer<typeof registerCaseCommandSchema>): Promise<CaseView> {
    const caller = currentCaller();
    requireAnyRole(caller, ['office', 'ufwd']);
    const [{ ufwd }, zone] = await Promise.all([this.offices.units(), this.settings.timeZone()]);
    return this.database.write(async (manager) => {
      const now = this.clock.now();
      const row = (await insertCase(manager, {
        opinionId: null,
        title: command.title,
        text: command.text,
        suggestedTrack: command.suggestedTrack,
        sourceKind: command.sourceKind,
        sourceRecordId: null,
        sourceTitle: command.title,
        sourceSection: null,
        draftingOrgUnitId: command.draftingOrgUnitId,
        splitFromId: null,
        raisedAt: now,
        year: localDateTimeOf(now, zone).year,
      }))!;
      await linkParty(manager, row.id, { party_org_unit_id: command.partyOrgUnitId, raised_by_person_id: null, raised_by_name: command.raisedByName, opinion_id: null });
      await recordStep(manager, row.id, 'registered', { id: caller.personId, name: nameOf(caller), orgUnitId: caller.orgUnitId }, '', now);
      await auditChange(manager, 'case', row.id, 'registered', null, { status: row.status, title: row.title });
      await bumpCounter(manager, row.year, 'party', command.partyOrgUnitId ?? 'individual');
      await openTriageTask(manager, row, ufwd);
      return this.work.view(manager, row, zone);
    });
  }
}
