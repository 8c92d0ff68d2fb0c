import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { cancelPlanItemCommandSchema, type PlanItemView, PlanningErrorCode } from '@xieshang/contracts';
import { AppException, parseInput } from '@xieshang/platform-errors';
import { inCurrentTenant } from '@xieshang/platform-persistence';
import { auditChange } from '../../audit.js';
import { currentCaller } from '../../caller.js';
import { DirectoryOrgUnits } from '../../directory/directory-org-units.js';
import { PLAN_EDITORS, requireRole } from '../../plans/plan-access.rules.js';
import { findVisiblePlan } from '../../plans/plan-repository.js';
import { itemChangeMode, requireRevisionReason } from '../../plans/plan.rules.js';
import { revisePublishedPlan } from '../../revisions/revise-published-plan.js';
import { PlanningSettings } from '../../settings/planning-settings.js';
import { PlanItemEntity, toPlanItemView } from '../plan-item.entity.js';
import { findItem } from '../plan-item.repository.js';

/** Cancels an item; it stays on the record (and in earlier revisions) and no longer counts. */
@Injectable()
export class CancelPlanItemHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly orgUnits: DirectoryOrgUnits,
    private readonly settings: PlanningSettings,
  ) {}

  async execute(input: unknown): Promise<PlanItemView> {
    const command = parseInput(cancelPlanItemCommandSchema, input);
    const caller = currentCaller(command.actor);
    requireRole(caller.roles, PLAN_EDITORS, 'cancel plan items');
    const required = await this.settings.yearlyMinimums();
    return inCurrentTenant(this.dataSource, async (manager) => {
      const item = await findItem(manager, command.id);
      const plan = await findVisiblePlan(manager, item.planId, caller.roles, true);
      if (item.status === 'cancelled') throw new AppException(PlanningErrorCode.ItemCancelled, 'The item is already cancelled', { id: item.id });
      const mode = itemChangeMode(plan.status);
      const reason = requireRevisionReason(mode, command.reason);
      const before = toPlanItemView(item);
      Object.assign(item, { status: 'cancelled', cancelReason: reason });
      const after = toPlanItemView(await manager.getRepository(PlanItemEntity).save(item));
      await auditChange(manager, 'plan-item', item.id, 'cancelled', before, after);
      if (mode === 'revision' && reason) await revisePublishedPlan(manager, plan, caller, reason, this.orgUnits, { required, belowMinimumReason: command.belowMinimumReason });
      return after;
    });
  }
}
