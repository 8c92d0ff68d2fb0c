import { z } from 'zod';
import { AppException } from '@xieshang/platform-errors';
import type { DecidedEvent, PublishedEvent, RevisedEvent, SolicitedEvent } from './notice-text.rules.js';

const title = z.string().min(1);
const orgUnits = z.array(z.uuid());

/** What a notice needs of each planning event, checked before anything is written. */
export const planSolicitedSchema: z.ZodType<SolicitedEvent> = z.object({
  planId: z.uuid(),
  year: z.number().int(),
  title,
  suggestionsDeadline: z.iso.date(),
  partyOrgUnitIds: orgUnits,
});
export const planPublishedSchema: z.ZodType<PublishedEvent> = z.object({ planId: z.uuid(), year: z.number().int(), title, itemCount: z.number().int().min(0), partyOrgUnitIds: orgUnits });
export const planRevisedSchema: z.ZodType<RevisedEvent> = z.object({
  planId: z.uuid(),
  year: z.number().int(),
  title,
  revision: z.number().int().min(1),
  reason: z.string(),
  partyOrgUnitIds: orgUnits,
});
export const suggestionDecidedSchema: z.ZodType<DecidedEvent> = z.object({
  suggestionId: z.uuid(),
  planId: z.uuid(),
  orgUnitId: z.uuid(),
  topic: title,
  decision: z.enum(['accepted', 'declined']),
  reason: z.string().nullable(),
  planItemId: z.uuid().nullable(),
});

/** A payload that does not fit will never fit; the consumer parks it after its attempts. */
export const parsePayload = <T>(schema: z.ZodType<T>, payload: unknown, subject: string): T => {
  const result = schema.safeParse(payload);
  if (!result.success) throw AppException.invalidInput([{ path: 'payload', message: `${subject}: ${result.error.issues[0]?.message ?? 'invalid'}` }]);
  return result.data;
};
