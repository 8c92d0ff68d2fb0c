import type { EntityManager } from 'typeorm';
import type { RevisionChanges } from '@xieshang/contracts';
import { type Caller, nameOf } from '@xieshang/platform-tenancy';
import { assertRevisionKeepsMinimums, planMinimums, type YearlyMinimums } from '../plans/minimums.rules.js';
import { toPlanItemView } from '../plan-items/plan-item.entity.js';
import { itemsOfPlan } from '../plans/plan-repository.js';
import { PlanEntity } from '../plans/plan.entity.js';
import { PlanRevisionEntity } from './plan-revision.entity.js';
import { diffRevisions, snapshotItem, withTitleChange } from './revision-diff.rules.js';

/** The tenant's minimums, and the reason given for standing below them, when a change may lower the counts. */
export interface RevisionFloor {
  required: YearlyMinimums;
  belowMinimumReason: string | undefined;
}

/**
 * Writes the plan's next revision: its items as they stand now, who changed them, why, and the
 * difference to the revision before. Revision 1 is the plan as published. Call it in the
 * transaction of the change, with the plan locked. With `floor`, a revision that takes the plan
 * further below a yearly minimum is refused unless it carries the below-minimum reason.
 */
export const recordRevision = async (
  manager: EntityManager,
  plan: PlanEntity,
  caller: Caller,
  reason: string,
  floor?: RevisionFloor,
): Promise<{ number: number; changes: RevisionChanges }> => {
  const items = (await itemsOfPlan(manager, plan.id)).map((item) => snapshotItem(toPlanItemView(item)));
  const previous = plan.currentRevision > 0 ? await manager.getRepository(PlanRevisionEntity).findOneBy({ planId: plan.id, number: plan.currentRevision }) : null;
  const belowMinimumReason = floor && previous ? assertRevisionKeepsMinimums(planMinimums(previous.items, floor.required), planMinimums(items, floor.required), floor.belowMinimumReason) : null;
  const changes = withTitleChange(diffRevisions(previous?.items ?? [], items), previous?.title ?? null, plan.title);
  const number = plan.currentRevision + 1;
  const revisions = manager.getRepository(PlanRevisionEntity);
  const revision = Object.assign(new PlanRevisionEntity(), {
    planId: plan.id,
    number,
    madeBy: caller.personId,
    madeByName: nameOf(caller),
    reason,
    belowMinimumReason,
    title: plan.title,
    items,
    changes,
  });
  await revisions.save(revision);
  await manager.getRepository(PlanEntity).update({ id: plan.id }, { currentRevision: number });
  plan.currentRevision = number;
  return { number, changes };
};
