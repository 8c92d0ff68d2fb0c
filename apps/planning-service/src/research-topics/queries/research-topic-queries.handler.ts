import { Injectable } from '@nestjs/common';
import { Brackets } from 'typeorm';
import { z } from 'zod';
import { type ListResult, listQuerySchema, RESEARCH_TOPIC_SORT_FIELDS, researchTopicListFilterSchema, type ResearchTopicView } from '@xieshang/contracts';
import { containsPattern, TenantDatabase } from '@xieshang/platform-persistence';
import { currentCaller } from '@xieshang/platform-tenancy';
import { pageAndSort } from '../../list-query.rules.js';
import { isPlanInsider } from '../../plans/plan-access.rules.js';
import { ResearchTopicEntity } from '../research-topic.entity.js';
import { findVisibleTopic, topicViews } from '../research-topic.repository.js';

export const listResearchTopicsSchema = listQuerySchema.extend({ filter: researchTopicListFilterSchema.default({}) });
export const getResearchTopicSchema = z.object({ id: z.uuid() });

/** The year's research topics; a party branch does not see research commissioned to another branch. */
@Injectable()
export class ResearchTopicQueriesHandler {
  constructor(private readonly database: TenantDatabase) {}

  async list(query: z.infer<typeof listResearchTopicsSchema>): Promise<ListResult<ResearchTopicView>> {
    const caller = currentCaller();
    const page = pageAndSort(query.range, query.sort, RESEARCH_TOPIC_SORT_FIELDS, ['createdAt', 'ASC']);
    const { filter } = query;
    return this.database.run(async (manager) => {
      const builder = manager.getRepository(ResearchTopicEntity).createQueryBuilder('topic');
      if (!isPlanInsider(caller.roles)) {
        builder.andWhere(
          new Brackets((own) => own.where(`topic.kind <> 'commissioned'`).orWhere('topic.commissioned_org_unit_id = :own', { own: caller.orgUnitId })),
        );
      }
      if (filter.year !== undefined) builder.andWhere('topic.year = :year', { year: filter.year });
      if (filter.kind) builder.andWhere('topic.kind = :kind', { kind: filter.kind });
      if (filter.status) builder.andWhere('topic.status = :status', { status: filter.status });
      if (filter.q) builder.andWhere('(topic.title ilike :q or topic.description ilike :q)', { q: containsPattern(filter.q) });
      if (filter.id) builder.andWhere('topic.id in (:...ids)', { ids: filter.id.length > 0 ? filter.id : [null] });
      const [topics, total] = await builder
        .orderBy(`topic.${page.field}`, page.order, 'NULLS LAST')
        .addOrderBy('topic.id', 'ASC')
        .skip(page.skip)
        .take(page.take)
        .getManyAndCount();
      return { items: await topicViews(manager, topics, caller.roles, caller.orgUnitId), total };
    });
  }

  async get(query: z.infer<typeof getResearchTopicSchema>): Promise<ResearchTopicView> {
    const caller = currentCaller();
    return this.database.run(async (manager) => {
      const topic = await findVisibleTopic(manager, query.id, caller);
      const [view] = await topicViews(manager, [topic], caller.roles, caller.orgUnitId);
      return view as ResearchTopicView;
    });
  }
}
