import type { EntityManager } from 'typeorm';
import { PlanningEvent, type PlanRevisedPayload } from '@xieshang/contracts';
import { recordEvent } from '@xieshang/platform-messaging';
import type { PlanningCaller } from '../caller.js';
import type { DirectoryOrgUnits } from '../directory/directory-org-units.js';
import { OUTBOX } from '../planning.constants.js';
import type { PlanEntity } from '../plans/plan.entity.js';
import { recordRevision, type RevisionFloor } from './revision-recorder.js';

/** A change to the published plan becomes its next revision, and every party branch is told again. */
export const revisePublishedPlan = async (
  manager: EntityManager,
  plan: PlanEntity,
  caller: PlanningCaller,
  reason: string,
  orgUnits: DirectoryOrgUnits,
  floor?: RevisionFloor,
): Promise<number> => {
  const { number, changes } = await recordRevision(manager, plan, caller, reason, floor);
  const payload: PlanRevisedPayload = {
    planId: plan.id,
    year: plan.year,
    title: plan.title,
    revision: number,
    reason,
    changes,
    partyOrgUnitIds: await orgUnits.partyOrgUnitIds(),
    revisedBy: caller.userId,
  };
  await recordEvent(manager, { subject: PlanningEvent.PlanRevised, payload }, OUTBOX);
  return number;
};
