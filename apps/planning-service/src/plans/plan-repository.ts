import type { EntityManager } from 'typeorm';
import type { Role } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { PlanItemEntity } from '../plan-items/plan-item.entity.js';
import { mayReadPlan } from './plan-access.rules.js';
import { PlanEntity } from './plan.entity.js';

/**
 * The plan with this id, if the caller may see it; 404 otherwise, so that a party user cannot tell
 * a draft from a plan that does not exist. `lock` serialises changes to one plan.
 */
export const findVisiblePlan = async (manager: EntityManager, id: string, roles: readonly Role[], lock = false): Promise<PlanEntity> => {
  const query = manager.getRepository(PlanEntity).createQueryBuilder('plan').where('plan.id = :id', { id });
  if (lock) query.setLock('pessimistic_write');
  const plan = await query.getOne();
  if (!plan || !mayReadPlan(roles, plan.status)) throw AppException.notFound('plan', id);
  return plan;
};

export const itemsOfPlan = (manager: EntityManager, planId: string): Promise<PlanItemEntity[]> =>
  manager.getRepository(PlanItemEntity).find({ where: { planId }, order: { createdAt: 'ASC', id: 'ASC' } });
