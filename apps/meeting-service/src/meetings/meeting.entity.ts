import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TenantScopedEntity } from '@xieshang/platform-persistence';
import type { Attendee, MeetingKind, MeetingOrigin, MeetingStatus, MeetingView, Nominee, StoredFile } from '@xieshang/contracts';

/** What a revision of the plan would do to a meeting already noticed, until the organiser acts on it. */
export type PlanChange = NonNullable<MeetingView['planChange']>;

/** 协商座谈会: one consultation meeting, from the plan or added, through its steps. */
@Entity({ schema: 'meeting', name: 'meetings' })
export class MeetingEntity extends TenantScopedEntity {
  @Column({ type: 'text' })
  type!: MeetingKind;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  origin!: MeetingOrigin;

  @Column({ name: 'plan_id', type: 'uuid', nullable: true })
  planId!: string | null;

  @Column({ name: 'plan_item_id', type: 'uuid', nullable: true })
  planItemId!: string | null;

  @Column({ name: 'planned_date', type: 'date', nullable: true })
  plannedDate!: string | null;

  @Column({ name: 'planned_month', type: 'integer', nullable: true })
  plannedMonth!: number | null;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ name: 'chair_name', type: 'text', nullable: true })
  chairName!: string | null;

  @Column({ name: 'starts_at', type: 'timestamptz', nullable: true })
  startsAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  place!: string | null;

  @Column({ name: 'lead_org_unit_id', type: 'uuid', nullable: true })
  leadOrgUnitId!: string | null;

  @Column({ name: 'organiser_org_unit_id', type: 'uuid', nullable: true })
  organiserOrgUnitId!: string | null;

  @Column({ name: 'invited_org_unit_ids', type: 'uuid', array: true, default: () => `'{}'` })
  invitedOrgUnitIds!: string[];

  @Column({ name: 'invited_person_ids', type: 'uuid', array: true, default: () => `'{}'` })
  invitedPersonIds!: string[];

  @Column({ type: 'jsonb', default: () => `'[]'::jsonb` })
  nominees!: Nominee[];

  @Column({ type: 'jsonb', default: () => `'[]'::jsonb` })
  attendance!: Attendee[];

  @Column({ type: 'text', default: 'planned' })
  status!: MeetingStatus;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason!: string | null;

  @Column({ name: 'late_notice_reason', type: 'text', nullable: true })
  lateNoticeReason!: string | null;

  @Column({ name: 'late_documents_reason', type: 'text', nullable: true })
  lateDocumentsReason!: string | null;

  @Column({ name: 'plan_change', type: 'jsonb', nullable: true })
  planChange!: PlanChange | null;

  @Column({ name: 'minutes_text', type: 'text', nullable: true })
  minutesText!: string | null;

  @Column({ name: 'minutes_attachment', type: 'jsonb', nullable: true })
  minutesAttachment!: StoredFile | null;

  @Column({ name: 'minutes_recorded_by_name', type: 'text', nullable: true })
  minutesRecordedByName!: string | null;

  @Column({ name: 'minutes_recorded_at', type: 'timestamptz', nullable: true })
  minutesRecordedAt!: Date | null;

  @Column({ name: 'created_by', type: 'text', nullable: true })
  createdBy!: string | null;
}

/** One step of a meeting's life, for its timeline: who took it, when, and the reason when one was needed. */
@Entity({ schema: 'meeting', name: 'meeting_steps' })
export class MeetingStepEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @Column({ type: 'text' })
  step!: string;

  @Column({ name: 'actor_id', type: 'text', nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_name', type: 'text' })
  actorName!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;
}
