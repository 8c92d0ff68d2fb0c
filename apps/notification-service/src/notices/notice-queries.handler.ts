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
import { hasInbox, maySeeNotice, type NoticeReader, noticeReaderOf } from './notice-visibility.rules.js';
import type { z } from 'zod';

export const listNoticesSchema = listQuerySchema.extend({ filter: noticeListFilterSchema.default({}) });

/** The notice if it is in the caller's inbox; 404 otherwise, so others cannot learn it exists. */
export const findVisibleNotice = async (manager: EntityManager, id: string, caller: NoticeReader): Promise<NoticeView> => {
  if (!hasInbox(caller)) throw AppException.notFound('notice', id);
  const rows: NoticeRow[] = await manager.query(`select ${NOTICE_COLUMNS} from ${NOTICES_WITH_READING} where n.id = $2`, [caller.personId, id]);
  const row = rows[0];
  const notice = row ? toNoticeView(row) : null;
  if (!notice || !maySeeNotice(caller, notice)) throw AppException.notFound('notice', id);
  return notice;
};

/** Each person's inbox: newest first, each marked read or not for that person. */
@Injectable()
export class NoticeQueriesHandler {
  constructor(private readonly database: TenantDatabase) {}

  async list(query: z.infer<typeof listNoticesSchema>): Promise<ListResult<NoticeView>> {
    const caller = noticeReaderOf(currentCaller());
    const page = noticePage(query.range, query.sort);
    if (!hasInbox(caller)) return { items: [], total: 0 };
    const { where, params } = noticeConditions(caller, query.filter);
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
    if (!hasInbox(caller)) return { unread: 0 };
    const { where, params } = noticeConditions(caller, { unread: true });
    return this.database.run(async (manager) => {
      const [{ unread }] = (await manager.query(`select count(*)::int as unread from ${NOTICES_WITH_READING} where ${where}`, params)) as [{ unread: number }];
      return { unread };
    });
  }
}
