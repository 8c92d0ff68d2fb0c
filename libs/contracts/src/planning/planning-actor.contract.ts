import { z } from 'zod';

/**
 * What the gateway knows of the caller from the verified token and the services cannot read from
 * the wire headers: their org unit and name. The gateway always sets it; a client cannot.
 */
export const planningActorSchema = z.object({
  orgUnitId: z.uuid().nullable(),
  displayName: z.string().min(1).max(100),
});
export type PlanningActor = z.infer<typeof planningActorSchema>;

export const withActor = { actor: planningActorSchema };

/** A calendar day, `2027-03-15`. */
export const isoDay = z.iso.date();
