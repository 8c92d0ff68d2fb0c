import { Module } from '@nestjs/common';
import { ServiceDatabaseModule } from '@xieshang/platform-runtime';
import { CreateDirectorySchema1764201600000 } from './migrations/1764201600000-create-directory-schema.js';
import { OrgUnitEntity } from './org-units/org-unit.entity.js';
import { OrgUnitsNatsController } from './org-units/org-units.nats.controller.js';
import { ListOrgUnitsHandler } from './org-units/queries/list-org-units/list-org-units.handler.js';
import { VerifyCredentialHandler } from './people/commands/verify-credential/verify-credential.handler.js';
import { PeopleNatsController } from './people/people.nats.controller.js';
import { PersonEntity } from './people/person.entity.js';
import { CurrentPersonHandler } from './people/queries/current-person/current-person.handler.js';
import { DemoDistrictSeeder } from './seed/demo-district.seeder.js';
import { TenantEntity } from './tenants/tenant.entity.js';

/** Tenants, org units, people and roles: who may do what, in which district. */
@Module({
  imports: [
    ServiceDatabaseModule.forSchema({
      schema: 'directory',
      entities: [TenantEntity, OrgUnitEntity, PersonEntity],
      migrations: [CreateDirectorySchema1764201600000],
    }),
  ],
  controllers: [PeopleNatsController, OrgUnitsNatsController],
  providers: [CurrentPersonHandler, VerifyCredentialHandler, ListOrgUnitsHandler, DemoDistrictSeeder],
})
export class DirectoryModule {}
