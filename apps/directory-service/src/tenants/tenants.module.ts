import { Module } from '@nestjs/common';
import { CreateTenantHandler } from './commands/create-tenant/create-tenant.handler.js';
import { OrgUnitTemplateHandler } from './org-unit-templates/org-unit-template.handler.js';
import { ListTenantsHandler } from './queries/list-tenants/list-tenants.handler.js';
import { TenantChildrenHandler } from './queries/tenant-children/tenant-children.handler.js';
import { TenantParentHandler } from './queries/tenant-parent/tenant-parent.handler.js';

/** Tenants from district to city: creating districts, reading the tree, the city's org-unit template. */
@Module({
  providers: [CreateTenantHandler, ListTenantsHandler, TenantChildrenHandler, TenantParentHandler, OrgUnitTemplateHandler],
})
export class TenantsModule {}
