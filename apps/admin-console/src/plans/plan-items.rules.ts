import { ITEM_FORMS, MEETING_TYPES, type ItemForm, type MeetingType, type PlanItemView } from '@xieshang/contracts';

type TimedItem = Pick<PlanItemView, 'plannedMonth' | 'plannedDate'>;

/** The month an item is planned for: its month, or the month of its day; null when neither is set. */
export const plannedMonthOf = (item: TimedItem): number | null => {
  if (item.plannedMonth) return item.plannedMonth;
  if (item.plannedDate) return Number(item.plannedDate.slice(5, 7));
  return null;
};

/** Earlier first; a day within a month after the month alone; no time last. */
const byPlannedTime = (a: TimedItem, b: TimedItem): number => {
  const monthA = plannedMonthOf(a) ?? 13;
  const monthB = plannedMonthOf(b) ?? 13;
  if (monthA !== monthB) return monthA - monthB;
  return (a.plannedDate ?? '').localeCompare(b.plannedDate ?? '');
};

export interface ItemGroup<T> {
  form: ItemForm;
  /** Set for meetings only: each meeting type is a group of its own. */
  meetingType: MeetingType | null;
  items: T[];
}

/**
 * Items by form (meeting, interview, written) and, for meetings, by type (thematic, personnel,
 * research, briefing), each group in planned order; empty groups are left out.
 */
export const groupPlanItems = <T extends PlanItemView>(items: readonly T[]): ItemGroup<T>[] => {
  type GroupKey = { form: ItemForm; meetingType: MeetingType | null };
  const keys = ITEM_FORMS.flatMap((form): GroupKey[] =>
    form === 'meeting' ? MEETING_TYPES.map((meetingType) => ({ form, meetingType })) : [{ form, meetingType: null }],
  );
  return keys
    .map(({ form, meetingType }) => ({
      form,
      meetingType,
      items: items
        .filter((item) => item.form === form && (form !== 'meeting' || item.meetingType === meetingType))
        .sort(byPlannedTime),
    }))
    .filter((group) => group.items.length > 0);
};

/** Twelve months, each with the items planned in it; items without a time are returned apart. */
export const itemsByMonth = <T extends TimedItem>(items: readonly T[]): { months: T[][]; unscheduled: T[] } => {
  const months: T[][] = Array.from({ length: 12 }, () => []);
  const unscheduled: T[] = [];
  for (const item of [...items].sort(byPlannedTime)) {
    const month = plannedMonthOf(item);
    if (month && month >= 1 && month <= 12) months[month - 1]?.push(item);
    else unscheduled.push(item);
  }
  return { months, unscheduled };
};
