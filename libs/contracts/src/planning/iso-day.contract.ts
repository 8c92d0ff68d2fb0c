import { z } from 'zod';

/** A calendar day, `2027-03-15`. */
export const isoDay = z.iso.date();
