import { z } from 'zod';
import { text } from '../common/primitives.js';

/**
 * What the gateway knows of the caller from the verified token and the services cannot read from
 * the wire headers: their org unit and name. The gateway always sets it; a client cannot.
 */
export const planningActorSchema = z.strictObject({
  orgUnitId: z.uuid().nullable(),
  displayName: text.min(1).max(100),
});
export type PlanningActor = z.infer<typeof planningActorSchema>;

export const withActor = { actor: planningActorSchema };

/** A calendar day, `2027-03-15`: the shared primitive, kept here for planning's imports. */
export { isoDay } from '../common/primitives.js';
