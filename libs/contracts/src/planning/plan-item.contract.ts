import { z } from 'zod';
import { idList, int, isoDay, rowVersion, searchText, text } from '../common/primitives.js';

export const ITEM_FORMS = ['meeting', 'interview', 'written'] as const;
export type ItemForm = (typeof ITEM_FORMS)[number];

/** 专题, 人事, 调研, 其他 (通报会) consultation meetings (DOMAIN.md §2). */
export const MEETING_TYPES = ['thematic', 'personnel', 'research', 'briefing'] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];

/** What a consultation may be about (source §2). */
export const CONTENT_CATEGORIES = [
  'party_documents',
  'policies_and_plans',
  'nominations',
  'development_plans_and_reports',
  'reform_development_livelihood',
  'united_front',
  'other',
] as const;
export type ContentCategory = (typeof CONTENT_CATEGORIES)[number];

/** 双向互动: proposed by the CPC side or by a party (then linked to its suggestion). */
export const ITEM_ORIGINS = ['cpc', 'party'] as const;
export type ItemOrigin = (typeof ITEM_ORIGINS)[number];

export const ITEM_STATUSES = ['active', 'cancelled'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const ITEM_TOPIC_MAX = 200;
const changeReason = text.trim().min(1).max(1000);

export const planItemFields = {
  topic: text.trim().min(1).max(ITEM_TOPIC_MAX),
  form: z.enum(ITEM_FORMS),
  meetingType: z.enum(MEETING_TYPES).nullish(),
  plannedMonth: int.min(1).max(12).nullish(),
  plannedDate: isoDay.nullish(),
  participantOrgUnitIds: z.array(z.uuid()).max(100).default([]),
  leadOrgUnitId: z.uuid().nullish(),
  contentCategory: z.enum(CONTENT_CATEGORIES),
  /** Required once the plan is published: every later change says why. */
  reason: changeReason.optional(),
  /** Required when a change to the published plan leaves it further below a yearly minimum. */
  belowMinimumReason: changeReason.optional(),
};

type ItemShape = { form?: ItemForm; meetingType?: MeetingType | null; plannedMonth?: number | null; plannedDate?: string | null };

/** A meeting needs its type; only a meeting has one; the time is a month or a day, not both. */
export const itemCoherence = (item: ItemShape, context: z.RefinementCtx): void => {
  if (item.form === 'meeting' && !item.meetingType) context.addIssue({ code: 'custom', path: ['meetingType'], message: 'a meeting needs its meeting type' });
  if (item.form !== undefined && item.form !== 'meeting' && item.meetingType) {
    context.addIssue({ code: 'custom', path: ['meetingType'], message: 'only a meeting has a meeting type' });
  }
  if (item.plannedMonth && item.plannedDate) context.addIssue({ code: 'custom', path: ['plannedDate'], message: 'give plannedMonth or plannedDate, not both' });
  if (!item.plannedMonth && !item.plannedDate) context.addIssue({ code: 'custom', path: ['plannedMonth'], message: 'give plannedMonth or plannedDate' });
};

export const planItemInputSchema = z.strictObject(planItemFields).superRefine(itemCoherence);
export type PlanItemInput = z.infer<typeof planItemInputSchema>;

export const updatePlanItemSchema = z.strictObject({ ...planItemFields, version: rowVersion }).superRefine(itemCoherence);
export type UpdatePlanItemInput = z.infer<typeof updatePlanItemSchema>;

export const cancelPlanItemSchema = z.strictObject({ reason: changeReason.optional(), belowMinimumReason: changeReason.optional() });

export const createPlanItemCommandSchema = z.strictObject({ ...planItemFields, planId: z.uuid() }).superRefine(itemCoherence);
export const updatePlanItemCommandSchema = z
  .strictObject({ ...planItemFields, version: rowVersion, id: z.uuid() })
  .superRefine(itemCoherence);
export const cancelPlanItemCommandSchema = cancelPlanItemSchema.extend({ id: z.uuid() });

export const planItemListFilterSchema = z
  .object({
    planId: z.uuid().optional(),
    form: z.enum(ITEM_FORMS).optional(),
    meetingType: z.enum(MEETING_TYPES).optional(),
    status: z.enum(ITEM_STATUSES).optional(),
    origin: z.enum(ITEM_ORIGINS).optional(),
    q: searchText.optional(),
    id: idList.optional(),
  })
  .strict();
export const PLAN_ITEM_SORT_FIELDS = ['plannedMonth', 'plannedDate', 'topic', 'form', 'meetingType', 'createdAt'] as const;

export interface PlanItemView {
  id: string;
  planId: string;
  topic: string;
  form: ItemForm;
  meetingType: MeetingType | null;
  plannedMonth: number | null;
  plannedDate: string | null;
  participantOrgUnitIds: string[];
  leadOrgUnitId: string | null;
  contentCategory: ContentCategory;
  origin: ItemOrigin;
  suggestionId: string | null;
  status: ItemStatus;
  cancelReason: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}
