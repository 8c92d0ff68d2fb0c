import { Injectable } from '@nestjs/common';
import { createPlanItemCommandSchema, type PlanItemView } from '@xieshang/contracts';
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
import { assignItemFields } from '../plan-item-fields.js';
import { assertInPlanYear, assertKnownOrgUnits, namedOrgUnits } from '../plan-item.rules.js';
import type { z } from 'zod';

/** Office or UFWD adds an item: freely while drafting, as a new revision (with a reason) once published. */
@Injectable()
export class CreatePlanItemHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly orgUnits: DirectoryOrgUnits,
    private readonly settings: PlanningSettings,
  ) {}

  async execute(command: z.infer<typeof createPlanItemCommandSchema>): Promise<PlanItemView> {
    const caller = currentCaller();
    requireRole(caller.roles, PLAN_EDITORS, 'add plan items');
    const required = await this.settings.yearlyMinimums();
    const named = namedOrgUnits(command);
    assertKnownOrgUnits(named, await this.orgUnits.knownIds(named.map((unit) => unit.id)));
    // A change with a reason may become a revision, which names the party branches: asked now, not under the plan's lock.
    const parties = command.reason ? await this.orgUnits.partyOrgUnitIds() : [];
    return this.database.write(async (manager) => {
      const plan = await findVisiblePlan(manager, command.planId, caller.roles, true);
      const mode = itemChangeMode(plan.status);
      const reason = requireRevisionReason(mode, command.reason);
      assertInPlanYear(command.plannedDate, plan.year);
      const repository = manager.getRepository(PlanItemEntity);
      const draft = assignItemFields(repository.create({ planId: plan.id, origin: 'cpc', suggestionId: null, status: 'active' }), command);
      const view = toPlanItemView(await repository.save(draft));
      await auditChange(manager, 'plan-item', view.id, 'created', null, { ...view, reason });
      if (mode === 'revision' && reason) await revisePublishedPlan(manager, plan, caller, reason, parties, { required, belowMinimumReason: command.belowMinimumReason });
      return view;
    });
  }
}
