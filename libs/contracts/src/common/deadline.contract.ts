import { z } from 'zod';
import { isoInstant, text } from './primitives.js';

/**
 * The envelope of every `evt.<context>.deadline.<kind>.v1` the deadline scheduler fires: the row as
 * the producer scheduled it, its `recipients` and its own `payload` in the producer's shape.
 */
export const deadlineFiredSchema = <R extends z.ZodTypeAny, P extends z.ZodTypeAny>(recipient: R, payload: P) =>
  z.object({
    deadlineId: z.uuid(),
    kind: text.min(1).max(100),
    reference: text.min(1).max(300),
    dueAt: isoInstant,
    firedAt: isoInstant,
    recipients: z.array(recipient),
    payload,
  });
