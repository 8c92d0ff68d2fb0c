import { z } from 'zod';
import { searchText, text } from '../common/primitives.js';
import { TENANT_CODE_PATTERN } from '../common/tenant-code.js';
import type { DistrictPlanFigures } from '../planning/plan.contract.js';
import { ORG_UNIT_KINDS, type OrgUnitKind } from './org-unit-kind.js';
import { MIN_PASSWORD_LENGTH, USERNAME_PATTERN } from './person-admin.contract.js';

/** Request/reply subjects for tenants, their org-unit template and the city view. */
export const TenantSubject = {
  Create: 'directory.tenant.create',
  List: 'directory.tenant.list',
  Get: 'directory.tenant.get',
  Children: 'directory.tenant.children',
  /** The calling tenant's name and parent city, for a service that escalates to the city. */
  Parent: 'directory.tenant.parent',
  DistrictFigures: 'directory.tenant.district-figures',
  GetOrgUnitTemplate: 'directory.org-unit-template.get',
  ReplaceOrgUnitTemplate: 'directory.org-unit-template.replace',
} as const;

export const TenantErrorCode = {
  TenantNotFound: 'DIRECTORY.TENANT_NOT_FOUND',
  TenantExists: 'DIRECTORY.TENANT_EXISTS',
  NotACity: 'DIRECTORY.NOT_A_CITY',
} as const;

export const TenantEvent = {
  Created: 'evt.directory.tenant.created.v1',
} as const;

/** `evt.directory.tenant.created.v1` */
export const tenantCreatedPayloadSchema = z.object({
  code: z.string().regex(TENANT_CODE_PATTERN),
  name: z.string().min(1),
  parentCode: z.string().regex(TENANT_CODE_PATTERN).nullable(),
  adminUsername: z.string().min(1),
});
export type TenantCreatedPayload = z.infer<typeof tenantCreatedPayloadSchema>;

/** Where a template's name patterns put the district's name: `中共{district}委员会`. */
export const DISTRICT_PLACEHOLDER = '{district}';

const tenantCode = text.regex(TENANT_CODE_PATTERN, 'lowercase letters, digits and dashes, starting with a letter (2-63)');

/**
 * A city (no parent) or a district under a city; a district when `kind` is left out. Which parent
 * a kind needs is checked by the directory, naming `parentCode`.
 */
export const createTenantSchema = z
  .object({
    code: tenantCode,
    name: text.trim().min(1).max(100),
    kind: z.enum(['city', 'district']).default('district'),
    parentCode: tenantCode.nullish(),
    admin: z
      .object({
        username: text.trim().toLowerCase().regex(USERNAME_PATTERN, 'lowercase letters, digits, dots, dashes or underscores (2-63)'),
        displayName: text.trim().min(1).max(100),
        password: text.min(MIN_PASSWORD_LENGTH).max(1024),
      })
      .strict(),
  })
  .strict();
export type CreateTenantCommand = z.infer<typeof createTenantSchema>;

export const tenantCodeQuerySchema = z.strictObject({ code: tenantCode });

export const tenantListFilterSchema = z
  .object({
    q: searchText.optional(),
    kind: z.enum(['city', 'district']).optional(),
    parentCode: tenantCode.optional(),
    id: z.array(tenantCode).max(500).optional(),
  })
  .strict();
export type TenantListFilter = z.infer<typeof tenantListFilterSchema>;

export const TENANT_SORT_FIELDS = ['code', 'name', 'kind', 'createdAt'] as const;

export interface TenantView {
  /** The code again, as react-admin identifies records by `id`. */
  id: string;
  code: string;
  name: string;
  kind: 'city' | 'district';
  parentCode: string | null;
  createdAt: string;
}

export interface CreatedTenantView extends TenantView {
  admin: { id: string; username: string; orgUnitId: string | null };
  orgUnits: number;
}

/** The calling tenant and its city (null for a city). */
export interface TenantParentView {
  code: string;
  name: string;
  parentCode: string | null;
}

export interface TenantChildrenView {
  parent: string;
  children: { code: string; name: string }[];
}

export const orgUnitTemplateEntrySchema = z
  .object({
    kind: z.enum(ORG_UNIT_KINDS),
    namePattern: z
      .string()
      .trim()
      .min(1)
      .max(90)
      .refine((pattern) => pattern.includes(DISTRICT_PLACEHOLDER), `must contain ${DISTRICT_PLACEHOLDER}`),
    shortName: text.trim().min(1).max(30),
  })
  .strict();

export const orgUnitTemplateQuerySchema = z.strictObject({ city: tenantCode.optional() });

export const replaceOrgUnitTemplateSchema = z
  .object({
    city: tenantCode.optional(),
    units: z.array(orgUnitTemplateEntrySchema).min(1).max(200),
  })
  .strict();
export type ReplaceOrgUnitTemplateCommand = z.infer<typeof replaceOrgUnitTemplateSchema>;

export interface OrgUnitTemplateEntry {
  kind: OrgUnitKind;
  namePattern: string;
  shortName: string;
}

/** The org units a city's next district is created with, in order. */
export interface OrgUnitTemplateView {
  id: string;
  city: string;
  units: (OrgUnitTemplateEntry & { position: number })[];
}

/** What a city user sees of one district without entering it. */
export interface DistrictFiguresView {
  id: string;
  code: string;
  name: string;
  parentCode: string;
  orgUnits: number;
  activeOrgUnits: number;
  people: number;
  enabledPeople: number;
  /** The district's annual plan of the year asked for (this year unless the filter names one). */
  plan: Omit<DistrictPlanFigures, 'tenantId'>;
}

export const districtFiguresFilterSchema = z.object({ year: z.number().int().min(2000).max(2999).optional() }).strict();
/** What the district-figures request carries: an optional year filter. */
export const districtFiguresQuerySchema = z.object({ filter: districtFiguresFilterSchema.optional() });
export type DistrictFiguresQuery = z.infer<typeof districtFiguresQuerySchema>;
