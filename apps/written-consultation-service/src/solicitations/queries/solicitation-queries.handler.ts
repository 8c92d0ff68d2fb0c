import { Injectable } from '@nestjs/common';
import { type ListResult, listQuerySchema, SOLICITATION_SORT_FIELDS, solicitationListFilterSchema, type SolicitationView } from '@xieshang/contracts';
import { containsPattern, TenantDatabase } from '@xieshang/platform-persistence';
import { currentCaller } from '@xieshang/platform-tenancy';
import { z } from 'zod';
import { isInsider, isParty } from '../../access.rules.js';
import { auditChange } from '../../audit.js';
import { DirectoryClient } from '../../directory/directory-client.js';
import { pageAndSort } from '../../list-query.rules.js';
import { SolicitationEntity } from '../solicitation.entity.js';
import { findVisibleSolicitation, firstRepliesOf, openingsOf, recordOpening } from '../solicitation-repository.js';
import { toSolicitationView } from '../solicitation-view.js';

export const listSolicitationsSchema = listQuerySchema.extend({ filter: solicitationListFilterSchema.default({}) });
export const getSolicitationSchema = z.object({ id: z.uuid() });

/** Insiders read every solicitation; a branch its inbox of those sent to it, and opening one is recorded. */
@Injectable()
export class SolicitationQueriesHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly directory: DirectoryClient,
  ) {}

  async list(query: z.infer<typeof listSolicitationsSchema>): Promise<ListResult<SolicitationView>> {
    const caller = currentCaller();
    const page = pageAndSort(query.range, query.sort, SOLICITATION_SORT_FIELDS, ['createdAt', 'DESC']);
    if (!isInsider(caller.roles) && !caller.orgUnitId) return { items: [], total: 0 };
    const { solicitations, total, openings, replies } = await this.database.run(async (manager) => {
      const builder = manager.getRepository(SolicitationEntity).createQueryBuilder('solicitation');
      if (!isInsider(caller.roles)) {
        builder.andWhere("solicitation.status <> 'draft'").andWhere(':unit = any(solicitation.recipient_org_unit_ids)', { unit: caller.orgUnitId });
      }
      const { filter } = query;
      if (filter.status) builder.andWhere('solicitation.status = :status', { status: filter.status });
      if (filter.q) builder.andWhere('solicitation.title ilike :q', { q: containsPattern(filter.q) });
      if (filter.id) builder.andWhere('solicitation.id in (:...ids)', { ids: filter.id.length > 0 ? filter.id : [null] });
      const [found, count] = await builder.orderBy(`solicitation.${page.field}`, page.order).addOrderBy('solicitation.id', 'ASC').skip(page.skip).take(page.take).getManyAndCount();
      const ids = found.map((solicitation) => solicitation.id);
      return { solicitations: found, total: count, openings: await openingsOf(manager, ids), replies: await firstRepliesOf(manager, ids) };
    });
    const names = await this.directory.names(solicitations.flatMap((solicitation) => solicitation.recipientOrgUnitIds));
    return {
      items: solicitations.map((solicitation) =>
        toSolicitationView(solicitation, openings.get(solicitation.id) ?? [], replies.filter((reply) => reply.solicitationId === solicitation.id), names, caller),
      ),
      total,
    };
  }

  /** A party user of an addressed branch opening the document for the first time is recorded (and audited). */
  async get(query: z.infer<typeof getSolicitationSchema>): Promise<SolicitationView> {
    const caller = currentCaller();
    const { solicitation, openings, replies } = await this.database.run(async (manager) => {
      const found = await findVisibleSolicitation(manager, query.id, caller);
      if (isParty(caller.roles) && caller.orgUnitId && found.recipientOrgUnitIds.includes(caller.orgUnitId)) {
        if (await recordOpening(manager, found.id, caller.orgUnitId, caller.personId)) {
          await auditChange(manager, 'solicitation', found.id, 'opened', null, { orgUnitId: caller.orgUnitId });
        }
      }
      return { solicitation: found, openings: (await openingsOf(manager, [found.id])).get(found.id) ?? [], replies: await firstRepliesOf(manager, [found.id]) };
    });
    const names = await this.directory.names(solicitation.recipientOrgUnitIds);
    return toSolicitationView(solicitation, openings, replies, names, caller);
  }
}
