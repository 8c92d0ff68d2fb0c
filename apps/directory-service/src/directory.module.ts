import { Module } from '@nestjs/common';
import { natsRoutes, ServiceDatabaseModule } from '@xieshang/platform-runtime';
import { AuditModule } from './audit/audit.module.js';
import { CreateDirectorySchema1764201600000 } from './migrations/1764201600000-create-directory-schema.js';
import { CreateTenantSettings1764201800000 } from './migrations/1764201800000-create-tenant-settings.js';
import { CreateAuditEvents1764201900000 } from './migrations/1764201900000-create-audit-events.js';
import { FailLoudTenantPoliciesDirectory1764300000000 } from './migrations/1764300000000-fail-loud-tenant-policies.js';
import { ParentSettingsPlanCached1796400000000 } from './migrations/1796400000000-parent-settings-plan-cached.js';
import { OrgUnitEntity } from './org-units/org-unit.entity.js';
import { OrgUnitsModule } from './org-units/org-units.module.js';
import { PeopleModule } from './people/people.module.js';
import { PersonEntity } from './people/person.entity.js';
import { DemoDistrictSeeder } from './seed/demo-district.seeder.js';
import { TenantEntity } from './tenants/tenant.entity.js';
import { TenantsModule } from './tenants/tenants.module.js';
import { SettingsModule } from './settings/settings.module.js';
import { CityModule } from './city/city.module.js';
import { DIRECTORY_ROUTES } from './directory.routes.js';

/** Tenants, org units, people and roles: who may do what, in which district. */
@Module({
  imports: [
    ServiceDatabaseModule.forSchema({
      schema: 'directory',
      entities: [TenantEntity, OrgUnitEntity, PersonEntity],
      migrations: [CreateDirectorySchema1764201600000, CreateTenantSettings1764201800000, CreateAuditEvents1764201900000, FailLoudTenantPoliciesDirectory1764300000000, ParentSettingsPlanCached1796400000000],
    }),
    AuditModule,
    OrgUnitsModule,
    PeopleModule,
    TenantsModule,
    SettingsModule,
    CityModule,
  ],
  controllers: [natsRoutes(DIRECTORY_ROUTES)],
  providers: [DemoDistrictSeeder],
})
export class DirectoryModule {}
