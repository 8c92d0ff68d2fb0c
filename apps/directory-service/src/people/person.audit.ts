import type { EntityManager } from 'typeorm';
import type { PersonView } from '@xieshang/contracts';
import { recordAudit } from '@xieshang/platform-messaging';

export type PersonAction = 'created' | 'updated' | 'disabled' | 'enabled' | 'password-changed';

/** Reports a change of a person to the audit trail; views never hold the password or its hash. */
export const auditPerson = (manager: EntityManager, action: PersonAction, before: PersonView | null, after: PersonView): Promise<unknown> =>
  recordAudit(manager, { entity: 'person', entityId: after.id, action, before, after }, { schema: 'directory', context: 'directory' });
