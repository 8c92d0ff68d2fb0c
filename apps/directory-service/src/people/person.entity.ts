import { Column, Entity } from 'typeorm';
import { TenantScopedEntity } from '@xieshang/platform-persistence';
import type { PersonView, Role } from '@xieshang/contracts';

/** Someone who signs in: one org unit of one tenant, with roles from DOMAIN.md. */
@Entity({ schema: 'directory', name: 'people' })
export class PersonEntity extends TenantScopedEntity {
  @Column({ type: 'text' })
  username!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ name: 'org_unit_id', type: 'uuid', nullable: true })
  orgUnitId!: string | null;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  roles!: Role[];

  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false })
  passwordHash!: string | null;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  @Column({ name: 'idp_subject', type: 'text', nullable: true })
  idpSubject!: string | null;
}

/** What administrators see of a person: everything but the password hash. */
export const toPersonView = (person: PersonEntity): PersonView => ({
  id: person.id,
  tenantId: person.tenantId,
  username: person.username,
  displayName: person.displayName,
  orgUnitId: person.orgUnitId,
  roles: person.roles,
  enabled: person.enabled,
  version: person.version,
  createdAt: person.createdAt.toISOString(),
  updatedAt: person.updatedAt.toISOString(),
});
