import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createPlanItemCommandSchema, type PlanItemView } from '@xieshang/contracts';
import { parseInput } from '@xieshang/platform-errors';
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
import { assignItemFields } from '../plan-item-fields.js';
import { assertInPlanYear, assertKnownOrgUnits, namedOrgUnits } from '../plan-item.rules.js';

/** Office or UFWD adds an item: freely while drafting, as a new revision (with a reason) once published. */
@Injectable()
export class CreatePlanItemHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly orgUnits: DirectoryOrgUnits,
    private readonly settings: PlanningSettings,
  ) {}

  async execute(input: unknown): Promise<PlanItemView> {
    const command = parseInput(createPlanItemCommandSchema, input);
    const caller = currentCaller(command.actor);
    requireRole(caller.roles, PLAN_EDITORS, 'add plan items');
    const required = await this.settings.yearlyMinimums();
    const named = namedOrgUnits(command);
    assertKnownOrgUnits(named, await this.orgUnits.knownIds(named.map((unit) => unit.id)));
    return inCurrentTenant(this.dataSource, async (manager) => {
      const plan = await findVisiblePlan(manager, command.planId, caller.roles, true);
      const mode = itemChangeMode(plan.status);
      const reason = requireRevisionReason(mode, command.reason);
      assertInPlanYear(command.plannedDate, plan.year);
      const repository = manager.getRepository(PlanItemEntity);
      const draft = assignItemFields(repository.create({ tenantId: plan.tenantId, planId: plan.id, origin: 'cpc', suggestionId: null, status: 'active' }), command);
      const view = toPlanItemView(await repository.save(draft));
      await auditChange(manager, 'plan-item', view.id, 'created', null, { ...view, reason });
      if (mode === 'revision' && reason) await revisePublishedPlan(manager, plan, caller, reason, this.orgUnits, { required, belowMinimumReason: command.belowMinimumReason });
      return view;
    });
  }
}
