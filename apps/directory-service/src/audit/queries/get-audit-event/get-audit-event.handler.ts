import { Injectable } from '@nestjs/common';
import { AuditErrorCode, getAuditEventQuerySchema, type AuditEventView } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { AUDIT_EVENT_COLUMNS, toAuditEventView, type AuditEventRow } from '../../audit-event.row.js';
import type { z } from 'zod';

/** One record of the tenant's trail; another tenant's record is as absent as one that never was. */
@Injectable()
export class GetAuditEventHandler {
  constructor(private readonly database: TenantDatabase) {}

  async execute({ id }: z.infer<typeof getAuditEventQuerySchema>): Promise<AuditEventView> {
    const [row] = await this.database.run(
      (manager): Promise<AuditEventRow[]> => manager.query(`select ${AUDIT_EVENT_COLUMNS} from directory.audit_events where id = $1`, [id]),
    );
    if (!row) throw new AppException(AuditErrorCode.EventNotFound, `audit-event ${id} was not found`, { entity: 'audit-event', id });
    return toAuditEventView(row);
  }
}
