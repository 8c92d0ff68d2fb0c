import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@xieshang/platform-persistence';
import type { TenantChildrenView } from '@xieshang/contracts';
import { requireTenantId } from '@xieshang/platform-tenancy';
import { childrenOf } from '../../tenant-directory.queries.js';

/** The districts of the calling tenant; the gateway asks this before serving a city user in a district. */
@Injectable()
export class TenantChildrenHandler {
  constructor(private readonly database: TenantDatabase) {}

  async execute(): Promise<TenantChildrenView> {
    const parent = requireTenantId();
    const children = await childrenOf(this.database, parent);
    return { parent, children: children.map((child) => ({ code: child.code, name: child.name })) };
  }
}
