import { z } from 'zod';
import { AuditErrorCode, auditRecordedPayloadSchema, type EventEnvelope } from '@xieshang/contracts';
import { AppException, toFieldErrors } from '@xieshang/platform-errors';
import type { ChainedContent } from './audit-chain.rules.js';


const occurredAtSchema = z.iso.datetime({ offset: true });

/**
 * The value as it will read back from jsonb: plain JSON, with absent values as null. Hashing
 * this rather than the raw payload keeps a record's hash reproducible from its stored row.
 */
export const asStoredJson = (value: unknown): unknown => (value === undefined ? null : JSON.parse(JSON.stringify(value) ?? 'null'));

/**
 * What the trail records of an audit event, as the record with the given seq. Actor, time,
 * tenant and correlation come from the envelope, the change from the payload; a payload that
 * claims another context than the subject it came on is refused.
 */
export const chainedContentOf = (envelope: EventEnvelope, seq: number): ChainedContent => {
  const parsed = auditRecordedPayloadSchema.safeParse(envelope.payload);
  if (!parsed.success) {
    throw new AppException(AuditErrorCode.MalformedEvent, `Audit event ${envelope.id} has an invalid payload`, {
      fields: toFieldErrors(parsed.error).map((field) => ({ ...field, path: `payload.${field.path}` })),
    });
  }
  const payload = parsed.data;
  if (envelope.type !== `${payload.context}.audit.recorded`) {
    throw new AppException(AuditErrorCode.MalformedEvent, `Audit event ${envelope.id} of type ${envelope.type} names context ${payload.context}`, {
      fields: [{ path: 'payload.context', message: `must be the context of the event type ${envelope.type}` }],
    });
  }
  if (!occurredAtSchema.safeParse(envelope.occurredAt).success) {
    throw new AppException(AuditErrorCode.MalformedEvent, `Audit event ${envelope.id} has no valid time`, {
      fields: [{ path: 'occurredAt', message: 'must be an ISO date-time' }],
    });
  }
  return {
    seq,
    tenantId: envelope.tenantId,
    eventId: envelope.id,
    // Stored as timestamptz and read back in milliseconds: hash what the row will give back.
    occurredAt: new Date(envelope.occurredAt).toISOString(),
    actorId: envelope.actorId,
    correlationId: envelope.correlationId,
    context: payload.context,
    entity: payload.entity,
    entityId: payload.entityId,
    action: payload.action,
    before: asStoredJson(payload.before),
    after: asStoredJson(payload.after),
  };
};
