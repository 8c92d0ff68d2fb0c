import { z } from 'zod';
import { eventSubject } from '../common/event-envelope.js';

/**
 * Every state change of every service is reported as an audit event: who (the envelope's actor),
 * when (`occurredAt`), which tenant, which entity, what action, and the record before and after.
 */
export const auditRecordedPayloadSchema = z.object({
  /** The service's bounded context: `directory`, `planning` … */
  context: z.string().regex(/^[a-z][a-z0-9-]{0,62}$/),
  /** The entity's resource name: `org-unit`, `person`, `plan` … */
  entity: z.string().min(1).max(100),
  entityId: z.string().min(1).max(255),
  /** `created`, `updated`, `retired`, `approved` … */
  action: z.string().min(1).max(100),
  /** Absent reads as null: a creation has no before, a removal no after. */
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});
export type AuditRecordedPayload = z.infer<typeof auditRecordedPayloadSchema>;

/** `evt.<context>.audit.recorded.v1` */
export const auditSubject = (context: string): string => eventSubject(context, 'audit', 'recorded');

/** `evt.<context>.audit.recorded.v1`, whatever the context. */
export const isAuditSubject = (subject: string): boolean => /^evt\.[a-z][a-z0-9-]{0,62}\.audit\.recorded\.v1$/.test(subject);

/** What directory-service subscribes to: the audit events of every context. */
export const ALL_AUDIT_SUBJECTS = 'evt.*.audit.recorded.v1';
