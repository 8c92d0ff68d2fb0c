import type { EntityManager } from 'typeorm';
import { recordAudit } from '@xieshang/platform-messaging';

/** The service's schema, which holds its outbox. */
export const OUTBOX = { schema: 'meeting' } as const;

/** Audit events of this service name `meeting` as their context. */
export const AUDIT = { schema: 'meeting', context: 'meeting' } as const;

/** Reports one state change to the audit trail, in the transaction that made it. */
export const auditChange = (manager: EntityManager, entity: 'interview' | 'calendar-subscription', entityId: string, action: string, before: unknown, after: unknown) =>
  recordAudit(manager, { entity, entityId, action, before, after }, AUDIT);
