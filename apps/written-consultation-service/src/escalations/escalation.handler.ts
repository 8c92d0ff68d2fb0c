import { Injectable } from '@nestjs/common';
import {
  decideEscalationCommandSchema,
  ESCALATION_SORT_FIELDS,
  type EscalationDecidedPayload,
  escalationListFilterSchema,
  escalationRefSchema,
  type EscalationView,
  type ListResult,
  listQuerySchema,
  WrittenErrorCode,
  WrittenEvent,
} from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { recordEvent } from '@xieshang/platform-messaging';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { currentCaller, nameOf } from '@xieshang/platform-tenancy';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { ESCALATION_RECEIVERS, requireRole } from '../access.rules.js';
import { auditChange } from '../audit.js';
import { pageAndSort } from '../list-query.rules.js';
import { OUTBOX } from '../written.constants.js';
import { EscalationEntity, toEscalationView } from './escalation.entity.js';

export const listEscalationsSchema = listQuerySchema.extend({ filter: escalationListFilterSchema.default({}) });

const findEscalation = async (manager: EntityManager, id: string, lock = false): Promise<EscalationEntity> => {
  const escalation = await manager.getRepository(EscalationEntity).findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  if (!escalation) throw AppException.notFound('escalation', id);
  return escalation;
};

/** What the city's UFWD received from its districts, and its decision, which goes back to the district. */
@Injectable()
export class EscalationHandler {
  constructor(private readonly database: TenantDatabase) {}

  async list(query: z.infer<typeof listEscalationsSchema>): Promise<ListResult<EscalationView>> {
    requireRole(currentCaller().roles, ESCALATION_RECEIVERS, 'read escalations');
    const page = pageAndSort(query.range, query.sort, ESCALATION_SORT_FIELDS, ['receivedAt', 'DESC']);
    const [rows, total] = await this.database.run((manager) => {
      const builder = manager.getRepository(EscalationEntity).createQueryBuilder('escalation');
      const { filter } = query;
      if (filter.status) builder.andWhere('escalation.status = :status', { status: filter.status });
      if (filter.originTenantId) builder.andWhere('escalation.origin_tenant_id = :origin', { origin: filter.originTenantId });
      if (filter.id) builder.andWhere('escalation.id in (:...ids)', { ids: filter.id.length > 0 ? filter.id : [null] });
      return builder.orderBy(`escalation.${page.field}`, page.order).addOrderBy('escalation.id', 'ASC').skip(page.skip).take(page.take).getManyAndCount();
    });
    return { items: rows.map(toEscalationView), total };
  }

  async get({ id }: z.infer<typeof escalationRefSchema>): Promise<EscalationView> {
    requireRole(currentCaller().roles, ESCALATION_RECEIVERS, 'read escalations');
    return toEscalationView(await this.database.run((manager) => findEscalation(manager, id)));
  }

  async decide({ id, decision, note }: z.infer<typeof decideEscalationCommandSchema>): Promise<EscalationView> {
    const caller = currentCaller();
    requireRole(caller.roles, ESCALATION_RECEIVERS, 'decide on an escalation');
    return this.database.write(async (manager) => {
      const escalation = await findEscalation(manager, id, true);
      if (escalation.status !== 'received') {
        throw new AppException(WrittenErrorCode.EscalationNotInState, `The escalation was already ${escalation.status}`, { status: escalation.status, allowedFrom: ['received'] });
      }
      const before = toEscalationView(escalation);
      Object.assign(escalation, { status: decision, decisionNote: note, decidedByName: nameOf(caller), decidedAt: new Date() });
      const saved = await manager.getRepository(EscalationEntity).save(escalation);
      const payload: EscalationDecidedPayload = {
        escalationId: saved.id,
        originTenantId: saved.originTenantId,
        originSubmissionId: saved.originSubmissionId,
        decision,
        note,
        decidedByName: nameOf(caller),
        decidedAt: (saved.decidedAt as Date).toISOString(),
      };
      await recordEvent(manager, { subject: WrittenEvent.EscalationDecided, payload }, OUTBOX);
      const after = toEscalationView(saved);
      await auditChange(manager, 'escalation', id, decision, before, after);
      return after;
    });
  }
}
