import { Inject, Injectable } from '@nestjs/common';
import type { CaseView } from '@xieshang/contracts';
import { type Clock } from '@xieshang/platform-deadlines';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { SERVICE_CLOCK } from '@xieshang/platform-runtime';
import { type Caller, currentCaller, nameOf } from '@xieshang/platform-tenancy';
import type { EntityManager } from 'typeorm';
import { auditChange } from '../audit.js';
import { HandlingSettings } from '../settings/handling-settings.js';
import { type CaseRow, findVisibleCase, participantsOf, recordStep } from './case.repository.js';
import { type CaseAction, type CaseParticipants, assertCaseStatus, assertMayAct, caseVisibility } from './case.rules.js';
import { toCaseViews } from './case-view.js';

export interface StepContext {
  manager: EntityManager;
  row: CaseRow;
  caller: Caller;
  people: CaseParticipants;
  now: Date;
  /** The tenant's time zone, asked before the transaction opened. */
  zone: string;
  /** Adds the step to the case's history as the caller. */
  note: (step: string, text?: string) => Promise<unknown>;
}

const auditedFields = (row: CaseRow) => ({
  status: row.status,
  track: row.track,
  leadOrgUnitId: row.lead_org_unit_id,
  dueAt: row.due_at,
  outcome: row.outcome,
  adoption: row.adoption,
  version: row.version,
});

/**
 * One step on one case, in one keyed write: the case is read as the caller may see it and locked,
 * the step is checked against its status and the caller's role and unit, the change is made, its
 * history and audit recorded, and the case answered as it now stands.
 */
@Injectable()
export class CaseWork {
  constructor(
    private readonly database: TenantDatabase,
    private readonly settings: HandlingSettings,
    @Inject(SERVICE_CLOCK) private readonly clock: Clock,
  ) {}

  now(): Date {
    return this.clock.now();
  }

  async step(id: string, action: CaseAction, change: (context: StepContext) => Promise<CaseRow>): Promise<CaseView> {
    const caller = currentCaller();
    const zone = await this.settings.timeZone();
    return this.database.write(async (manager) => {
      const row = await findVisibleCase(manager, id, caseVisibility(caller), true);
      assertCaseStatus(row.status, action);
      const people = await participantsOf(manager, row);
      assertMayAct(caller, action, people);
      const now = this.clock.now();
      const actor = { id: caller.personId, name: nameOf(caller), orgUnitId: caller.orgUnitId };
      const after = await change({ manager, row, caller, people, now, zone, note: (step, text = '') => recordStep(manager, row.id, step, actor, text, now) });
      await auditChange(manager, 'case', row.id, action, auditedFields(row), auditedFields(after));
      return this.view(manager, after, zone);
    });
  }

  async view(manager: EntityManager, row: CaseRow, zone: string): Promise<CaseView> {
    const [view] = await toCaseViews(manager, [row], { now: this.clock.now(), zone, history: true });
    return view!;
  }
}
