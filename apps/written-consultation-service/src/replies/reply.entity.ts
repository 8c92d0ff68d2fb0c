import { Column, Entity } from 'typeorm';
import { TenantScopedEntity } from '@xieshang/platform-persistence';
import type { ReplyStatus, ReviewForm } from '@xieshang/contracts';

export interface StoredComment {
  /** Given at submission: the opinion's id downstream. */
  opinionId: string | null;
  sectionKey: string | null;
  text: string;
}

/** A branch's reply to a solicitation, or a supplement to it. */
@Entity({ schema: 'written_consultation', name: 'replies' })
export class ReplyEntity extends TenantScopedEntity {
  @Column({ name: 'solicitation_id', type: 'uuid' })
  solicitationId!: string;

  @Column({ name: 'org_unit_id', type: 'uuid' })
  orgUnitId!: string;

  @Column({ name: 'supplement_to', type: 'uuid', nullable: true })
  supplementTo!: string | null;

  @Column({ type: 'text', default: 'draft' })
  status!: ReplyStatus;

  @Column({ name: 'no_comment', type: 'boolean', default: false })
  noComment!: boolean;

  @Column({ type: 'jsonb', default: [] })
  comments!: StoredComment[];

  @Column({ name: 'author_id', type: 'text', nullable: true })
  authorId!: string | null;

  @Column({ name: 'author_name', type: 'text' })
  authorName!: string;

  @Column({ name: 'leader_note', type: 'text', nullable: true })
  leaderNote!: string | null;

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

  @Column({ type: 'boolean', default: false })
  late!: boolean;
}
