import type { AuthenticatedUser } from '@xieshang/platform-auth';
import type { Caller } from '@xieshang/platform-tenancy';

/** Names are kept short on the wire; a person without one is shown by their username. */
const DISPLAY_NAME_MAX = 100;

/**
 * The caller of a request, from the verified token only: the tenant is the token's, unless the
 * tenant switch guard let a city user read one of its districts (`actingTenant`).
 */
export const callerOf = (user: AuthenticatedUser | undefined, actingTenant: string | undefined, correlationId: string): Caller => ({
  tenantId: actingTenant ?? user?.tenantId ?? null,
  personId: user?.subject ?? null,
  username: user?.username || null,
  displayName: user ? user.displayName.slice(0, DISPLAY_NAME_MAX) || user.username || null : null,
  orgUnitId: user?.orgUnitId ?? null,
  roles: user?.roles ?? [],
  tenantSwitched: actingTenant !== undefined && actingTenant !== user?.tenantId,
  correlationId,
});
