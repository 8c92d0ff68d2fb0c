import { Injectable } from '@nestjs/common';
import { type PlanItemView, PlanningErrorCode, updatePlanItemCommandSchema } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { assertCurrentVersion, TenantDatabase } from '@xieshang/platform-persistence';
import { auditChange } from '../../audit.js';
import { currentCaller } from '@xieshang/platform-tenancy';
import { DirectoryOrgUnits } from '../../directory/directory-org-units.js';
import { PLAN_EDITORS, requireRole } from '../../plans/plan-access.rules.js';
import { findVisiblePlan } from '../../plans/plan-repository.js';
import { itemChangeMode, requireRevisionReason } from '../../plans/plan.rules.js';
import { revisePublishedPlan } from '../../revisions/revise-published-plan.js';
import { PlanningSettings } from '../../settings/planning-settings.js';
import { PlanItemEntity, toPlanItemView } from '../plan-item.entity.js';
import { assignItemFields } from '../plan-item-fields.js';
import { assertInPlanYear, assertKnownOrgUnits, namedOrgUnits } from '../plan-item.rules.js';
import { findItem } from '../plan-item.repository.js';
import type { z } from 'zod';

/** Changes an item (PUT replaces its fields); after publication it makes a new revision with the reason. */
@Injectable()
export class UpdatePlanItemHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly orgUnits: DirectoryOrgUnits,
    private readonly settings: PlanningSettings,
  ) {}

  async execute(command: z.infer<typeof updatePlanItemCommandSchema>): Promise<PlanItemView> {
    const caller = currentCaller();
    requireRole(caller.roles, PLAN_EDITORS, 'change plan items');
    const required = await this.settings.yearlyMinimums();
    const named = namedOrgUnits(command);
    assertKnownOrgUnits(named, await this.orgUnits.knownIds(named.map((unit) => unit.id)));
    // A change with a reason may become a revision, which names the party branches: asked now, not under the plan's lock.
    const parties = command.reason ? await this.orgUnits.partyOrgUnitIds() : [];
    return this.database.write(async (manager) => {
      const item = await findItem(manager, command.id);
      const plan = await findVisiblePlan(manager, item.planId, caller.roles, true);
      assertCurrentVersion('plan item', item.version, command.version);
      if (item.status === 'cancelled') throw new AppException(PlanningErrorCode.ItemCancelled, 'A cancelled item cannot be changed', { id: item.id });
      const mode = itemChangeMode(plan.status);
      const reason = requireRevisionReason(mode, command.reason);
      assertInPlanYear(command.plannedDate, plan.year);
      const before = toPlanItemView(item);
      const after = toPlanItemView(await manager.getRepository(PlanItemEntity).save(assignItemFields(item, command)));
      await auditChange(manager, 'plan-item', item.id, 'updated', before, { ...after, reason });
      if (mode === 'revision' && reason) await revisePublishedPlan(manager, plan, caller, reason, parties, { required, belowMinimumReason: command.belowMinimumReason });
      return after;
    });
  }
}
