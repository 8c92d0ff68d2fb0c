import { Injectable } from '@nestjs/common';
import { AppException } from '@xieshang/platform-errors';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { currentCaller } from '@xieshang/platform-tenancy';
import { DirectoryErrorCode, type CurrentPersonView, type OrgUnitKind, type Role, TEXT_SETTINGS } from '@xieshang/contracts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface CurrentPersonRow {
  id: string;
  username: string;
  display_name: string;
  roles: Role[];
  tenant_code: string;
  tenant_name: string;
  org_unit_id: string | null;
  org_unit_name: string | null;
  org_unit_kind: OrgUnitKind | null;
  time_zone: string | null;
}

/**
 * The caller as the directory knows them: found by our id, the identity provider's subject (the
 * caller's person id), or username for identity providers whose subject is not ours.
 */
@Injectable()
export class CurrentPersonHandler {
  constructor(private readonly database: TenantDatabase) {}

  async execute(): Promise<CurrentPersonView> {
    const { personId, username } = currentCaller();
    if (!personId) throw new AppException(DirectoryErrorCode.PersonNotFound, 'Only a signed-in person has a record');
    const rows = await this.database.read<CurrentPersonRow>(
      `select p.id, p.username, p.display_name, p.roles, t.code as tenant_code, t.name as tenant_name,
                o.id as org_unit_id, o.name as org_unit_name, o.kind as org_unit_kind,
                coalesce((select s.value #>> '{}' from directory.settings s where s.key = 'tenant.timeZone'),
                         (select c.value #>> '{}' from directory.parent_settings() c where c.key = 'tenant.timeZone')) as time_zone
           from directory.people p
           join directory.tenants t on t.code = p.tenant_id
           left join directory.org_units o on o.id = p.org_unit_id
          where p.enabled and (p.id = $1 or p.idp_subject = $2 or p.username = $3)
          limit 1`,
      [UUID.test(personId) ? personId : null, personId, username],
    );
    const row = rows[0];
    if (!row) throw new AppException(DirectoryErrorCode.PersonNotFound, 'The signed-in user has no active record in this tenant');
    return {
      id: row.id,
      username: row.username,
      displayName: row.display_name,
      roles: row.roles,
      tenant: { code: row.tenant_code, name: row.tenant_name, timeZone: row.time_zone ?? TEXT_SETTINGS['tenant.timeZone'].default },
      orgUnit: row.org_unit_id ? { id: row.org_unit_id, name: row.org_unit_name ?? '', kind: row.org_unit_kind as OrgUnitKind } : null,
    };
  }
}
