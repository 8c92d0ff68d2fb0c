import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { AppException } from '@xieshang/platform-errors';
import { INTERVIEW_SORT_FIELDS, interviewListFilterSchema, type InterviewView, type ListResult, listQuerySchema, MAX_PAGE_SIZE } from '@xieshang/contracts';
import { containsPattern, TenantDatabase } from '@xieshang/platform-persistence';
import { currentCaller } from '@xieshang/platform-tenancy';
import { toInterviewView } from '../interview-view.js';
import { InterviewEntity } from '../interview.entity.js';
import { findVisibleInterview, interviewViewOf } from '../interview.repository.js';
import { interviewScope } from '../interview.rules.js';

export const listInterviewsSchema = listQuerySchema.extend({ filter: interviewListFilterSchema.default({}) });
export const getInterviewSchema = z.object({ id: z.uuid() });

/** The CPC side and supervisors see every interview; a party's users only their party's. */
@Injectable()
export class InterviewQueriesHandler {
  constructor(private readonly database: TenantDatabase) {}

  async list(query: z.infer<typeof listInterviewsSchema>): Promise<ListResult<InterviewView>> {
    const caller = currentCaller();
    const [from, to] = query.range;
    if (to < from || to - from + 1 > MAX_PAGE_SIZE) {
      throw AppException.invalidInput([{ path: 'range', message: `range must be [from, to] with at most ${MAX_PAGE_SIZE} rows` }]);
    }
    const [field, order] = query.sort ?? ['createdAt', 'DESC'];
    if (!(INTERVIEW_SORT_FIELDS as readonly string[]).includes(field)) {
      throw AppException.invalidInput([{ path: 'sort', message: `sort by one of ${INTERVIEW_SORT_FIELDS.join(', ')}` }]);
    }
    const scope = interviewScope(caller);
    if (scope === 'none') return { items: [], total: 0 };
    const { filter } = query;
    return this.database.run(async (manager) => {
      const builder = manager.getRepository(InterviewEntity).createQueryBuilder('interview');
      if (scope !== 'all') builder.andWhere('interview.party_org_unit_id = :own', { own: scope.partyOrgUnitId });
      if (filter.status) builder.andWhere('interview.status = :status', { status: filter.status });
      if (filter.origin) builder.andWhere('interview.origin = :origin', { origin: filter.origin });
      if (filter.partyOrgUnitId) builder.andWhere('interview.party_org_unit_id = :party', { party: filter.partyOrgUnitId });
      if (filter.q) builder.andWhere('(interview.subject ilike :q or interview.information ilike :q)', { q: containsPattern(filter.q) });
      if (filter.id) builder.andWhere('interview.id in (:...ids)', { ids: filter.id.length > 0 ? filter.id : [null] });
      const [interviews, total] = await builder
        .orderBy(`interview.${field}`, order, 'NULLS LAST')
        .addOrderBy('interview.id', 'ASC')
        .skip(from)
        .take(to - from + 1)
        .getManyAndCount();
      return { items: interviews.map((interview) => toInterviewView(interview)), total };
    });
  }

  async get(query: z.infer<typeof getInterviewSchema>): Promise<InterviewView> {
    const caller = currentCaller();
    return this.database.run(async (manager) => {
      const interview = await findVisibleInterview(manager, query.id, caller);
      return interviewViewOf(manager, interview);
    });
  }
}
