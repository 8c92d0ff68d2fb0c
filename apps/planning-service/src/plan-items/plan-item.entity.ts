import { Column, Entity } from 'typeorm';
import { TenantScopedEntity } from '@xieshang/platform-persistence';
import type { ContentCategory, ItemForm, ItemOrigin, ItemStatus, MeetingType, PlanItemView } from '@xieshang/contracts';

/** One consultation the plan foresees (议题, form, type, time, participants, lead unit). */
@Entity({ schema: 'planning', name: 'plan_items' })
export class PlanItemEntity extends TenantScopedEntity {
  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @Column({ type: 'text' })
  topic!: string;

  @Column({ type: 'text' })
  form!: ItemForm;

  @Column({ name: 'meeting_type', type: 'text', nullable: true })
  meetingType!: MeetingType | null;

  @Column({ name: 'planned_month', type: 'integer', nullable: true })
  plannedMonth!: number | null;

  @Column({ name: 'planned_date', type: 'date', nullable: true })
  plannedDate!: string | null;

  @Column({ name: 'participant_org_unit_ids', type: 'uuid', array: true, default: () => `'{}'` })
  participantOrgUnitIds!: string[];

  @Column({ name: 'lead_org_unit_id', type: 'uuid', nullable: true })
  leadOrgUnitId!: string | null;

  @Column({ name: 'content_category', type: 'text' })
  contentCategory!: ContentCategory;

  @Column({ type: 'text' })
  origin!: ItemOrigin;

  @Column({ name: 'suggestion_id', type: 'uuid', nullable: true })
  suggestionId!: string | null;

  @Column({ type: 'text', default: 'active' })
  status!: ItemStatus;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason!: string | null;
}

export const toPlanItemView = (item: PlanItemEntity): PlanItemView => ({
  id: item.id,
  planId: item.planId,
  topic: item.topic,
  form: item.form,
  meetingType: item.meetingType,
  plannedMonth: item.plannedMonth,
  plannedDate: item.plannedDate,
  participantOrgUnitIds: item.participantOrgUnitIds,
  leadOrgUnitId: item.leadOrgUnitId,
  contentCategory: item.contentCategory,
  origin: item.origin,
  suggestionId: item.suggestionId,
  status: item.status,
  cancelReason: item.cancelReason,
  createdAt: item.createdAt.toISOString(),
  updatedAt: item.updatedAt.toISOString(),
  version: item.version,
});
