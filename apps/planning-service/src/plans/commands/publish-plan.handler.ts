import { Injectable } from '@nestjs/common';
import { PlanningEvent, type PlanPublishedPayload, type PlanView, publishPlanCommandSchema } from '@xieshang/contracts';
import { recordEvent } from '@xieshang/platform-messaging';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { auditChange } from '../../audit.js';
import { currentCaller, nameOf } from '@xieshang/platform-tenancy';
import { DirectoryOrgUnits } from '../../directory/directory-org-units.js';
import { OUTBOX } from '../../planning.constants.js';
import { plannedMeetings } from '../../plan-items/planned-meetings.js';
import { recordRevision } from '../../revisions/revision-recorder.js';
import { PlanningSettings } from '../../settings/planning-settings.js';
import { findVisiblePlan, itemsOfPlan } from '../plan-repository.js';
import { assertPlanAction } from '../plan.rules.js';
import { PlanEntity } from '../plan.entity.js';
import { planRecord, toPlanView } from '../plan-view.js';
import type { z } from 'zod';

/**
 * UFWD (or office) publishes the approved plan: revision 1 is written, and the event names every
 * party branch of the district so the notification service can tell each one.
 */
@Injectable()
export class PublishPlanHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly settings: PlanningSettings,
    private readonly orgUnits: DirectoryOrgUnits,
  ) {}

  async execute(command: z.infer<typeof publishPlanCommandSchema>): Promise<PlanView> {
    const caller = currentCaller();
    const required = await this.settings.yearlyMinimums();
    const checked = await this.database.run(async (manager) => {
      const plan = await findVisiblePlan(manager, command.id, caller.roles);
      return assertPlanAction(caller.roles, plan.status, 'publish');
    });
    const partyOrgUnitIds = await this.orgUnits.partyOrgUnitIds();
    return this.database.write(async (manager) => {
      const plan = await findVisiblePlan(manager, command.id, caller.roles, true);
      assertPlanAction(caller.roles, plan.status, 'publish');
      const items = await itemsOfPlan(manager, plan.id);
      const before = toPlanView(plan, items, required, caller.roles);
      Object.assign(plan, { status: checked, publishedBy: caller.personId, publishedByName: nameOf(caller), publishedAt: new Date() });
      await manager.getRepository(PlanEntity).save(plan);
      await recordRevision(manager, plan, caller, plan.decisionReference ? `印发 ${plan.decisionReference}` : 'published');
      const saved = await findVisiblePlan(manager, plan.id, caller.roles);
      const after = toPlanView(saved, items, required, caller.roles);
      await auditChange(manager, 'plan', plan.id, 'published', planRecord(before), planRecord(after));
      const payload: PlanPublishedPayload = {
        planId: plan.id,
        year: plan.year,
        title: plan.title,
        itemCount: after.itemCount,
        partyOrgUnitIds,
        publishedBy: caller.personId,
        publishedByName: nameOf(caller),
        decisionReference: plan.decisionReference,
        meetingItems: plannedMeetings(items),
      };
      await recordEvent(manager, { subject: PlanningEvent.PlanPublished, payload }, OUTBOX);
      return after;
    });
  }
}
