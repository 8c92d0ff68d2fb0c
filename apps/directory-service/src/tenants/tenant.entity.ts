import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { TenantView } from '@xieshang/contracts';

export type TenantKind = 'city' | 'district';

/** An administrative area: a city holds districts; every other row belongs to exactly one tenant. */
@Entity({ schema: 'directory', name: 'tenants' })
export class TenantEntity {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ name: 'tenant_id', type: 'text', insert: false, update: false })
  tenantId!: string;

  @Column({ name: 'parent_code', type: 'text', nullable: true })
  parentCode!: string | null;

  @Column({ type: 'text' })
  kind!: TenantKind;

  @Column({ type: 'text' })
  name!: string;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** A tenant row as the cross-tenant lookup functions return it. */
export interface TenantRow {
  code: string;
  name: string;
  kind: TenantKind;
  parent_code: string | null;
  created_at: Date;
}

export const toTenantView = (row: TenantRow): TenantView => ({
  id: row.code,
  code: row.code,
  name: row.name,
  kind: row.kind,
  parentCode: row.parent_code,
  createdAt: row.created_at.toISOString(),
});
