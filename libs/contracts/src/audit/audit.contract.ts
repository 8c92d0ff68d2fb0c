import { eventSubject } from '../common/event-envelope.js';

/**
 * Every state change of every service is reported as an audit event: who (the envelope's actor),
 * when (`occurredAt`), which tenant, which entity, what action, and the record before and after.
 */
export interface AuditRecordedPayload {
  /** The service's bounded context: `directory`, `planning` … */
  context: string;
  /** The entity's resource name: `org-unit`, `person`, `plan` … */
  entity: string;
  entityId: string;
  /** `created`, `updated`, `retired`, `approved` … */
  action: string;
  before: unknown;
  after: unknown;
}

/** `evt.<context>.audit.recorded.v1` */
export const auditSubject = (context: string): string => eventSubject(context, 'audit', 'recorded');

/** What directory-service subscribes to: the audit events of every context. */
export const ALL_AUDIT_SUBJECTS = 'evt.*.audit.recorded.v1';
