import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type PlanItemView, PlanningErrorCode, updatePlanItemCommandSchema } from '@xieshang/contracts';
import { AppException, parseInput } from '@xieshang/platform-errors';
import { assertCurrentVersion, inCurrentTenant } from '@xieshang/platform-persistence';
import { auditChange } from '../../audit.js';
import { currentCaller } from '../../caller.js';
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

/** Changes an item (PUT replaces its fields); after publication it makes a new revision with the reason. */
@Injectable()
export class UpdatePlanItemHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly orgUnits: DirectoryOrgUnits,
    private readonly settings: PlanningSettings,
  ) {}

  async execute(input: unknown): Promise<PlanItemView> {
    const command = parseInput(updatePlanItemCommandSchema, input);
    const caller = currentCaller(command.actor);
    requireRole(caller.roles, PLAN_EDITORS, 'change plan items');
    const required = await this.settings.yearlyMinimums();
    const named = namedOrgUnits(command);
    assertKnownOrgUnits(named, await this.orgUnits.knownIds(named.map((unit) => unit.id)));
    return inCurrentTenant(this.dataSource, async (manager) => {
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
      if (mode === 'revision' && reason) await revisePublishedPlan(manager, plan, caller, reason, this.orgUnits, { required, belowMinimumReason: command.belowMinimumReason });
      return after;
    });
  }
}
