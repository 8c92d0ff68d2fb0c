import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  escalationDecidedPayloadSchema,
  type EventEnvelope,
  submissionEscalatedPayloadSchema,
  type TenantParentView,
  WrittenEvent,
} from '@xieshang/contracts';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { ServiceEvents } from '@xieshang/platform-runtime';
import { auditChange } from '../audit.js';
import { DirectoryClient } from '../directory/directory-client.js';
import { SubmissionEntity } from '../submissions/submission.entity.js';
import { submissionRecord } from '../submissions/submission-view.js';
import { EscalationEntity, toEscalationView } from './escalation.entity.js';

/** `<service>_<purpose>`; each also listed in tools/launcher/nats-permissions.mjs and deploy/nats/nats-server.conf. */
export const ESCALATION_DURABLES = {
  escalated: 'written-consultation-service_submission-escalated',
  decided: 'written-consultation-service_escalation-decided',
} as const;

/**
 * The only path that crosses tenants (§3.3), and it goes through events: a district's escalation
 * is written into its city as a new record, the city's decision back into the district's
 * submission. Each write is its own tenant's transaction and keyed, so a redelivered event adds nothing.
 */
@Injectable()
export class EscalationEventsSubscriber implements OnModuleInit {
  constructor(
    private readonly events: ServiceEvents,
    private readonly database: TenantDatabase,
    private readonly directory: DirectoryClient,
  ) {}

  onModuleInit(): void {
    this.events.subscribe({
      durable: ESCALATION_DURABLES.escalated,
      filterSubjects: WrittenEvent.SubmissionEscalated,
      // The district's city, asked of the directory before any transaction opens.
      prepare: () => this.directory.tenant(),
      handler: (_manager, envelope, prepared) => this.receive(envelope, prepared as TenantParentView),
    });
    this.events.subscribe({
      durable: ESCALATION_DURABLES.decided,
      filterSubjects: WrittenEvent.EscalationDecided,
      handler: (_manager, envelope) => this.answer(envelope),
    });
  }

  private async receive(envelope: EventEnvelope, district: TenantParentView): Promise<void> {
    const payload = submissionEscalatedPayloadSchema.parse(envelope.payload);
    if (!district.parentCode) return;
    await this.database.runAsTenant(district.parentCode, async (manager: EntityManager) => {
      const rows: { id: string }[] = await manager.query(
        `insert into written_consultation.escalations
           (origin_tenant_id, origin_tenant_name, origin_submission_id, origin_org_unit_name, kind, title, body, recommendations, author_name, escalated_by_name, escalation_note, received_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
         on conflict (tenant_id, origin_tenant_id, origin_submission_id) do nothing returning id`,
        [
          envelope.tenantId,
          district.name,
          payload.submissionId,
          payload.originOrgUnitName,
          payload.kind,
          payload.title,
          payload.body,
          JSON.stringify(payload.recommendations),
          payload.authorName,
          payload.escalatedByName,
          payload.escalationNote,
          new Date(payload.escalatedAt),
        ],
      );
      const created = rows[0];
      if (!created) return;
      const escalation = await manager.getRepository(EscalationEntity).findOneByOrFail({ id: created.id });
      await auditChange(manager, 'escalation', created.id, 'received', null, toEscalationView(escalation));
    });
  }

  private async answer(envelope: EventEnvelope): Promise<void> {
    const payload = escalationDecidedPayloadSchema.parse(envelope.payload);
    await this.database.runAsTenant(payload.originTenantId, async (manager: EntityManager) => {
      const submission = await manager.getRepository(SubmissionEntity).findOne({ where: { id: payload.originSubmissionId }, lock: { mode: 'pessimistic_write' } });
      // Only a decision newer than what the district holds is written; a redelivery changes nothing.
      if (!submission || !submission.escalatedAt || submission.cityDecision === payload.decision) return;
      const before = submissionRecord(submission);
      Object.assign(submission, { cityDecision: payload.decision, cityNote: payload.note, cityDecidedAt: new Date(payload.decidedAt) });
      const saved = await manager.getRepository(SubmissionEntity).save(submission);
      await auditChange(manager, 'submission', submission.id, 'city-decided', before, submissionRecord(saved));
    });
  }
}
