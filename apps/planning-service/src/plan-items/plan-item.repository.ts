import type { EntityManager } from 'typeorm';
import { AppException } from '@xieshang/platform-errors';
import { PlanItemEntity } from './plan-item.entity.js';

/** The item, or 404; whether the caller may see it is its plan's question. */
export const findItem = async (manager: EntityManager, id: string): Promise<PlanItemEntity> => {
  const item = await manager.getRepository(PlanItemEntity).findOneBy({ id });
  if (!item) throw AppException.notFound('plan item', id);
  return item;
};
