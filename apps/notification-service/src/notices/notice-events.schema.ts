import type { z } from 'zod';
import { AppException } from '@xieshang/platform-errors';

/** The consumer reads planning's events with the producer's own contracts (`@xieshang/contracts`). */
export {
  planPublishedPayloadSchema as planPublishedSchema,
  planRevisedPayloadSchema as planRevisedSchema,
  planSolicitedPayloadSchema as planSolicitedSchema,
  suggestionDecidedPayloadSchema as suggestionDecidedSchema,
} from '@xieshang/contracts';

/** A payload that does not fit will never fit; the consumer parks it after its attempts. */
export const parsePayload = <T>(schema: z.ZodType<T>, payload: unknown, subject: string): T => {
  const result = schema.safeParse(payload);
  if (!result.success) throw AppException.invalidInput([{ path: 'payload', message: `${subject}: ${result.error.issues[0]?.message ?? 'invalid'}` }]);
  return result.data;
};
