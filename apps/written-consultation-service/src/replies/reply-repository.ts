import type { EntityManager } from 'typeorm';
import { AppException } from '@xieshang/platform-errors';
import type { Caller } from '@xieshang/platform-tenancy';
import { isInsider } from '../access.rules.js';
import { ReplyEntity } from './reply.entity.js';

/**
 * A reply is the branch's own until submitted: its people see it in every state, insiders only
 * once it is submitted, and nobody else at all (404).
 */
export const maySeeReply = (caller: Pick<Caller, 'roles' | 'orgUnitId'>, reply: ReplyEntity): boolean =>
  (caller.orgUnitId !== null && caller.orgUnitId === reply.orgUnitId) || (isInsider(caller.roles) && reply.status === 'submitted');

export const findVisibleReply = async (manager: EntityManager, id: string, caller: Pick<Caller, 'roles' | 'orgUnitId'>, lock = false): Promise<ReplyEntity> => {
  const query = manager.getRepository(ReplyEntity).createQueryBuilder('reply').where('reply.id = :id', { id });
  if (lock) query.setLock('pessimistic_write');
  const reply = await query.getOne();
  if (!reply || !maySeeReply(caller, reply)) throw AppException.notFound('reply', id);
  return reply;
};
