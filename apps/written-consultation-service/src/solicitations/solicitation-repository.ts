import type { EntityManager } from 'typeorm';
import { IsNull } from 'typeorm';
import type { Caller } from '@xieshang/platform-tenancy';
import { AppException } from '@xieshang/platform-errors';
import { isInsider } from '../access.rules.js';
import { ReplyEntity } from '../replies/reply.entity.js';
import { SolicitationEntity } from './solicitation.entity.js';

/**
 * Whether a caller may see a solicitation: insiders every one (drafts included); a party branch
 * only one sent to it. Anyone else is told it does not exist.
 */
export const maySeeSolicitation = (caller: Pick<Caller, 'roles' | 'orgUnitId'>, solicitation: SolicitationEntity): boolean =>
  isInsider(caller.roles) ||
  (solicitation.status !== 'draft' && caller.orgUnitId !== null && solicitation.recipientOrgUnitIds.includes(caller.orgUnitId));

/** The solicitation with this id, if the caller may see it; 404 otherwise. `lock` serialises changes. */
export const findVisibleSolicitation = async (manager: EntityManager, id: string, caller: Pick<Caller, 'roles' | 'orgUnitId'>, lock = false): Promise<SolicitationEntity> => {
  const query = manager.getRepository(SolicitationEntity).createQueryBuilder('solicitation').where('solicitation.id = :id', { id });
  if (lock) query.setLock('pessimistic_write');
  const solicitation = await query.getOne();
  if (!solicitation || !maySeeSolicitation(caller, solicitation)) throw AppException.notFound('solicitation', id);
  return solicitation;
};

export interface Opening {
  orgUnitId: string;
  openedAt: Date;
}

export const openingsOf = async (manager: EntityManager, solicitationIds: readonly string[]): Promise<Map<string, Opening[]>> => {
  const result = new Map<string, Opening[]>();
  if (solicitationIds.length === 0) return result;
  const rows: { solicitation_id: string; org_unit_id: string; opened_at: Date }[] = await manager.query(
    'select solicitation_id, org_unit_id, opened_at from written_consultation.solicitation_openings where solicitation_id = any($1)',
    [solicitationIds],
  );
  for (const row of rows) result.set(row.solicitation_id, [...(result.get(row.solicitation_id) ?? []), { orgUnitId: row.org_unit_id, openedAt: row.opened_at }]);
  return result;
};

/** Records the first time a branch opened the document; later openings change nothing. Answers whether this was the first. */
export const recordOpening = async (manager: EntityManager, solicitationId: string, orgUnitId: string, personId: string | null): Promise<boolean> => {
  const rows: unknown[] = await manager.query(
    `insert into written_consultation.solicitation_openings (solicitation_id, org_unit_id, opened_by) values ($1, $2, $3)
     on conflict (solicitation_id, org_unit_id) do nothing returning 1`,
    [solicitationId, orgUnitId, personId],
  );
  return rows.length > 0;
};

/** The submitted first replies (not supplements) of the given solicitations. */
export const firstRepliesOf = (manager: EntityManager, solicitationIds: readonly string[]): Promise<ReplyEntity[]> =>
  solicitationIds.length === 0
    ? Promise.resolve([])
    : manager
        .getRepository(ReplyEntity)
        .createQueryBuilder('reply')
        .where('reply.solicitation_id in (:...ids)', { ids: solicitationIds })
        .andWhere('reply.supplement_to is null')
        .andWhere("reply.status = 'submitted'")
        .getMany();

export const submittedRepliesOf = (manager: EntityManager, solicitationId: string): Promise<ReplyEntity[]> =>
  manager.getRepository(ReplyEntity).find({ where: { solicitationId, status: 'submitted' }, order: { submittedAt: 'ASC', id: 'ASC' } });

export const firstReplyOfBranch = (manager: EntityManager, solicitationId: string, orgUnitId: string): Promise<ReplyEntity | null> =>
  manager.getRepository(ReplyEntity).findOne({ where: { solicitationId, orgUnitId, supplementTo: IsNull() } });
