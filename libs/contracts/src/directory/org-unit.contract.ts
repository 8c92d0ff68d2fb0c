import { z } from 'zod';
import { idList, rowVersion, searchText, text } from '../common/primitives.js';
import { ORG_UNIT_KINDS, type OrgUnitKind } from './org-unit-kind.js';

export interface OrgUnitView {
  id: string;
  tenantId: string;
  kind: OrgUnitKind;
  name: string;
  shortName: string;
  active: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const orgUnitListFilterSchema = z
  .object({
    kind: z.enum(ORG_UNIT_KINDS).optional(),
    active: z.boolean().optional(),
    q: searchText.optional(),
    id: idList.optional(),
  })
  .strict();
export type OrgUnitListFilter = z.infer<typeof orgUnitListFilterSchema>;

export const ORG_UNIT_SORT_FIELDS = ['name', 'shortName', 'kind', 'createdAt'] as const;

/** Request/reply subjects for reading and administering one org unit. */
export const OrgUnitSubject = {
  Get: 'directory.org-unit.get',
  Create: 'directory.org-unit.create',
  Update: 'directory.org-unit.update',
  Retire: 'directory.org-unit.retire',
  Reactivate: 'directory.org-unit.reactivate',
} as const;

export const OrgUnitErrorCode = {
  NotFound: 'DIRECTORY.ORG_UNIT_NOT_FOUND',
  NameTaken: 'DIRECTORY.ORG_UNIT_NAME_TAKEN',
} as const;

/** The limits of `directory.org_units`, checked before the database sees the row. */
export const ORG_UNIT_NAME_MAX = 100;
export const ORG_UNIT_SHORT_NAME_MAX = 30;

const orgUnitName = text.trim().min(1, 'name is required').max(ORG_UNIT_NAME_MAX, `name is at most ${ORG_UNIT_NAME_MAX} characters`);
const orgUnitShortName = z
  .string()
  .trim()
  .min(1, 'shortName is required')
  .max(ORG_UNIT_SHORT_NAME_MAX, `shortName is at most ${ORG_UNIT_SHORT_NAME_MAX} characters`);

export const orgUnitIdSchema = z.strictObject({ id: z.uuid() });
export type OrgUnitIdCommand = z.infer<typeof orgUnitIdSchema>;

export const createOrgUnitSchema = z.strictObject({
  kind: z.enum(ORG_UNIT_KINDS),
  name: orgUnitName,
  shortName: orgUnitShortName,
});
export type CreateOrgUnitCommand = z.infer<typeof createOrgUnitSchema>;

/** The kind of a unit is fixed once created; react-admin sends the whole record, so other keys are dropped. */
export const updateOrgUnitSchema = z.strictObject({
  id: z.uuid(),
  name: orgUnitName,
  shortName: orgUnitShortName,
  version: rowVersion,
});
export type UpdateOrgUnitCommand = z.infer<typeof updateOrgUnitSchema>;
