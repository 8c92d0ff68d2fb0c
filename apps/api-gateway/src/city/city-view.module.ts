import { Module } from '@nestjs/common';
import { SettingsController } from '../settings/settings.controller.js';
import { OrgUnitTemplatesController } from '../tenants/org-unit-templates.controller.js';
import { TenantsController } from '../tenants/tenants.controller.js';
import { DistrictFiguresController } from './district-figures.controller.js';
import { TenantChildrenCache } from './tenant-children.cache.js';
import { TenantSwitchGuard } from './tenant-switch.guard.js';

/** Tenants, their settings and the city view: the routes, and what the X-Tenant guard needs. */
@Module({
  controllers: [TenantsController, OrgUnitTemplatesController, SettingsController, DistrictFiguresController],
  providers: [TenantChildrenCache, TenantSwitchGuard],
  exports: [TenantChildrenCache, TenantSwitchGuard],
})
export class CityViewModule {}
