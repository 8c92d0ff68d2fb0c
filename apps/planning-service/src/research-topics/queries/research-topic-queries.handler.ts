import { Injectable } from '@nestjs/common';
import { Brackets, DataSource } from 'typeorm';
import { z } from 'zod';
import { type ListResult, listQuerySchema, planningActorSchema, RESEARCH_TOPIC_SORT_FIELDS, researchTopicListFilterSchema, type ResearchTopicView } from '@xieshang/contracts';
import { parseInput } from '@xieshang/platform-errors';
import { inCurrentTenant } from '@xieshang/platform-persistence';
import { containsPattern } from '@xieshang/platform-persistence';
import { currentCaller } from '../../caller.js';
import { pageAndSort } from '../../list-query.rules.js';
import { isPlanInsider } from '../../plans/plan-access.rules.js';
import { ResearchTopicEntity } from '../research-topic.entity.js';
import { findVisibleTopic, topicViews } from '../research-topic.repository.js';

const listSchema = listQuerySchema.extend({ filter: researchTopicListFilterSchema.default({}), actor: planningActorSchema });
const getSchema = z.object({ id: z.uuid(), actor: planningActorSchema });

/** The year's research topics; a party branch does not see research commissioned to another branch. */
@Injectable()
export class ResearchTopicQueriesHandler {
  constructor(private readonly dataSource: DataSource) {}

  async list(input: unknown): Promise<ListResult<ResearchTopicView>> {
    const query = parseInput(listSchema, input);
    const caller = currentCaller(query.actor);
    const page = pageAndSort(query.range, query.sort, RESEARCH_TOPIC_SORT_FIELDS, ['createdAt', 'ASC']);
    const { filter } = query;
    return inCurrentTenant(this.dataSource, async (manager) => {
      const builder = manager.getRepository(ResearchTopicEntity).createQueryBuilder('topic');
      if (!isPlanInsider(caller.roles)) {
        builder.andWhere(
          new Brackets((own) => own.where(`topic.kind <> 'commissioned'`).orWhere('topic.commissioned_org_unit_id = :own', { own: caller.actor.orgUnitId })),
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
      return { items: await topicViews(manager, topics, caller.roles, caller.actor.orgUnitId), total };
    });
  }

  async get(input: unknown): Promise<ResearchTopicView> {
    const query = parseInput(getSchema, input);
    const caller = currentCaller(query.actor);
    return inCurrentTenant(this.dataSource, async (manager) => {
      const topic = await findVisibleTopic(manager, query.id, caller);
      const [view] = await topicViews(manager, [topic], caller.roles, caller.actor.orgUnitId);
      return view as ResearchTopicView;
    });
  }
}
