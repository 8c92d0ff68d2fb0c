import { Column, Entity } from 'typeorm';
import { TenantScopedEntity } from '@xieshang/platform-persistence';
import type { PlanSuggestionView, SuggestionStatus } from '@xieshang/contracts';

/** A topic a party branch proposes for the plan (双向互动). */
@Entity({ schema: 'planning', name: 'plan_suggestions' })
export class PlanSuggestionEntity extends TenantScopedEntity {
  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @Column({ name: 'org_unit_id', type: 'uuid' })
  orgUnitId!: string;

  @Column({ type: 'text' })
  topic!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'text', default: 'draft' })
  status!: SuggestionStatus;

  @Column({ name: 'author_id', type: 'text', nullable: true })
  authorId!: string | null;

  @Column({ name: 'author_name', type: 'text' })
  authorName!: string;

  @Column({ name: 'leader_note', type: 'text', nullable: true })
  leaderNote!: string | null;

  @Column({ name: 'approved_by', type: 'text', nullable: true })
  approvedBy!: string | null;

  @Column({ name: 'approved_by_name', type: 'text', nullable: true })
  approvedByName!: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ name: 'decided_by', type: 'text', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason!: string | null;

  @Column({ name: 'plan_item_id', type: 'uuid', nullable: true })
  planItemId!: string | null;
}

export const toSuggestionView = (suggestion: PlanSuggestionEntity): PlanSuggestionView => ({
  id: suggestion.id,
  planId: suggestion.planId,
  orgUnitId: suggestion.orgUnitId,
  topic: suggestion.topic,
  reason: suggestion.reason,
  status: suggestion.status,
  authorId: suggestion.authorId,
  authorName: suggestion.authorName,
  leaderNote: suggestion.leaderNote,
  approvedBy: suggestion.approvedBy,
  approvedByName: suggestion.approvedByName,
  sentAt: suggestion.sentAt?.toISOString() ?? null,
  decidedBy: suggestion.decidedBy,
  decidedAt: suggestion.decidedAt?.toISOString() ?? null,
  declineReason: suggestion.declineReason,
  planItemId: suggestion.planItemId,
  createdAt: suggestion.createdAt.toISOString(),
  updatedAt: suggestion.updatedAt.toISOString(),
  version: suggestion.version,
});
