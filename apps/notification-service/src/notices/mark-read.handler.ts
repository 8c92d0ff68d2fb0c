import { Injectable } from '@nestjs/common';
import { CommonErrorCode, noticeRefSchema, type NoticeView } from '@xieshang/contracts';
import { recordAudit } from '@xieshang/platform-messaging';
import { AppException } from '@xieshang/platform-errors';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { currentCaller } from '@xieshang/platform-tenancy';
import { AUDIT } from '../notification.constants.js';
import { findVisibleNotice } from './notice-queries.handler.js';
import { noticeReaderOf } from './notice-visibility.rules.js';
import type { z } from 'zod';

/**
 * Records that the caller has read a notice. Reading again changes nothing: the first reading
 * stays, and only that one is audited.
 */
@Injectable()
export class MarkReadHandler {
  constructor(private readonly database: TenantDatabase) {}

  async execute(command: z.infer<typeof noticeRefSchema>): Promise<NoticeView> {
    const caller = noticeReaderOf(currentCaller());
    const personId = caller.personId;
    if (!personId) throw new AppException(CommonErrorCode.Forbidden, 'Only a signed-in person reads notices');
    return this.database.write(async (manager) => {
      const before = await findVisibleNotice(manager, command.id, caller);
      if (before.read) return before;
      const inserted: unknown[] = await manager.query(
        `insert into notification.notice_reads (notice_id, person_id) values ($1, $2) on conflict do nothing returning read_at`,
        [command.id, personId],
      );
      const after = await findVisibleNotice(manager, command.id, caller);
      if (inserted.length > 0) await recordAudit(manager, { entity: 'notice', entityId: command.id, action: 'read', before, after }, AUDIT);
      return after;
    });
  }
}
