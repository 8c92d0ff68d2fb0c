import { Column, Entity } from 'typeorm';
import { TenantScopedEntity } from '@xieshang/platform-persistence';
import type { EscalationStatus, ReviewForm, SubmissionAddressee, SubmissionKind, SubmissionStatus } from '@xieshang/contracts';

/** A party's own submission to the Party committee or the government, through UFWD (§3.3). */
@Entity({ schema: 'written_consultation', name: 'submissions' })
export class SubmissionEntity extends TenantScopedEntity {
  @Column({ type: 'text' })
  kind!: SubmissionKind;

  @Column({ type: 'text' })
  addressee!: SubmissionAddressee;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'jsonb' })
  recommendations!: string[];

  @Column({ name: 'opinion_ids', type: 'uuid', array: true, default: () => "'{}'" })
  opinionIds!: string[];

  @Column({ name: 'org_unit_id', type: 'uuid' })
  orgUnitId!: string;

  @Column({ type: 'boolean' })
  collective!: boolean;

  @Column({ type: 'text', default: 'draft' })
  status!: SubmissionStatus;

  @Column({ name: 'author_id', type: 'text', nullable: true })
  authorId!: string | null;

  @Column({ name: 'author_name', type: 'text' })
  authorName!: string;

  @Column({ name: 'review_form', type: 'text', nullable: true })
  reviewForm!: ReviewForm | null;

  @Column({ name: 'reviewed_on', type: 'date', nullable: true })
  reviewedOn!: string | null;

  @Column({ name: 'approved_by', type: 'text', nullable: true })
  approvedBy!: string | null;

  @Column({ name: 'approved_by_name', type: 'text', nullable: true })
  approvedByName!: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'forwarded_at', type: 'timestamptz', nullable: true })
  forwardedAt!: Date | null;

  @Column({ name: 'forwarded_by_name', type: 'text', nullable: true })
  forwardedByName!: string | null;

  @Column({ name: 'forward_note', type: 'text', nullable: true })
  forwardNote!: string | null;

  @Column({ name: 'escalated_at', type: 'timestamptz', nullable: true })
  escalatedAt!: Date | null;

  @Column({ name: 'escalated_by_name', type: 'text', nullable: true })
  escalatedByName!: string | null;

  @Column({ name: 'city_decision', type: 'text', nullable: true })
  cityDecision!: EscalationStatus | null;

  @Column({ name: 'city_note', type: 'text', nullable: true })
  cityNote!: string | null;

  @Column({ name: 'city_decided_at', type: 'timestamptz', nullable: true })
  cityDecidedAt!: Date | null;
}
