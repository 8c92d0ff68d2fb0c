import { Column, Entity, PrimaryColumn } from 'typeorm';

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
}
