import { Injectable } from '@nestjs/common';
import { CommonErrorCode, type SolicitationView, updateSolicitationCommandSchema } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { currentCaller } from '@xieshang/platform-tenancy';
import type { z } from 'zod';
import { requireRole, SOLICITORS } from '../../access.rules.js';
import { auditChange } from '../../audit.js';
import { DirectoryClient } from '../../directory/directory-client.js';
import { SolicitationChecks } from '../solicitation-checks.js';
import { SolicitationEntity } from '../solicitation.entity.js';
import { findVisibleSolicitation } from '../solicitation-repository.js';
import { assertDeadlineAhead, assertSolicitationStep } from '../solicitation.rules.js';
import { solicitationRecord, toSolicitationView } from '../solicitation-view.js';

/** A draft is edited until it is sent; the row version keeps two editors from overwriting each other. */
@Injectable()
export class UpdateSolicitationHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly checks: SolicitationChecks,
    private readonly directory: DirectoryClient,
  ) {}

  async execute({ id, version, ...fields }: z.infer<typeof updateSolicitationCommandSchema>): Promise<SolicitationView> {
    const caller = currentCaller();
    requireRole(caller.roles, SOLICITORS, 'edit a solicitation');
    const deadline = new Date(fields.replyDeadline);
    assertDeadlineAhead(deadline, new Date());
    await this.checks.check(fields);
    const names = await this.directory.names(fields.recipientOrgUnitIds);
    return this.database.write(async (manager) => {
      const solicitation = await findVisibleSolicitation(manager, id, caller, true);
      assertSolicitationStep(solicitation.status, 'update');
      if (solicitation.version !== version) throw new AppException(CommonErrorCode.VersionConflict, 'The solicitation changed since it was read', { currentVersion: solicitation.version });
      const before = solicitationRecord(solicitation);
      Object.assign(solicitation, { ...fields, replyDeadline: deadline });
      const saved = await manager.getRepository(SolicitationEntity).save(solicitation);
      await auditChange(manager, 'solicitation', id, 'updated', before, solicitationRecord(saved));
      return toSolicitationView(saved, [], [], names, caller);
    });
  }
}
