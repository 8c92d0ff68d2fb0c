import { isTenantCode, type EventEnvelope } from '@xieshang/contracts';
import { z } from 'zod';

/** What a consumer accepts as an envelope; anything else can never succeed and goes straight to the dead letters. */
export const eventEnvelopeSchema = z.object({
  id: z.uuid(),
  type: z.string().min(1),
  version: z.number().int().min(1),
  occurredAt: z.string().min(1),
  tenantId: z.string().refine(isTenantCode, 'Not a tenant code'),
  correlationId: z.string().min(1),
  causationId: z.string().nullable(),
  actorId: z.string().nullable(),
  payload: z.unknown(),
});

export const parseEnvelope = (body: string): EventEnvelope => {
  const parsed = eventEnvelopeSchema.parse(JSON.parse(body));
  return { ...parsed, payload: parsed.payload };
};
