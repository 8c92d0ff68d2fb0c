import type { EntityManager } from 'typeorm';
import { PlanningEvent, type PlanRevisedPayload } from '@xieshang/contracts';
import { recordEvent } from '@xieshang/platform-messaging';
import type { Caller } from '@xieshang/platform-tenancy';
import { plannedMeetings } from '../plan-items/planned-meetings.js';
import { OUTBOX } from '../planning.constants.js';
import { itemsOfPlan } from '../plans/plan-repository.js';
import type { PlanEntity } from '../plans/plan.entity.js';
import { recordRevision, type RevisionFloor } from './revision-recorder.js';

/**
 * A change to the published plan becomes its next revision, and every party branch is told again.
 * The branches are asked of the directory before the transaction opens (`partyOrgUnitIds`).
 */
export const revisePublishedPlan = async (
  manager: EntityManager,
  plan: PlanEntity,
  caller: Caller,
  reason: string,
  partyOrgUnitIds: readonly string[],
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
    partyOrgUnitIds: [...partyOrgUnitIds],
    revisedBy: caller.personId,
    meetingItems: plannedMeetings(await itemsOfPlan(manager, plan.id)),
  };
  await recordEvent(manager, { subject: PlanningEvent.PlanRevised, payload }, OUTBOX);
  return number;
};
