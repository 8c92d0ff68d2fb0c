import { z } from 'zod';
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
    q: z.string().max(100).optional(),
    id: z.array(z.string().uuid()).max(500).optional(),
  })
  .strict();
export type OrgUnitListFilter = z.infer<typeof orgUnitListFilterSchema>;

export const ORG_UNIT_SORT_FIELDS = ['name', 'shortName', 'kind', 'createdAt'] as const;
