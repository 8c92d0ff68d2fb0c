import { Injectable } from '@nestjs/common';
import { CommonErrorCode, deliveryListFilterSchema, type DeliveryView, listQuerySchema, type ListResult } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { currentCaller } from '@xieshang/platform-tenancy';
import type { z } from 'zod';
import { maskAddress, maskPhone } from './channels.rules.js';

export const listDeliveriesSchema = listQuerySchema.extend({ filter: deliveryListFilterSchema.default({}) });

interface DeliveryRow {
  id: string;
  channel: 'mail' | 'sms';
  person_id: string;
  to_address: string;
  subject: string;
  status: DeliveryView['status'];
  attempts: number;
  last_error: string | null;
  created_at: Date;
  sent_at: Date | null;
  total: number;
}

/** The district's mails and text messages, newest first, for its administrator: who, what, how it went and why not. */
@Injectable()
export class DeliveryQueriesHandler {
  constructor(private readonly database: TenantDatabase) {}

  async list(query: z.infer<typeof listDeliveriesSchema>): Promise<ListResult<DeliveryView>> {
    if (!currentCaller().roles.includes('tenant-admin')) throw new AppException(CommonErrorCode.Forbidden, 'Only the tenant administrator reads deliveries');
    const [from, to] = query.range;
    if (to < from || to - from + 1 > 100) throw AppException.invalidInput([{ path: 'range', message: 'range must be [from, to] with at most 100 rows' }]);
    const params: unknown[] = [];
    const conditions: string[] = ['true'];
    if (query.filter.status) conditions.push(`status = $${params.push(query.filter.status)}`);
    if (query.filter.personId) conditions.push(`person_id = $${params.push(query.filter.personId)}`);
    if (query.filter.q) conditions.push(`subject ilike '%' || $${params.push(query.filter.q.replace(/[\\%_]/g, (c) => `\\${c}`))} || '%'`);
    return this.database.run(async (manager) => {
      const rows: DeliveryRow[] = await manager.query(
        `select id, channel, person_id, to_address, subject, status, attempts, last_error, created_at, sent_at, count(*) over ()::int as total
           from notification.deliveries where ${conditions.join(' and ')}
          order by created_at desc, id limit ${to - from + 1} offset ${from}`,
        params,
      );
      return {
        items: rows.map((row) => ({
          id: row.id,
          channel: row.channel,
          personId: row.person_id,
          to: row.channel === 'sms' ? maskPhone(row.to_address) : maskAddress(row.to_address),
          subject: row.subject,
          status: row.status,
          attempts: row.attempts,
          lastError: row.last_error,
          createdAt: new Date(row.created_at).toISOString(),
          sentAt: row.sent_at ? new Date(row.sent_at).toISOString() : null,
        })),
        total: rows[0]?.total ?? 0,
      };
    });
  }
}
