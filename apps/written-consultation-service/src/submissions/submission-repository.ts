import type { EntityManager } from 'typeorm';
import { AppException } from '@xieshang/platform-errors';
import type { Caller } from '@xieshang/platform-tenancy';
import { hasAny, WRITTEN_INSIDERS } from '../access.rules.js';
import { SubmissionEntity } from './submission.entity.js';

/**
 * Who sees a submission: its author; the branch's people its collective ones; office, UFWD and
 * the leaders once it has left the branch; the government office what was forwarded to the government.
 */
export const maySeeSubmission = (caller: Pick<Caller, 'roles' | 'orgUnitId' | 'personId'>, submission: SubmissionEntity): boolean => {
  if (caller.personId !== null && submission.authorId === caller.personId) return true;
  if (submission.collective && caller.orgUnitId === submission.orgUnitId) return true;
  if (hasAny(caller.roles, WRITTEN_INSIDERS) && (submission.status === 'submitted' || submission.status === 'forwarded')) return true;
  return caller.roles.includes('gov-office') && submission.status === 'forwarded' && submission.addressee === 'government';
};

export const findVisibleSubmission = async (manager: EntityManager, id: string, caller: Pick<Caller, 'roles' | 'orgUnitId' | 'personId'>, lock = false): Promise<SubmissionEntity> => {
  const query = manager.getRepository(SubmissionEntity).createQueryBuilder('submission').where('submission.id = :id', { id });
  if (lock) query.setLock('pessimistic_write');
  const submission = await query.getOne();
  if (!submission || !maySeeSubmission(caller, submission)) throw AppException.notFound('submission', id);
  return submission;
};
