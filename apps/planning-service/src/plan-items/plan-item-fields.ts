import type { ContentCategory, ItemForm, MeetingType } from '@xieshang/contracts';
import type { PlanItemEntity } from './plan-item.entity.js';

/** The fields of an item that office drafts, as they come in after validation. */
export interface ItemFields {
  topic: string;
  form: ItemForm;
  meetingType?: MeetingType | null;
  plannedMonth?: number | null;
  plannedDate?: string | null;
  participantOrgUnitIds: string[];
  leadOrgUnitId?: string | null;
  contentCategory: ContentCategory;
}

/** Copies validated fields onto an item; absent optional fields are cleared, as a PUT replaces the item. */
export const assignItemFields = (item: PlanItemEntity, fields: ItemFields): PlanItemEntity =>
  Object.assign(item, {
    topic: fields.topic,
    form: fields.form,
    meetingType: fields.meetingType ?? null,
    plannedMonth: fields.plannedMonth ?? null,
    plannedDate: fields.plannedDate ?? null,
    participantOrgUnitIds: [...new Set(fields.participantOrgUnitIds)],
    leadOrgUnitId: fields.leadOrgUnitId ?? null,
    contentCategory: fields.contentCategory,
  });
