import { z } from 'zod';
import { idList, isoDay, isoInstant, text } from '../common/primitives.js';

/**
 * A bound of the period filter: an instant with its offset, or a calendar day. A day is read in
 * China Standard Time, where every tenant lives; as `to` it includes the whole day.
 */
const periodBound = z.union([isoDay, isoInstant]);

const token = text.min(1).max(100);

export const auditEventListFilterSchema = z
  .object({
    entity: token.optional(),
    entityId: text.min(1).max(255).optional(),
    action: token.optional(),
    actorId: text.min(1).max(255).optional(),
    context: token.optional(),
    from: periodBound.optional(),
    to: periodBound.optional(),
    /** Free text: found in the entity, its id, the action, the actor, or the record before or after. */
    q: text.min(1).max(100).optional(),
    id: idList.optional(),
  })
  .strict();
export type AuditEventListFilter = z.infer<typeof auditEventListFilterSchema>;

export const AUDIT_EVENT_SORT_FIELDS = ['seq', 'occurredAt'] as const;

export const getAuditEventQuerySchema = z.object({ id: z.uuid() });
export type GetAuditEventQuery = z.infer<typeof getAuditEventQuerySchema>;
