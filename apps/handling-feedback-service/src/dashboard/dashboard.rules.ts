import type { CaseStatus, DashboardView, DepartmentTimeliness } from '@xieshang/contracts';

export interface CounterRow {
  dimension: string;
  key: string;
  count: number;
}

/** The projection's counters as the dashboard shows them; a status never reached shows 0. */
export const dashboardFigures = (
  year: number,
  counters: readonly CounterRow[],
  names: ReadonlyMap<string, string>,
  statuses: readonly CaseStatus[],
): Omit<DashboardView, 'tenantId' | 'overdue'> => {
  const of = (dimension: string) => counters.filter((row) => row.dimension === dimension);
  const value = (dimension: string, key: string) => of(dimension).find((row) => row.key === key)?.count ?? 0;
  const departments = new Map<string, DepartmentTimeliness>();
  for (const row of [...of('on-time'), ...of('late')]) {
    const entry = departments.get(row.key) ?? { orgUnitId: row.key, orgUnitName: names.get(row.key) ?? '', due: 0, onTime: 0, late: 0, rate: null };
    if (row.dimension === 'on-time') entry.onTime += row.count;
    else entry.late += row.count;
    entry.due = entry.onTime + entry.late;
    entry.rate = entry.due > 0 ? entry.onTime / entry.due : null;
    departments.set(row.key, entry);
  }
  return {
    year,
    plan: {
      status: of('plan-status').find((row) => row.count > 0)?.key ?? null,
      thematic: value('plan', 'thematic'),
      research: value('plan', 'research'),
      briefing: value('plan', 'briefing'),
      minimums: { thematic: value('plan-minimum', 'thematic'), research: value('plan-minimum', 'research'), briefing: value('plan-minimum', 'briefing') },
    },
    meetingsHeld: of('meetings').reduce((sum, row) => sum + row.count, 0),
    opinionsByParty: of('party')
      .filter((row) => row.count > 0)
      .map((row) => ({ key: row.key, count: row.count, name: row.key === 'individual' ? '' : (names.get(row.key) ?? '') }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh-CN')),
    casesByStatus: statuses.map((status) => ({ key: status, count: Math.max(0, value('status', status)) })),
    timeliness: [...departments.values()].sort((a, b) => a.orgUnitName.localeCompare(b.orgUnitName, 'zh-CN')),
  };
};
