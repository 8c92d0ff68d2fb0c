import { OrgUnitErrorCode } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { brokenUniqueConstraint } from './unique-violation.rules.js';

/** `unique (tenant_id, name)` of directory.org_units, as PostgreSQL names it. */
export const ORG_UNIT_NAME_CONSTRAINT = 'org_units_tenant_id_name_key';

export const orgUnitNotFound = (id: string): AppException =>
  new AppException(OrgUnitErrorCode.NotFound, `Org unit ${id} was not found`, { entity: 'org-unit', id });

/** A clash on the unit's name becomes a 409 naming the field; any other failure passes unchanged. */
export const orgUnitWriteError = (error: unknown, name: string): unknown =>
  brokenUniqueConstraint(error) === ORG_UNIT_NAME_CONSTRAINT
    ? new AppException(OrgUnitErrorCode.NameTaken, `An org unit named ${name} already exists in this tenant`, {
        fields: [{ path: 'name', message: 'is already taken in this tenant' }],
      })
    : error;

export interface OrgUnitNaming {
  name: string;
  shortName: string;
}

/** Whether an edit changes anything; an edit that does not is answered without a write or an audit record. */
export const isRenamed = (unit: OrgUnitNaming, edit: OrgUnitNaming): boolean => unit.name !== edit.name || unit.shortName !== edit.shortName;

/** Retiring a retired unit (or reactivating an active one) changes nothing and is not an error. */
export const isStateChange = (unit: { active: boolean }, active: boolean): boolean => unit.active !== active;
