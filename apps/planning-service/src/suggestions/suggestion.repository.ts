import type { EntityManager } from 'typeorm';
import { AppException } from '@xieshang/platform-errors';
import type { Caller } from '@xieshang/platform-tenancy';
import { PlanSuggestionEntity } from './plan-suggestion.entity.js';
import { maySeeSuggestion } from './suggestion.rules.js';

/** The suggestion if the caller may see it (their branch's, or one that was sent); 404 otherwise. */
export const findVisibleSuggestion = async (manager: EntityManager, id: string, caller: Caller, lock = false): Promise<PlanSuggestionEntity> => {
  const query = manager.getRepository(PlanSuggestionEntity).createQueryBuilder('suggestion').where('suggestion.id = :id', { id });
  if (lock) query.setLock('pessimistic_write');
  const suggestion = await query.getOne();
  if (!suggestion || !maySeeSuggestion(suggestion, caller)) throw AppException.notFound('plan suggestion', id);
  return suggestion;
};
