import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import {
  type ListResult,
  listQuerySchema,
  noticeListFilterSchema,
  noticeRefSchema,
  type NoticeView,
  type UnreadNoticeCount,
} from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { currentCaller } from '@xieshang/platform-tenancy';
import { noticeConditions, noticePage } from './notice-list.rules.js';
import { NOTICE_COLUMNS, type NoticeRow, NOTICES_WITH_READING, toNoticeView } from './notice-row.js';
import { maySeeNotice, type NoticeReader, noticeReaderOf } from './notice-visibility.rules.js';
import type { z } from 'zod';

export const listNoticesSchema = listQuerySchema.extend({ filter: noticeListFilterSchema.default({}) });

/** The notice if the caller may see it (addressed to their org unit, or they follow all); 404 otherwise. */
export const findVisibleNotice = async (manager: EntityManager, id: string, caller: NoticeReader): Promise<NoticeView> => {
  const rows: NoticeRow[] = await manager.query(`select ${NOTICE_COLUMNS} from ${NOTICES_WITH_READING} where n.id = $2`, [caller.personId ?? '', id]);
  const row = rows[0];
  if (!row || !maySeeNotice(caller.scope, row.recipient_org_unit_id)) throw AppException.notFound('notice', id);
  return toNoticeView(row);
};

/** Notices as their reader sees them: newest first, each marked read or not for that person. */
@Injectable()
export class NoticeQueriesHandler {
  constructor(private readonly database: TenantDatabase) {}

  async list(query: z.infer<typeof listNoticesSchema>): Promise<ListResult<NoticeView>> {
    const caller = noticeReaderOf(currentCaller());
    const page = noticePage(query.range, query.sort);
    if (caller.scope === 'none') return { items: [], total: 0 };
    const { where, params } = noticeConditions(caller.scope, query.filter, caller.personId ?? '');
    return this.database.run(async (manager) => {
      const rows: NoticeRow[] = await manager.query(
        `select ${NOTICE_COLUMNS} from ${NOTICES_WITH_READING} where ${where} order by ${page.orderBy} limit ${page.limit} offset ${page.offset}`,
        params,
      );
      const [{ total }] = (await manager.query(`select count(*)::int as total from ${NOTICES_WITH_READING} where ${where}`, params)) as [{ total: number }];
      return { items: rows.map(toNoticeView), total };
    });
  }

  async get(query: z.infer<typeof noticeRefSchema>): Promise<NoticeView> {
    const caller = noticeReaderOf(currentCaller());
    return this.database.run((manager) => findVisibleNotice(manager, query.id, caller));
  }

  async unreadCount(): Promise<UnreadNoticeCount> {
    const caller = noticeReaderOf(currentCaller());
    if (caller.scope === 'none') return { unread: 0 };
    const { where, params } = noticeConditions(caller.scope, { unread: true }, caller.personId ?? '');
    return this.database.run(async (manager) => {
      const [{ unread }] = (await manager.query(`select count(*)::int as unread from ${NOTICES_WITH_READING} where ${where}`, params)) as [{ unread: number }];
      return { unread };
    });
  }
}
