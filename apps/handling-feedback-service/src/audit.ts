import type { EntityManager } from 'typeorm';
import { recordAudit } from '@xieshang/platform-messaging';
import { AUDIT } from './handling.constants.js';

export type AuditedEntity = 'case' | 'supervision-report';

/** Reports one state change to the audit trail, in the transaction that made it. */
export const auditChange = (manager: EntityManager, entity: AuditedEntity, entityId: string, action: string, before: unknown, after: unknown) =>
  recordAudit(manager, { entity, entityId, action, before, after }, AUDIT);
