import { Injectable } from '@nestjs/common';
import { type PlanView, updatePlanCommandSchema } from '@xieshang/contracts';
import { assertCurrentVersion, TenantDatabase } from '@xieshang/platform-persistence';
import { auditChange } from '../../audit.js';
import { currentCaller } from '@xieshang/platform-tenancy';
import { DirectoryOrgUnits } from '../../directory/directory-org-units.js';
import { revisePublishedPlan } from '../../revisions/revise-published-plan.js';
import { PlanningSettings } from '../../settings/planning-settings.js';
import { PLAN_EDITORS, requireRole } from '../plan-access.rules.js';
import { findVisiblePlan, itemsOfPlan } from '../plan-repository.js';
import { itemChangeMode, requireRevisionReason } from '../plan.rules.js';
import { PlanEntity } from '../plan.entity.js';
import { planRecord, toPlanView } from '../plan-view.js';
import type { z } from 'zod';

/** Renames the plan while it may still change (draft, soliciting), or as published: then with a reason, as a revision. */
@Injectable()
export class UpdatePlanHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly settings: PlanningSettings,
    private readonly orgUnits: DirectoryOrgUnits,
  ) {}

  async execute(command: z.infer<typeof updatePlanCommandSchema>): Promise<PlanView> {
    const caller = currentCaller();
    requireRole(caller.roles, PLAN_EDITORS, 'change a plan');
    const required = await this.settings.yearlyMinimums();
    // A rename with a reason may become a revision, which names the party branches: asked now, not under the plan's lock.
    const parties = command.reason ? await this.orgUnits.partyOrgUnitIds() : [];
    return this.database.write(async (manager) => {
      const plan = await findVisiblePlan(manager, command.id, caller.roles, true);
      assertCurrentVersion('plan', plan.version, command.version);
      const mode = itemChangeMode(plan.status);
      const reason = requireRevisionReason(mode, command.reason);
      const items = await itemsOfPlan(manager, plan.id);
      const before = toPlanView(plan, items, required, caller.roles);
      plan.title = command.title;
      const saved = await manager.getRepository(PlanEntity).save(plan);
      const after = toPlanView(saved, items, required, caller.roles);
      await auditChange(manager, 'plan', plan.id, 'updated', planRecord(before), { ...planRecord(after), reason });
      if (mode === 'revision' && reason && before.title !== saved.title) {
        await revisePublishedPlan(manager, saved, caller, reason, parties);
        return toPlanView(saved, items, required, caller.roles);
      }
      return after;
    });
  }
}
