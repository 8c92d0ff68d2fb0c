import { Injectable } from '@nestjs/common';
import { updateOrgUnitSchema, type OrgUnitView } from '@xieshang/contracts';
import { assertCurrentVersion, TenantDatabase } from '@xieshang/platform-persistence';
import { auditOrgUnit } from '../../org-unit.audit.js';
import { OrgUnitEntity, toOrgUnitView } from '../../org-unit.entity.js';
import { findOrgUnit } from '../../org-unit.lookup.js';
import { isRenamed, orgUnitWriteError } from '../../org-unit.rules.js';
import type { z } from 'zod';

/** Renames an org unit, refusing an edit made on a version someone else has changed since. */
@Injectable()
export class UpdateOrgUnitHandler {
  constructor(private readonly database: TenantDatabase) {}

  execute({ id, name, shortName, version }: z.infer<typeof updateOrgUnitSchema>): Promise<OrgUnitView> {
    return this.database.write(async (manager) => {
      const unit = await findOrgUnit(manager, id, { forUpdate: true });
      assertCurrentVersion('org unit', unit.version, version);
      const before = toOrgUnitView(unit);
      if (!isRenamed(unit, { name, shortName })) return before;
      await manager.update(OrgUnitEntity, { id }, { name, shortName }).catch((error: unknown) => {
        throw orgUnitWriteError(error, name);
      });
      const after = toOrgUnitView(await findOrgUnit(manager, id));
      await auditOrgUnit(manager, 'updated', before, after);
      return after;
    });
  }
}
