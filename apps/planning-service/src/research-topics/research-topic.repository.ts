import { type EntityManager, In, Not } from 'typeorm';
import type { ResearchTopicView, Role } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import type { Caller } from '@xieshang/platform-tenancy';
import { isPlanInsider } from '../plans/plan-access.rules.js';
import { ResearchTopicChoiceEntity, ResearchTopicEntity, toResearchTopicView } from './research-topic.entity.js';
import { maySeeTopic } from './research-topic.rules.js';

export const findVisibleTopic = async (manager: EntityManager, id: string, caller: Caller, lock = false): Promise<ResearchTopicEntity> => {
  const query = manager.getRepository(ResearchTopicEntity).createQueryBuilder('topic').where('topic.id = :id', { id });
  if (lock) query.setLock('pessimistic_write');
  const topic = await query.getOne();
  if (!topic || !maySeeTopic(topic, caller.roles, caller.orgUnitId)) throw AppException.notFound('research topic', id);
  return topic;
};

/** Views with their choices; a party branch sees its own choice, not which other branches chose. */
export const topicViews = async (manager: EntityManager, topics: ResearchTopicEntity[], roles: readonly Role[], orgUnitId: string | null): Promise<ResearchTopicView[]> => {
  const choices = topics.length > 0 ? await manager.getRepository(ResearchTopicChoiceEntity).find({ where: { topicId: In(topics.map((topic) => topic.id)) }, order: { chosenAt: 'ASC' } }) : [];
  const partyOnly = !isPlanInsider(roles);
  return topics.map((topic) =>
    toResearchTopicView(
      topic,
      choices.filter((choice) => choice.topicId === topic.id && (!partyOnly || choice.orgUnitId === orgUnitId)),
    ),
  );
};

/** The year's study tours that still stand: a closed tour counts neither toward the maximum nor the minimum. */
export const standingStudyTours = (manager: EntityManager, year: number): Promise<number> =>
  manager.getRepository(ResearchTopicEntity).countBy({ year, kind: 'study_tour', status: Not('closed') });
