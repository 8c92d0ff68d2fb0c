import { MINIMUM_KINDS, type MeetingType, type MinimumKind, type MinimumStanding, PlanningErrorCode, type PlanMinimums } from '@xieshang/contracts';
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

/** How the year's study tours (not closed) stand against the tenant's minimum (§5.3: 1–2 a year). */
export const studyTourStanding = (toursThisYear: number, min: number): MinimumStanding => ({ required: min, planned: toursThisYear, met: toursThisYear >= min });

const belowMinimum = (message: string, unmet: string[], details: Record<string, unknown>): AppException =>
  new AppException(PlanningErrorCode.MinimumsNotMet, message, {
    unmet,
    ...details,
    fields: [{ path: 'belowMinimumReason', message: 'required while the plan is below a yearly minimum' }],
  });

/**
 * A plan below any minimum (the meeting kinds, and the study tours when given) is approved only
 * with a recorded reason; without one the approval is refused naming what is missing.
 */
export const assertApprovable = (minimums: PlanMinimums, belowMinimumReason: string | undefined, studyTours?: MinimumStanding): string | null => {
  const standings: [string, MinimumStanding][] = [...MINIMUM_KINDS.map((kind) => [kind, minimums[kind]] as [string, MinimumStanding]), ...(studyTours ? [['studyTours', studyTours] as [string, MinimumStanding]] : [])];
  const unmet = standings.filter(([, standing]) => !standing.met);
  if (unmet.length === 0 || belowMinimumReason) return belowMinimumReason ?? null;
  const summary = unmet.map(([kind, standing]) => `${kind} ${standing.planned}/${standing.required}`).join(', ');
  throw belowMinimum(`The plan is below the yearly minimums (${summary}); approve it with belowMinimumReason`, unmet.map(([kind]) => kind), { minimums, ...(studyTours ? { studyTours } : {}) });
};

/** The kinds a change leaves below their minimum with fewer items than before: the change made the shortfall. */
export const droppedBelow = (before: PlanMinimums, after: PlanMinimums): MinimumKind[] =>
  MINIMUM_KINDS.filter((kind) => !after[kind].met && after[kind].planned < before[kind].planned);

/**
 * A revision of the published plan that takes it (further) below a yearly minimum needs the
 * below-minimum reason, as approval does; a change that leaves the counts alone does not.
 */
export const assertRevisionKeepsMinimums = (before: PlanMinimums, after: PlanMinimums, belowMinimumReason: string | undefined): string | null => {
  const dropped = droppedBelow(before, after);
  if (dropped.length === 0 || belowMinimumReason) return belowMinimumReason ?? null;
  const summary = dropped.map((kind) => `${kind} ${after[kind].planned}/${after[kind].required}`).join(', ');
  throw belowMinimum(`This change leaves the plan below the yearly minimums (${summary}); give belowMinimumReason`, dropped, { minimums: after });
};
