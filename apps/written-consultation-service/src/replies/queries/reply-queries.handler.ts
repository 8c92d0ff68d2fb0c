import { Injectable } from '@nestjs/common';
import { type ListResult, listQuerySchema, REPLY_SORT_FIELDS, replyListFilterSchema, type ReplyView } from '@xieshang/contracts';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { currentCaller } from '@xieshang/platform-tenancy';
import { z } from 'zod';
import { isInsider } from '../../access.rules.js';
import { DirectoryClient } from '../../directory/directory-client.js';
import { pageAndSort } from '../../list-query.rules.js';
import { ReplyEntity } from '../reply.entity.js';
import { findVisibleReply } from '../reply-repository.js';
import { toReplyView } from '../reply-view.js';

export const listRepliesSchema = listQuerySchema.extend({ filter: replyListFilterSchema.default({}) });
export const getReplySchema = z.object({ id: z.uuid() });

/** A branch reads its own replies in every state; office, UFWD and the leaders the submitted ones of every branch. */
@Injectable()
export class ReplyQueriesHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly directory: DirectoryClient,
  ) {}

  async list(query: z.infer<typeof listRepliesSchema>): Promise<ListResult<ReplyView>> {
    const caller = currentCaller();
    const page = pageAndSort(query.range, query.sort, REPLY_SORT_FIELDS, ['createdAt', 'ASC']);
    const insider = isInsider(caller.roles);
    if (!insider && !caller.orgUnitId) return { items: [], total: 0 };
    const [replies, total] = await this.database.run((manager) => {
      const builder = manager.getRepository(ReplyEntity).createQueryBuilder('reply');
      if (insider) builder.andWhere("(reply.status = 'submitted' or reply.org_unit_id = :own)", { own: caller.orgUnitId });
      else builder.andWhere('reply.org_unit_id = :own', { own: caller.orgUnitId });
      const { filter } = query;
      if (filter.solicitationId) builder.andWhere('reply.solicitation_id = :solicitationId', { solicitationId: filter.solicitationId });
      if (filter.orgUnitId) builder.andWhere('reply.org_unit_id = :orgUnitId', { orgUnitId: filter.orgUnitId });
      if (filter.status) builder.andWhere('reply.status = :status', { status: filter.status });
      if (filter.id) builder.andWhere('reply.id in (:...ids)', { ids: filter.id.length > 0 ? filter.id : [null] });
      return builder.orderBy(`reply.${page.field}`, page.order).addOrderBy('reply.id', 'ASC').skip(page.skip).take(page.take).getManyAndCount();
    });
    const names = await this.directory.names(replies.map((reply) => reply.orgUnitId));
    return { items: replies.map((reply) => toReplyView(reply, names)), total };
  }

  async get(query: z.infer<typeof getReplySchema>): Promise<ReplyView> {
    const caller = currentCaller();
    const reply = await this.database.run((manager) => findVisibleReply(manager, query.id, caller));
    return toReplyView(reply, await this.directory.names([reply.orgUnitId]));
  }
}
