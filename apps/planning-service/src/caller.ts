import type { PlanningActor, Role } from '@xieshang/contracts';
import { findContext } from '@xieshang/platform-tenancy';

/** Who is acting: roles and user id from the wire headers, org unit and name as the gateway read them from the token. */
export interface PlanningCaller {
  userId: string | null;
  roles: readonly Role[];
  actor: PlanningActor;
}

export const currentCaller = (actor: PlanningActor): PlanningCaller => {
  const context = findContext();
  return { userId: context?.userId ?? null, roles: context?.roles ?? [], actor };
};
