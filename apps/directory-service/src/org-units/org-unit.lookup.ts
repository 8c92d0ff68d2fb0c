import type { EntityManager } from 'typeorm';
import { OrgUnitEntity } from './org-unit.entity.js';
import { orgUnitNotFound } from './org-unit.rules.js';

/**
 * One org unit of the current tenant; row-level security hides every other tenant's units, so an
 * id from another district is simply not found. `forUpdate` locks the row until commit.
 */
export const findOrgUnit = async (manager: EntityManager, id: string, options: { forUpdate?: boolean } = {}): Promise<OrgUnitEntity> => {
  const builder = manager.getRepository(OrgUnitEntity).createQueryBuilder('unit').where('unit.id = :id', { id });
  if (options.forUpdate) builder.setLock('pessimistic_write');
  const unit = await builder.getOne();
  if (!unit) throw orgUnitNotFound(id);
  return unit;
};
