import type { Role } from '@xieshang/contracts';

/** The person (or service account) a verified access token speaks for. */
export interface AuthenticatedUser {
  subject: string;
  username: string;
  displayName: string;
  /** Tenant code from the `tenant` claim; null for service accounts and platform staff without one. */
  tenantId: string | null;
  /** Our realm roles from `realm_access.roles`; role names we do not know are dropped. */
  roles: Role[];
  orgUnitId: string | null;
  expiresAt: Date;
}
