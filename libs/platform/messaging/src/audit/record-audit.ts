import { auditSubject, type AuditRecordedPayload, type EventEnvelope } from '@xieshang/contracts';
import type { EntityManager } from 'typeorm';
import { recordEvent, type OutboxConfig } from '../outbox/record-event.js';

/**
 * Reports a state change for the audit trail, in the same transaction as the change: the event
 * goes through the outbox like any other, and directory-service appends it to the tenant's chain.
 * Call it from every handler that writes.
 */
export const recordAudit = (
  manager: EntityManager,
  change: Omit<AuditRecordedPayload, 'context'>,
  config: OutboxConfig & { context: string },
): Promise<EventEnvelope<AuditRecordedPayload>> =>
  recordEvent(manager, { subject: auditSubject(config.context), payload: { context: config.context, ...change } }, config);
