import type { OrgUnitKind } from '@xieshang/contracts';
import type { TranslateFunction } from 'react-admin';

/** `GET /api/v1/me`: the signed-in person as the directory knows them. */
export interface Me {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  /** The district, with the clock its meetings and interviews are shown on. */
  tenant: { code: string; name: string; timeZone: string };
  orgUnit: { id: string; name: string; kind: OrgUnitKind } | null;
}

/** A role's name in the current language; a role the console does not know yet shows as sent. */
export const roleLabel = (role: string, translate: TranslateFunction): string =>
  translate(`xs.roles.${role}`, { _: role });

export const orgUnitKindLabel = (kind: string, translate: TranslateFunction): string =>
  translate(`xs.org_unit_kinds.${kind}`, { _: kind });
