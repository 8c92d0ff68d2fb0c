import type { AuthenticatedUser } from '../tokens/authenticated-user.js';

/** The part of an HTTP request the guards read and write. */
export interface AuthenticatedRequest {
  headers: Record<string, string | string[] | undefined>;
  user?: AuthenticatedUser;
}
