import { MINIMUM_KINDS, type MeetingType, type MinimumKind, PlanningErrorCode, type PlanMinimums } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';

/** The tenant's yearly minimums (§3.1): thematic ≥ 3, research ≥ 1, briefing ≥ 3 unless set otherwise. */
export type YearlyMinimums = Record<MinimumKind, number>;

export interface CountableItem {
  form: string;
  meetingType: MeetingType | null;
  status: string;
}

/** Counts the meeting items not cancelled, by meeting type, against the required numbers. */
export const planMinimums = (items: readonly CountableItem[], required: YearlyMinimums): PlanMinimums => {
  const planned = (kind: MinimumKind) =>
    items.filter((item) => item.form === 'meeting' && item.status !== 'cancelled' && item.meetingType === kind).length;
  const standing = (kind: MinimumKind) => {
    const count = planned(kind);
    return { required: required[kind], planned: count, met: count >= required[kind] };
  };
  return { thematic: standing('thematic'), research: standing('research'), briefing: standing('briefing') };
};

export const unmetMinimums = (minimums: PlanMinimums): MinimumKind[] => MINIMUM_KINDS.filter((kind) => !minimums[kind].met);

/**
 * A plan below any minimum is approved only with a recorded reason; without one the approval is
 * refused naming what is missing.
 */
export const assertApprovable = (minimums: PlanMinimums, belowMinimumReason: string | undefined): string | null => {
  const unmet = unmetMinimums(minimums);
  if (unmet.length === 0) return belowMinimumReason ?? null;
  if (belowMinimumReason) return belowMinimumReason;
  const summary = unmet.map((kind) => `${kind} ${minimums[kind].planned}/${minimums[kind].required}`).join(', ');
  throw new AppException(PlanningErrorCode.MinimumsNotMet, `The plan is below the yearly minimums (${summary}); approve it with belowMinimumReason`, {
    unmet,
    minimums,
  });
};
