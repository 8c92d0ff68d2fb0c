import { type AssignerRole, type CaseStatus, CommonErrorCode, HandlingErrorCode, type Role } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { daysBefore, localDateTimeOf, monthsAfter } from '@xieshang/platform-deadlines';

/** What a caller does to a case; each has the statuses it starts from. */
export type CaseAction =
  | 'triage'
  | 'record-adoption'
  | 'assign'
  | 'return'
  | 'reply'
  | 'co-sign'
  | 'approve'
  | 'send-back'
  | 'release'
  | 'rate'
  | 'extend';

const FROM: Record<CaseAction, readonly CaseStatus[]> = {
  triage: ['registered'],
  'record-adoption': ['awaiting_adoption'],
  assign: ['to_assign'],
  return: ['assigned'],
  // A step-by-step case stays followed after release: its department reports again until solved.
  reply: ['assigned', 'released', 'rated'],
  'co-sign': ['co_signing'],
  approve: ['in_review'],
  'send-back': ['in_review'],
  release: ['to_release'],
  rate: ['released', 'rated'],
  extend: ['assigned', 'co_signing', 'in_review'],
};

/** The statuses in which a department still owes its reply: the period runs. */
export const RUNNING: readonly CaseStatus[] = ['assigned', 'co_signing', 'in_review'];

export const assertCaseStatus = (status: CaseStatus, action: CaseAction): void => {
  if (!FROM[action].includes(status)) {
    throw new AppException(HandlingErrorCode.CaseNotInState, `A case that is ${status} cannot take the step ${action}`, { status, action });
  }
};

/** The parts of a case that decide who may act on it. */
export interface CaseParticipants {
  draftingOrgUnitId: string | null;
  leadOrgUnitId: string | null;
  assignedByRole: AssignerRole | null;
  coHandlerOrgUnitIds: readonly string[];
  partyOrgUnitIds: readonly string[];
}

export interface Actor {
  roles: readonly Role[];
  orgUnitId: string | null;
}

const has = (actor: Actor, ...roles: Role[]) => roles.some((role) => actor.roles.includes(role));
const forbidden = (action: CaseAction) => new AppException(CommonErrorCode.Forbidden, `This caller may not take the step ${action} on this case`);

/** DOMAIN.md §5's row per role: who takes which step of which case. */
export const assertMayAct = (actor: Actor, action: CaseAction, people: CaseParticipants): void => {
  const unit = actor.orgUnitId;
  const department = has(actor, 'department') && unit !== null;
  const allowed = ((): boolean => {
    switch (action) {
      case 'triage':
      case 'release':
        return has(actor, 'ufwd');
      case 'record-adoption':
        return department && unit === people.draftingOrgUnitId;
      case 'assign':
        return has(actor, 'office', 'gov-office');
      case 'return':
      case 'reply':
        return department && unit === people.leadOrgUnitId;
      case 'co-sign':
        return department && people.coHandlerOrgUnitIds.includes(unit);
      case 'approve':
      case 'send-back':
      case 'extend':
        return people.assignedByRole !== null && has(actor, people.assignedByRole);
      case 'rate':
        return has(actor, 'party-leader', 'party-member') && unit !== null && people.partyOrgUnitIds.includes(unit);
    }
  })();
  if (!allowed) throw forbidden(action);
};

/** Which cases a caller reads: every one for the organisers, a department's own, a party's own. */
export type CaseVisibility = { kind: 'all' } | { kind: 'department'; orgUnitId: string } | { kind: 'party'; orgUnitId: string } | { kind: 'none' };

const ORGANISERS: readonly Role[] = ['office', 'ufwd', 'gov-office', 'leader', 'supervisor'];

export const caseVisibility = (actor: Actor): CaseVisibility => {
  if (actor.roles.some((role) => ORGANISERS.includes(role))) return { kind: 'all' };
  if (actor.orgUnitId && has(actor, 'department')) return { kind: 'department', orgUnitId: actor.orgUnitId };
  if (actor.orgUnitId && has(actor, 'party-leader', 'party-member')) return { kind: 'party', orgUnitId: actor.orgUnitId };
  return { kind: 'none' };
};

/** Reminder this many days before the report is due (DOMAIN.md §5: "reminders before it"). */
export const REMINDER_DAYS_BEFORE = 15;

/** Due = assignment + the tenant's report months, in the tenant's calendar; the reminder some days before. */
export const caseClock = (assignedAt: Date, reportMonths: number, zone: string): { dueAt: Date; remindAt: Date } => {
  const dueAt = monthsAfter(assignedAt, reportMonths, zone);
  return { dueAt, remindAt: daysBefore(dueAt, REMINDER_DAYS_BEFORE, zone) };
};

/** An extension adds the same period again, once. */
export const extendedDue = (dueAt: Date, reportMonths: number, zone: string, alreadyExtended: boolean): Date => {
  if (alreadyExtended) throw new AppException(HandlingErrorCode.AlreadyExtended, 'The handling period of this case was extended once already');
  return monthsAfter(dueAt, reportMonths, zone);
};

const dayNumber = (instant: Date, zone: string): number => {
  const local = localDateTimeOf(instant, zone);
  return Math.round(Date.UTC(local.year, local.month - 1, local.day) / 86_400_000);
};

/** Whole calendar days from `now` to the due day in the zone; negative once overdue. */
export const daysLeft = (dueAt: Date | null, now: Date, zone: string): number | null => (dueAt ? dayNumber(dueAt, zone) - dayNumber(now, zone) : null);

export const isOnTime = (doneAt: Date, dueAt: Date | null): boolean => dueAt === null || doneAt.getTime() <= dueAt.getTime();

/** The co-handlers named, without the lead and without repeats. */
export const coHandlersOf = (lead: string, named: readonly string[]): string[] => [...new Set(named)].filter((unit) => unit !== lead);

/** Re-handling is asked once per case, and only by a party not satisfied. */
export const assertRehandling = (alreadyRehandled: boolean): void => {
  if (alreadyRehandled) throw new AppException(HandlingErrorCode.RehandlingUsed, 'This case was handled again once already');
};
