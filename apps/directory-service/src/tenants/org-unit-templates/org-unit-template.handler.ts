import { Injectable } from '@nestjs/common';
import {
  CommonErrorCode,
  orgUnitTemplateQuerySchema,
  replaceOrgUnitTemplateSchema,
  TenantErrorCode,
  type OrgUnitTemplateView,
} from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { recordAudit } from '@xieshang/platform-messaging';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { currentCaller, requireAnyRole, requireTenantId, runInTenant, type Caller } from '@xieshang/platform-tenancy';
import { lookupTenant } from '../tenant-directory.queries.js';
import { readOwnTemplate, writeTemplate } from './org-unit-template.queries.js';
import { duplicateTemplateFields } from './org-unit-template.rules.js';
import type { z } from 'zod';

const OUTBOX = { schema: 'directory', context: 'directory' };

/**
 * A city's org-unit template, read and replaced by the city's tenant administrator or the
 * platform administrator (who names the city). It shapes the next district created, no other.
 */
@Injectable()
export class OrgUnitTemplateHandler {
  constructor(private readonly database: TenantDatabase) {}

  async get(query: z.infer<typeof orgUnitTemplateQuerySchema>): Promise<OrgUnitTemplateView> {
    const caller = currentCaller();
    requireAnyRole(caller, ['tenant-admin', 'platform-admin', 'city-observer']);
    const city = await this.cityOf(caller, query.city);
    const units = await this.database.runAsTenant(city, readOwnTemplate);
    return { id: city, city, units };
  }

  async replace(command: z.infer<typeof replaceOrgUnitTemplateSchema>): Promise<OrgUnitTemplateView> {
    const caller = currentCaller();
    requireAnyRole(caller, ['tenant-admin', 'platform-admin']);
    const duplicates = duplicateTemplateFields(command.units);
    if (duplicates.length > 0) throw AppException.invalidInput(duplicates);
    const city = await this.cityOf(caller, command.city);
    const units = await runInTenant(city, () =>
      this.database.runAsTenant(city, async (manager) => {
        const before = await readOwnTemplate(manager);
        await writeTemplate(manager, city, command.units);
        const after = await readOwnTemplate(manager);
        await recordAudit(manager, { entity: 'org-unit-template', entityId: city, action: 'replaced', before, after }, OUTBOX);
        return after;
      }),
    );
    return { id: city, city, units };
  }

  private async cityOf(caller: Caller, named: string | undefined): Promise<string> {
    const own = requireTenantId();
    const code = named ?? own;
    if (code !== own && !caller.roles.includes('platform-admin')) {
      throw new AppException(CommonErrorCode.Forbidden, "Only the platform administrator handles another city's template");
    }
    const tenant = await lookupTenant(this.database, code);
    if (!tenant) throw new AppException(TenantErrorCode.TenantNotFound, `Tenant ${code} was not found`, { entity: 'tenant', id: code });
    if (tenant.kind !== 'city') throw new AppException(TenantErrorCode.NotACity, `${code} is a district; templates belong to cities`);
    return code;
  }
}
