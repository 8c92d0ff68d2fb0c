import { Injectable } from '@nestjs/common';
import { type ListResult, listQuerySchema, SUBMISSION_SORT_FIELDS, submissionListFilterSchema, type SubmissionView } from '@xieshang/contracts';
import { containsPattern, TenantDatabase } from '@xieshang/platform-persistence';
import { currentCaller } from '@xieshang/platform-tenancy';
import { z } from 'zod';
import { hasAny, WRITTEN_INSIDERS } from '../../access.rules.js';
import { DirectoryClient } from '../../directory/directory-client.js';
import { pageAndSort } from '../../list-query.rules.js';
import { SubmissionEntity } from '../submission.entity.js';
import { findVisibleSubmission } from '../submission-repository.js';
import { toSubmissionView } from '../submission-view.js';

export const listSubmissionsSchema = listQuerySchema.extend({ filter: submissionListFilterSchema.default({}) });
export const getSubmissionSchema = z.object({ id: z.uuid() });

/** The submissions a caller may see (submission-repository.ts says who sees which). */
@Injectable()
export class SubmissionQueriesHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly directory: DirectoryClient,
  ) {}

  async list(query: z.infer<typeof listSubmissionsSchema>): Promise<ListResult<SubmissionView>> {
    const caller = currentCaller();
    const page = pageAndSort(query.range, query.sort, SUBMISSION_SORT_FIELDS, ['createdAt', 'DESC']);
    const [submissions, total] = await this.database.run((manager) => {
      const builder = manager.getRepository(SubmissionEntity).createQueryBuilder('submission');
      const insider = hasAny(caller.roles, WRITTEN_INSIDERS);
      const gov = caller.roles.includes('gov-office');
      builder.andWhere(
        `(submission.author_id = :person
          or (submission.collective and submission.org_unit_id = :unit)
          or (:insider and submission.status in ('submitted', 'forwarded'))
          or (:gov and submission.status = 'forwarded' and submission.addressee = 'government'))`,
        { person: caller.personId ?? '', unit: caller.orgUnitId, insider, gov },
      );
      const { filter } = query;
      if (filter.kind) builder.andWhere('submission.kind = :kind', { kind: filter.kind });
      if (filter.status) builder.andWhere('submission.status = :status', { status: filter.status });
      if (filter.orgUnitId) builder.andWhere('submission.org_unit_id = :orgUnitId', { orgUnitId: filter.orgUnitId });
      if (filter.q) builder.andWhere('submission.title ilike :q', { q: containsPattern(filter.q) });
      if (filter.id) builder.andWhere('submission.id in (:...ids)', { ids: filter.id.length > 0 ? filter.id : [null] });
      return builder.orderBy(`submission.${page.field}`, page.order).addOrderBy('submission.id', 'ASC').skip(page.skip).take(page.take).getManyAndCount();
    });
    const names = await this.directory.names(submissions.map((submission) => submission.orgUnitId));
    return { items: submissions.map((submission) => toSubmissionView(submission, names)), total };
  }

  async get(query: z.infer<typeof getSubmissionSchema>): Promise<SubmissionView> {
    const caller = currentCaller();
    const submission = await this.database.run((manager) => findVisibleSubmission(manager, query.id, caller));
    return toSubmissionView(submission, await this.directory.names([submission.orgUnitId]));
  }
}
