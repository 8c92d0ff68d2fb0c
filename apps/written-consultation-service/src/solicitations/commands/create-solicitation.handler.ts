import { Injectable } from '@nestjs/common';
import { createSolicitationCommandSchema, type SolicitationView } from '@xieshang/contracts';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { currentCaller, nameOf } from '@xieshang/platform-tenancy';
import type { z } from 'zod';
import { requireRole, SOLICITORS } from '../../access.rules.js';
import { auditChange } from '../../audit.js';
import { DirectoryClient } from '../../directory/directory-client.js';
import { SolicitationChecks } from '../solicitation-checks.js';
import { SolicitationEntity } from '../solicitation.entity.js';
import { assertDeadlineAhead } from '../solicitation.rules.js';
import { solicitationRecord, toSolicitationView } from '../solicitation-view.js';

/** Office or UFWD composes a solicitation: the document, its sections, the branches and the deadline. */
@Injectable()
export class CreateSolicitationHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly checks: SolicitationChecks,
    private readonly directory: DirectoryClient,
  ) {}

  async execute(command: z.infer<typeof createSolicitationCommandSchema>): Promise<SolicitationView> {
    const caller = currentCaller();
    requireRole(caller.roles, SOLICITORS, 'compose a solicitation');
    const deadline = new Date(command.replyDeadline);
    assertDeadlineAhead(deadline, new Date());
    await this.checks.check(command);
    const names = await this.directory.names(command.recipientOrgUnitIds);
    return this.database.write(async (manager) => {
      const repository = manager.getRepository(SolicitationEntity);
      const solicitation = await repository.save(
        repository.create({ ...command, replyDeadline: deadline, attachments: [], status: 'draft', createdBy: caller.personId, createdByName: nameOf(caller) }),
      );
      await auditChange(manager, 'solicitation', solicitation.id, 'created', null, solicitationRecord(solicitation));
      return toSolicitationView(solicitation, [], [], names, caller);
    });
  }
}
