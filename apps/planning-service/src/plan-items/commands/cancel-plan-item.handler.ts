import { Injectable } from '@nestjs/common';
import { cancelPlanItemCommandSchema, type PlanItemView, PlanningErrorCode } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { auditChange } from '../../audit.js';
import { currentCaller } from '@xieshang/platform-tenancy';
import { DirectoryOrgUnits } from '../../directory/directory-org-units.js';
import { PLAN_EDITORS, requireRole } from '../../plans/plan-access.rules.js';
import { findVisiblePlan } from '../../plans/plan-repository.js';
import { itemChangeMode, requireRevisionReason } from '../../plans/plan.rules.js';
import { revisePublishedPlan } from '../../revisions/revise-published-plan.js';
import { PlanningSettings } from '../../settings/planning-settings.js';
import { PlanItemEntity, toPlanItemView } from '../plan-item.entity.js';
import { findItem } from '../plan-item.repository.js';
import type { z } from 'zod';

/** Cancels an item; it stays on the record (and in earlier revisions) and no longer counts. */
@Injectable()
export class CancelPlanItemHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly orgUnits: DirectoryOrgUnits,
    private readonly settings: PlanningSettings,
  ) {}

  async execute(command: z.infer<typeof cancelPlanItemCommandSchema>): Promise<PlanItemView> {
    const caller = currentCaller();
    requireRole(caller.roles, PLAN_EDITORS, 'cancel plan items');
    const required = await this.settings.yearlyMinimums();
    // A change with a reason may become a revision, which names the party branches: asked now, not under the plan's lock.
    const parties = command.reason ? await this.orgUnits.partyOrgUnitIds() : [];
    return this.database.write(async (manager) => {
      const item = await findItem(manager, command.id);
      const plan = await findVisiblePlan(manager, item.planId, caller.roles, true);
      if (item.status === 'cancelled') throw new AppException(PlanningErrorCode.ItemCancelled, 'The item is already cancelled', { id: item.id });
      const mode = itemChangeMode(plan.status);
      const reason = requireRevisionReason(mode, command.reason);
      const before = toPlanItemView(item);
      Object.assign(item, { status: 'cancelled', cancelReason: reason });
      const after = toPlanItemView(await manager.getRepository(PlanItemEntity).save(item));
      await auditChange(manager, 'plan-item', item.id, 'cancelled', before, after);
      if (mode === 'revision' && reason) await revisePublishedPlan(manager, plan, caller, reason, parties, { required, belowMinimumReason: command.belowMinimumReason });
      return after;
    });
  }
}
