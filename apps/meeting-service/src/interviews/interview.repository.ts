import type { EntityManager } from 'typeorm';
import { AppException } from '@xieshang/platform-errors';
import type { Caller } from '@xieshang/platform-tenancy';
import { InterviewOpinionEntity } from './interview-opinion.entity.js';
import { maySeeInterview } from './interview.rules.js';
import { InterviewEntity } from './interview.entity.js';

/** The interview if the caller may see it (any for the CPC side, their own party's otherwise); 404 otherwise. */
export const findVisibleInterview = async (manager: EntityManager, id: string, caller: Caller, lock = false): Promise<InterviewEntity> => {
  const query = manager.getRepository(InterviewEntity).createQueryBuilder('interview').where('interview.id = :id', { id });
  if (lock) query.setLock('pessimistic_write');
  const interview = await query.getOne();
  if (!interview || !maySeeInterview(interview, caller)) throw AppException.notFound('interview', id);
  return interview;
};

export const opinionsOf = (manager: EntityManager, interviewId: string): Promise<InterviewOpinionEntity[]> =>
  manager.getRepository(InterviewOpinionEntity).find({ where: { interviewId }, order: { raisedAt: 'ASC', id: 'ASC' } });
