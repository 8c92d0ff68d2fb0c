import type { PlannedMeeting } from '@xieshang/contracts';
import type { MeetingStatus } from '@xieshang/contracts';

/** What a meeting looks like to the plan: enough to tell whether a revision moves it. */
export interface PlanLinkedMeeting {
  status: MeetingStatus;
  plannedDate: string | null;
  plannedMonth: number | null;
}

export type PlanReconciliation =
  | { kind: 'create' }
  | { kind: 'update' }
  | { kind: 'cancel' }
  /** Noticed already: not moved silently; the organiser is told and decides. */
  | { kind: 'tell-organiser' }
  | { kind: 'none' };

const SETTLED: readonly MeetingStatus[] = ['held', 'minutes_recorded', 'outcomes_transferred', 'closed', 'cancelled'];

/**
 * What a published or revised plan item does to its meeting: a new item makes a planned meeting,
 * a planned meeting follows the plan, one already noticed waits for its organiser, and one held
 * or cancelled is history.
 */
export const reconcilePlannedMeeting = (item: PlannedMeeting, meeting: PlanLinkedMeeting | null): PlanReconciliation => {
  if (!meeting) return item.cancelled ? { kind: 'none' } : { kind: 'create' };
  if (SETTLED.includes(meeting.status)) return { kind: 'none' };
  if (meeting.status === 'planned') return item.cancelled ? { kind: 'cancel' } : { kind: 'update' };
  const moved = item.cancelled || item.plannedDate !== meeting.plannedDate || item.plannedMonth !== meeting.plannedMonth;
  return moved ? { kind: 'tell-organiser' } : { kind: 'none' };
};

const DAY_MS = 86_400_000;

/** A meeting set for a time on one planned day, moved to another: the same time on the new day. */
export const moveToDay = (startsAt: Date | null, fromDay: string | null, toDay: string | null): Date | null => {
  if (!startsAt || !fromDay || !toDay || fromDay === toDay) return startsAt;
  const shift = Date.parse(`${toDay}T00:00:00Z`) - Date.parse(`${fromDay}T00:00:00Z`);
  return new Date(startsAt.getTime() + Math.round(shift / DAY_MS) * DAY_MS);
};
