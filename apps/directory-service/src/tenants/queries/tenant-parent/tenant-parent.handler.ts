import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@xieshang/platform-persistence';
import type { TenantParentView } from '@xieshang/contracts';
import { requireTenantId } from '@xieshang/platform-tenancy';
import { lookupTenant } from '../../tenant-directory.queries.js';

/**
 * The calling tenant's name and its city: what a district escalates to (§3.3) goes to that city.
 * It names only the caller's own tenant and its parent, which every user of it may know.
 */
@Injectable()
export class TenantParentHandler {
  constructor(private readonly database: TenantDatabase) {}

  async execute(): Promise<TenantParentView> {
    const code = requireTenantId();
    const own = await lookupTenant(this.database, code);
    return { code, name: own?.name ?? code, parentCode: own?.parent_code ?? null };
  }
}
