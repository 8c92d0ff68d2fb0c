import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { type ListResult, listQuerySchema, type PlanSuggestionView, SUGGESTION_SORT_FIELDS, suggestionListFilterSchema } from '@xieshang/contracts';
import { containsPattern, TenantDatabase } from '@xieshang/platform-persistence';
import { currentCaller } from '@xieshang/platform-tenancy';
import { pageAndSort } from '../../list-query.rules.js';
import { PlanSuggestionEntity, toSuggestionView } from '../plan-suggestion.entity.js';
import { findVisibleSuggestion } from '../suggestion.repository.js';
import { suggestionScope } from '../suggestion.rules.js';

export const listSuggestionsSchema = listQuerySchema.extend({ filter: suggestionListFilterSchema.default({}) });
export const getSuggestionSchema = z.object({ id: z.uuid() });

/** A branch sees its own suggestions at every step; the CPC side sees what branches have sent. */
@Injectable()
export class SuggestionQueriesHandler {
  constructor(private readonly database: TenantDatabase) {}

  async list(query: z.infer<typeof listSuggestionsSchema>): Promise<ListResult<PlanSuggestionView>> {
    const caller = currentCaller();
    const page = pageAndSort(query.range, query.sort, SUGGESTION_SORT_FIELDS, ['createdAt', 'DESC']);
    const scope = suggestionScope(caller);
    if (scope === 'none') return { items: [], total: 0 };
    const { filter } = query;
    return this.database.run(async (manager) => {
      const builder = manager.getRepository(PlanSuggestionEntity).createQueryBuilder('suggestion');
      if ('orgUnitId' in scope) builder.andWhere('suggestion.org_unit_id = :own', { own: scope.orgUnitId });
      else builder.andWhere('suggestion.status in (:...statuses)', { statuses: [...scope.statuses] });
      if (filter.planId) builder.andWhere('suggestion.plan_id = :planId', { planId: filter.planId });
      if (filter.status) builder.andWhere('suggestion.status = :status', { status: filter.status });
      if (filter.orgUnitId) builder.andWhere('suggestion.org_unit_id = :orgUnitId', { orgUnitId: filter.orgUnitId });
      if (filter.q) builder.andWhere('(suggestion.topic ilike :q or suggestion.reason ilike :q)', { q: containsPattern(filter.q) });
      if (filter.id) builder.andWhere('suggestion.id in (:...ids)', { ids: filter.id.length > 0 ? filter.id : [null] });
      const [suggestions, total] = await builder
        .orderBy(`suggestion.${page.field}`, page.order, 'NULLS LAST')
        .addOrderBy('suggestion.id', 'ASC')
        .skip(page.skip)
        .take(page.take)
        .getManyAndCount();
      return { items: suggestions.map(toSuggestionView), total };
    });
  }

  async get(query: z.infer<typeof getSuggestionSchema>): Promise<PlanSuggestionView> {
    const caller = currentCaller();
    return this.database.run(async (manager) => toSuggestionView(await findVisibleSuggestion(manager, query.id, caller)));
  }
}
