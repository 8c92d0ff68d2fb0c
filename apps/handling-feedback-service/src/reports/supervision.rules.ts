import type { SupervisionEntry } from '@xieshang/contracts';

/** A case that fell behind or was returned, as supervision reads it. */
export interface SupervisedCase {
  id: string;
  number: number;
  title: string;
  leadOrgUnitId: string;
  dueAt: Date | null;
  releasedAt: Date | null;
  onTime: boolean | null;
  running: boolean;
  sentBackReasons: string[];
}

const DAY = 86_400_000;

/**
 * Late: released after its due date, or still unanswered past it. Returned as inadequate: sent back
 * by the reviewing office at least once, with each reason. Grouped by lead department, by name.
 */
export const supervisionEntries = (cases: readonly SupervisedCase[], now: Date, names: ReadonlyMap<string, string>): SupervisionEntry[] => {
  const entries = new Map<string, SupervisionEntry>();
  const entryOf = (unit: string) => {
    const entry = entries.get(unit) ?? { orgUnitId: unit, orgUnitName: names.get(unit) ?? '', lateCases: [], sentBackCases: [] };
    entries.set(unit, entry);
    return entry;
  };
  for (const item of cases) {
    const overdue = item.running && item.dueAt !== null && item.dueAt.getTime() < now.getTime();
    if ((item.onTime === false || overdue) && item.dueAt) {
      const end = item.releasedAt ?? now;
      entryOf(item.leadOrgUnitId).lateCases.push({
        caseId: item.id,
        number: item.number,
        title: item.title,
        dueAt: item.dueAt.toISOString(),
        releasedAt: item.releasedAt?.toISOString() ?? null,
        daysLate: Math.max(1, Math.ceil((end.getTime() - item.dueAt.getTime()) / DAY)),
      });
    }
    if (item.sentBackReasons.length > 0) {
      entryOf(item.leadOrgUnitId).sentBackCases.push({ caseId: item.id, number: item.number, title: item.title, times: item.sentBackReasons.length, reasons: item.sentBackReasons });
    }
  }
  return [...entries.values()].sort((a, b) => a.orgUnitName.localeCompare(b.orgUnitName, 'zh-CN'));
};
