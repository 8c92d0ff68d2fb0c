import { Column, Entity } from 'typeorm';
import { TenantScopedEntity } from '@xieshang/platform-persistence';
import type { EscalationStatus, SubmissionKind } from '@xieshang/contracts';

/** A district's research report as its city received it (§3.3), naming the district it came from. */
@Entity({ schema: 'written_consultation', name: 'escalations' })
export class EscalationEntity extends TenantScopedEntity {
  @Column({ name: 'origin_tenant_id', type: 'text' })
  originTenantId!: string;

  @Column({ name: 'origin_tenant_name', type: 'text' })
  originTenantName!: string;

  @Column({ name: 'origin_submission_id', type: 'uuid' })
  originSubmissionId!: string;

  @Column({ name: 'origin_org_unit_name', type: 'text' })
  originOrgUnitName!: string;

  @Column({ type: 'text' })
  kind!: SubmissionKind;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'jsonb' })
  recommendations!: string[];

  @Column({ name: 'author_name', type: 'text' })
  authorName!: string;

  @Column({ name: 'escalated_by_name', type: 'text' })
  escalatedByName!: string;

  @Column({ name: 'escalation_note', type: 'text', default: '' })
  escalationNote!: string;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  @Column({ type: 'text', default: 'received' })
  status!: EscalationStatus;

  @Column({ name: 'decision_note', type: 'text', nullable: true })
  decisionNote!: string | null;

  @Column({ name: 'decided_by_name', type: 'text', nullable: true })
  decidedByName!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;
}

export const toEscalationView = (escalation: EscalationEntity) => ({
  id: escalation.id,
  originTenantId: escalation.originTenantId,
  originTenantName: escalation.originTenantName,
  originSubmissionId: escalation.originSubmissionId,
  originOrgUnitName: escalation.originOrgUnitName,
  kind: escalation.kind,
  title: escalation.title,
  body: escalation.body,
  recommendations: escalation.recommendations,
  authorName: escalation.authorName,
  escalatedByName: escalation.escalatedByName,
  escalationNote: escalation.escalationNote,
  receivedAt: escalation.receivedAt.toISOString(),
  status: escalation.status,
  decisionNote: escalation.decisionNote,
  decidedByName: escalation.decidedByName,
  decidedAt: escalation.decidedAt?.toISOString() ?? null,
  version: escalation.version,
});
