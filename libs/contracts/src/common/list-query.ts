import { z } from 'zod';
import { int, text } from './primitives.js';

/** react-admin's simple REST list parameters, as they travel from the gateway to a service. */
export const listQuerySchema = z.object({
  filter: z.record(z.string(), z.unknown()).default({}),
  range: z.tuple([int.min(0), int.min(0)]).default([0, 24]),
  sort: z.tuple([text.min(1).max(64), z.enum(['ASC', 'DESC'])]).optional(),
});

export type ListQuery = z.infer<typeof listQuerySchema>;

export interface ListResult<T> {
  items: T[];
  total: number;
}

/** The longest page a list may ask for in one call. */
export const MAX_PAGE_SIZE = 500;
