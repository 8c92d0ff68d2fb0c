import type { EntityManager } from 'typeorm';
import type { OrgUnitView } from '@xieshang/contracts';
import { auditOrgUnit } from '../org-unit.audit.js';
import { OrgUnitEntity, toOrgUnitView } from '../org-unit.entity.js';
import { findOrgUnit } from '../org-unit.lookup.js';
import { isStateChange } from '../org-unit.rules.js';

/**
 * Retires or reactivates a unit. A retired unit keeps its rows and stays on old records; it only
 * stops receiving new people. Asking for the state it is already in changes nothing.
 */
export const changeOrgUnitState = async (manager: EntityManager, id: string, active: boolean): Promise<OrgUnitView> => {
  const unit = await findOrgUnit(manager, id, { forUpdate: true });
  const before = toOrgUnitView(unit);
  if (!isStateChange(unit, active)) return before;
  await manager.update(OrgUnitEntity, { id }, { active });
  const after = toOrgUnitView(await findOrgUnit(manager, id));
  await auditOrgUnit(manager, active ? 'reactivated' : 'retired', before, after);
  return after;
};
