import { Injectable } from '@nestjs/common';
import { CommonErrorCode, createSubmissionCommandSchema, type SubmissionView, updateSubmissionCommandSchema } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { currentCaller, nameOf } from '@xieshang/platform-tenancy';
import type { z } from 'zod';
import { PARTY_ROLES, requireOwnBranch, requireRole } from '../../access.rules.js';
import { auditChange } from '../../audit.js';
import { DirectoryClient } from '../../directory/directory-client.js';
import { SubmissionEntity } from '../submission.entity.js';
import { findVisibleSubmission } from '../submission-repository.js';
import { assertSubmissionStep, isCollective } from '../submission.rules.js';
import { submissionRecord, toSubmissionView } from '../submission-view.js';

/** A branch's members draft its reports and proposals; a party leader drafts advice in their own name. */
@Injectable()
export class DraftSubmissionHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly directory: DirectoryClient,
  ) {}

  async create(command: z.infer<typeof createSubmissionCommandSchema>): Promise<SubmissionView> {
    const caller = currentCaller();
    requireRole(caller.roles, command.kind === 'personal_advice' ? ['party-leader'] : PARTY_ROLES, `draft a ${command.kind}`);
    const orgUnitId = requireOwnBranch(caller.orgUnitId, 'draft a submission');
    const names = await this.directory.names([orgUnitId]);
    return this.database.write(async (manager) => {
      const repository = manager.getRepository(SubmissionEntity);
      const submission = await repository.save(
        repository.create({ ...command, orgUnitId, collective: isCollective(command.kind), status: 'draft', authorId: caller.personId, authorName: nameOf(caller) }),
      );
      await auditChange(manager, 'submission', submission.id, 'created', null, submissionRecord(submission));
      return toSubmissionView(submission, names);
    });
  }

  async update({ id, version, ...fields }: z.infer<typeof updateSubmissionCommandSchema>): Promise<SubmissionView> {
    const caller = currentCaller();
    requireRole(caller.roles, PARTY_ROLES, 'edit a submission');
    const names = await this.directory.names(caller.orgUnitId ? [caller.orgUnitId] : []);
    return this.database.write(async (manager) => {
      const submission = await findVisibleSubmission(manager, id, caller, true);
      assertSubmissionStep(submission.status, 'update');
      if (submission.version !== version) throw new AppException(CommonErrorCode.VersionConflict, 'The submission changed since it was read', { currentVersion: submission.version });
      if (isCollective(fields.kind) !== submission.collective) {
        throw AppException.invalidInput([{ path: 'kind', message: 'a collective submission stays collective, advice in one’s own name stays personal' }]);
      }
      const before = submissionRecord(submission);
      Object.assign(submission, fields);
      const saved = await manager.getRepository(SubmissionEntity).save(submission);
      await auditChange(manager, 'submission', id, 'updated', before, submissionRecord(saved));
      return toSubmissionView(saved, names);
    });
  }
}
