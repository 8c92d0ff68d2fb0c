import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  TenantSubject,
  tenantCodeQuerySchema,
  type CreatedTenantView,
  type ListResult,
  type OrgUnitTemplateView,
  type TenantChildrenView,
  type TenantView,
} from '@xieshang/contracts';
import { parseInput } from '@xieshang/platform-errors';
import { CreateTenantHandler } from './commands/create-tenant/create-tenant.handler.js';
import { OrgUnitTemplateHandler } from './org-unit-templates/org-unit-template.handler.js';
import { ListTenantsHandler } from './queries/list-tenants/list-tenants.handler.js';
import { TenantChildrenHandler } from './queries/tenant-children/tenant-children.handler.js';

@Controller()
export class TenantsNatsController {
  constructor(
    private readonly createTenant: CreateTenantHandler,
    private readonly listTenants: ListTenantsHandler,
    private readonly tenantChildren: TenantChildrenHandler,
    private readonly templates: OrgUnitTemplateHandler,
  ) {}

  @MessagePattern(TenantSubject.Create)
  create(@Payload() payload: unknown): Promise<CreatedTenantView> {
    return this.createTenant.execute(payload);
  }

  @MessagePattern(TenantSubject.List)
  list(@Payload() payload: unknown): Promise<ListResult<TenantView>> {
    return this.listTenants.list(payload);
  }

  @MessagePattern(TenantSubject.Get)
  get(@Payload() payload: unknown): Promise<TenantView> {
    return this.listTenants.get(parseInput(tenantCodeQuerySchema, payload).code);
  }

  @MessagePattern(TenantSubject.Children)
  children(): Promise<TenantChildrenView> {
    return this.tenantChildren.execute();
  }

  @MessagePattern(TenantSubject.GetOrgUnitTemplate)
  template(@Payload() payload: unknown): Promise<OrgUnitTemplateView> {
    return this.templates.get(payload);
  }

  @MessagePattern(TenantSubject.ReplaceOrgUnitTemplate)
  replaceTemplate(@Payload() payload: unknown): Promise<OrgUnitTemplateView> {
    return this.templates.replace(payload);
  }
}
