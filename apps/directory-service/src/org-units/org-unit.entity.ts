import { Column, Entity } from 'typeorm';
import { TenantScopedEntity } from '@xieshang/platform-persistence';
import type { OrgUnitKind, OrgUnitView } from '@xieshang/contracts';

/** 区委, 统战部, a democratic party's branch, a department …: who takes part in the procedure. */
@Entity({ schema: 'directory', name: 'org_units' })
export class OrgUnitEntity extends TenantScopedEntity {
  @Column({ type: 'text' })
  kind!: OrgUnitKind;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'short_name', type: 'text' })
  shortName!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;
}

export const toOrgUnitView = (unit: OrgUnitEntity): OrgUnitView => ({
  id: unit.id,
  tenantId: unit.tenantId,
  kind: unit.kind,
  name: unit.name,
  shortName: unit.shortName,
  active: unit.active,
  version: unit.version,
  createdAt: unit.createdAt.toISOString(),
  updatedAt: unit.updatedAt.toISOString(),
});
