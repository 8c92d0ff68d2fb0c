import { CommonErrorCode, eventContractOf, type EventEnvelope } from '@xieshang/contracts';
import { AppException, toFieldErrors } from '@xieshang/platform-errors';
import { findContext, requireTenantId, type RequestContext } from '@xieshang/platform-tenancy';
import type { EntityManager } from 'typeorm';
import { buildEnvelope, type NewEvent } from './event-envelope.factory.js';
import { sqlIdentifier } from './sql-identifier.js';

/** Which service schema holds the outbox; every outbox and consumer call of a service passes the same one. */
export interface OutboxConfig {
  schema: string;
}

/**
 * A payload that breaks its subject's contract is a fault of the producer: refused before it is
 * written, so no consumer ever has to park it. The transaction it was part of rolls back.
 */
export const checkEventContract = (subject: string, payload: unknown): void => {
  const contract = eventContractOf(subject);
  if (!contract) return;
  const result = contract.safeParse(payload);
  if (!result.success) {
    throw new AppException(CommonErrorCode.EventContractBroken, `The payload of ${subject} breaks its contract`, {
      fields: toFieldErrors(result.error).map((field) => ({ ...field, path: `payload.${field.path}` })),
    });
  }
};

/**
 * Writes an event to the outbox through `manager`, so it commits or rolls back with the change it
 * reports. The relay publishes it after commit. Tenant, actor and correlation come from the
 * current request context; without a tenant this fails closed.
 */
export const recordEvent = async <TPayload>(
  manager: EntityManager,
  event: NewEvent<TPayload>,
  { schema }: OutboxConfig,
): Promise<EventEnvelope<TPayload>> => {
  checkEventContract(event.subject, event.payload);
  const tenantId = requireTenantId();
  // requireTenantId has just proven that a context is open.
  const envelope = buildEnvelope(event, { ...(findContext() as RequestContext), tenantId });
  await manager.query(
    `insert into ${sqlIdentifier(schema)}.outbox (id, tenant_id, subject, envelope) values ($1, $2, $3, $4)`,
    [envelope.id, tenantId, event.subject, JSON.stringify(envelope)],
  );
  return envelope;
};
