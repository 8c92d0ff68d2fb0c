import type { EntityManager } from 'typeorm';
import type { OrgUnitView } from '@xieshang/contracts';
import { recordAudit } from '@xieshang/platform-messaging';

export type OrgUnitAction = 'created' | 'updated' | 'retired' | 'reactivated';

/** Reports a change of an org unit to the audit trail, in the transaction that made it. */
export const auditOrgUnit = (manager: EntityManager, action: OrgUnitAction, before: OrgUnitView | null, after: OrgUnitView): Promise<unknown> =>
  recordAudit(manager, { entity: 'org-unit', entityId: after.id, action, before, after }, { schema: 'directory', context: 'directory' });
