import type { ItemForm } from '@xieshang/contracts';

/** The fields of an item form, as react-admin's inputs hold them (empty inputs may be '' or null). */
export interface PlanItemFormValues {
  planId?: string;
  topic?: string;
  form?: ItemForm;
  meetingType?: string | null;
  plannedMonth?: number | string | null;
  plannedDate?: string | null;
  participantOrgUnitIds?: string[] | null;
  leadOrgUnitId?: string | null;
  contentCategory?: string;
  reason?: string | null;
  belowMinimumReason?: string | null;
  version?: number;
}

const blank = (value: unknown): boolean => value === undefined || value === null || value === '';

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);

/**
 * What the gateway receives for an item: only a meeting keeps its type, the time is a month or a
 * day, empty inputs become null, and the revision's reasons and the version are sent only when given.
 */
export const planItemPayload = (values: PlanItemFormValues): Record<string, unknown> => {
  const reason = text(values.reason);
  const belowMinimumReason = text(values.belowMinimumReason);
  return {
    topic: values.topic?.trim() ?? '',
    form: values.form,
    meetingType: values.form === 'meeting' && !blank(values.meetingType) ? values.meetingType : null,
    plannedMonth: blank(values.plannedMonth) ? null : Number(values.plannedMonth),
    plannedDate: blank(values.plannedDate) ? null : values.plannedDate,
    participantOrgUnitIds: values.participantOrgUnitIds ?? [],
    leadOrgUnitId: blank(values.leadOrgUnitId) ? null : values.leadOrgUnitId,
    contentCategory: values.contentCategory,
    ...(reason ? { reason } : {}),
    ...(belowMinimumReason ? { belowMinimumReason } : {}),
    ...(values.version !== undefined ? { version: values.version } : {}),
  };
};

/** Message keys of the item form's cross-field checks, by field; empty when the values fit together. */
export const planItemFormErrors = (
  values: PlanItemFormValues,
  options: { year?: number; reasonRequired?: boolean } = {},
): Record<string, string> => {
  const errors: Record<string, string> = {};
  if (values.form === 'meeting' && blank(values.meetingType)) errors.meetingType = 'resources.plan-items.validation.meeting_type';
  const hasMonth = !blank(values.plannedMonth);
  const hasDate = !blank(values.plannedDate);
  if (hasMonth && hasDate) errors.plannedDate = 'resources.plan-items.validation.month_or_date';
  if (!hasMonth && !hasDate) errors.plannedMonth = 'resources.plan-items.validation.time_required';
  if (hasDate && options.year !== undefined && !String(values.plannedDate).startsWith(`${options.year}-`)) {
    errors.plannedDate = 'resources.plan-items.validation.date_in_year';
  }
  if (options.reasonRequired && !text(values.reason)) errors.reason = 'resources.plan-items.validation.reason_required';
  return errors;
};
