import type { EntityManager } from 'typeorm';
import { AppException } from '@xieshang/platform-errors';
import type { Caller } from '@xieshang/platform-tenancy';
import type { InterviewView } from '@xieshang/contracts';
import { InterviewDocumentEntity } from './interview-document.entity.js';
import { InterviewOpinionEntity } from './interview-opinion.entity.js';
import { toInterviewView } from './interview-view.js';
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

export const documentsOf = (manager: EntityManager, interviewId: string): Promise<InterviewDocumentEntity[]> =>
  manager.getRepository(InterviewDocumentEntity).find({ where: { interviewId }, order: { createdAt: 'ASC', id: 'ASC' } });

/** The interview as its readers see it, with its opinions and documents. */
export const interviewViewOf = async (manager: EntityManager, interview: InterviewEntity): Promise<InterviewView> =>
  toInterviewView(interview, await opinionsOf(manager, interview.id), await documentsOf(manager, interview.id));
