import { bodyOf } from './route-helpers.js';

/**
 * A write's payload: the JSON body with the id from the path. The path wins over an id in the
 * body (react-admin sends the whole record), and a body that is not an object adds nothing.
 */
export const withPathId = (id: string, body: unknown): Record<string, unknown> => ({ ...bodyOf(body), id });
