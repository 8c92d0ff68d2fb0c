import { Injectable } from '@nestjs/common';
import { createOrgUnitSchema, type OrgUnitView } from '@xieshang/contracts';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { auditOrgUnit } from '../../org-unit.audit.js';
import { OrgUnitEntity, toOrgUnitView } from '../../org-unit.entity.js';
import { orgUnitWriteError } from '../../org-unit.rules.js';
import type { z } from 'zod';

/** Adds an active org unit to the caller's tenant; its name must be free in that tenant. */
@Injectable()
export class CreateOrgUnitHandler {
  constructor(private readonly database: TenantDatabase) {}

  execute(command: z.infer<typeof createOrgUnitSchema>): Promise<OrgUnitView> {
    return this.database.write(async (manager) => {
      const unit = manager.create(OrgUnitEntity, { ...command, active: true });
      const saved = await manager.save(unit).catch((error: unknown) => {
        throw orgUnitWriteError(error, command.name);
      });
      const view = toOrgUnitView(saved);
      await auditOrgUnit(manager, 'created', null, view);
      return view;
    });
  }
}
