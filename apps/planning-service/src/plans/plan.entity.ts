import { Column, Entity } from 'typeorm';
import { TenantScopedEntity } from '@xieshang/platform-persistence';
import type { PlanStatus } from '@xieshang/contracts';

/** 年度会议协商计划: one per tenant and year. */
@Entity({ schema: 'planning', name: 'plans' })
export class PlanEntity extends TenantScopedEntity {
  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: 'draft' })
  status!: PlanStatus;

  @Column({ name: 'suggestions_deadline', type: 'date', nullable: true })
  suggestionsDeadline!: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'return_reason', type: 'text', nullable: true })
  returnReason!: string | null;

  @Column({ name: 'approved_by', type: 'text', nullable: true })
  approvedBy!: string | null;

  @Column({ name: 'approved_by_name', type: 'text', nullable: true })
  approvedByName!: string | null;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  @Column({ name: 'decision_reference', type: 'text', nullable: true })
  decisionReference!: string | null;

  @Column({ name: 'below_minimum_reason', type: 'text', nullable: true })
  belowMinimumReason!: string | null;

  @Column({ name: 'skip_solicitation_reason', type: 'text', nullable: true })
  skipSolicitationReason!: string | null;

  @Column({ name: 'published_by', type: 'text', nullable: true })
  publishedBy!: string | null;

  @Column({ name: 'published_by_name', type: 'text', nullable: true })
  publishedByName!: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'current_revision', type: 'integer', default: 0 })
  currentRevision!: number;

  @Column({ name: 'created_by', type: 'text', nullable: true })
  createdBy!: string | null;
}
