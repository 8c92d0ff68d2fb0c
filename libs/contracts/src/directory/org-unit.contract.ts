import type { OrgUnitKind } from './org-unit-kind.js';

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
