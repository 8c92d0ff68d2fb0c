import type { Adoption, CaseOutcome, CountBy, DepartmentTimeliness, OpinionSourceKind, Satisfaction, YearEndReportView } from '@xieshang/contracts';

/** One case of the year as the report reads it. */
export interface LedgerCase {
  id: string;
  number: number;
  title: string;
  status: string;
  track: string | null;
  sourceKind: OpinionSourceKind;
  partyOrgUnitIds: string[];
  partyNames: string;
  leadOrgUnitId: string | null;
  adoption: Adoption | null;
  outcome: CaseOutcome | null;
  planDueOn: string | null;
  dueAt: string | null;
  releasedAt: string | null;
  onTime: boolean | null;
  /** The last rating of each party, round by round. */
  satisfactions: Satisfaction[];
}

const countBy = <K extends string>(keys: readonly K[], values: readonly (K | null)[]): CountBy<K>[] =>
  keys.map((key) => ({ key, count: values.filter((value) => value === key).length }));

/** Merged and split cases live on in the cases they became; they are not counted twice. */
const counted = (cases: readonly LedgerCase[]) => cases.filter((item) => item.status !== 'merged' && item.status !== 'split');

/** §4.1.4's figures from the year's cases. */
export const yearEndFigures = (year: number, all: readonly LedgerCase[], names: ReadonlyMap<string, string>): YearEndReportView => {
  const cases = counted(all);
  const parties = new Map<string, number>();
  for (const item of cases) for (const party of new Set(item.partyOrgUnitIds)) parties.set(party, (parties.get(party) ?? 0) + 1);
  const departments = new Map<string, DepartmentTimeliness>();
  for (const item of cases) {
    if (!item.leadOrgUnitId || item.onTime === null) continue;
    const entry = departments.get(item.leadOrgUnitId) ?? { orgUnitId: item.leadOrgUnitId, orgUnitName: names.get(item.leadOrgUnitId) ?? '', due: 0, onTime: 0, late: 0, rate: null };
    entry.due += 1;
    if (item.onTime) entry.onTime += 1;
    else entry.late += 1;
    entry.rate = entry.onTime / (entry.onTime + entry.late);
    departments.set(item.leadOrgUnitId, entry);
  }
  return {
    year,
    opinions: cases.length,
    bySource: countBy(['meeting', 'interview', 'solicitation_reply', 'submission'] as const, cases.map((item) => item.sourceKind)),
    byParty: [...parties].map(([key, count]) => ({ key, count, name: names.get(key) ?? '' })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    adoption: countBy(['adopted', 'partly_adopted', 'not_adopted'] as const, cases.filter((item) => item.track === 'document_revision').map((item) => item.adoption)),
    outcomes: countBy(['solved', 'solving_step_by_step', 'explained'] as const, cases.filter((item) => item.releasedAt !== null && item.track === 'actionable').map((item) => item.outcome)),
    timeliness: [...departments.values()].sort((a, b) => a.orgUnitName.localeCompare(b.orgUnitName)),
    satisfaction: countBy(['satisfied', 'basically_satisfied', 'not_satisfied'] as const, cases.flatMap((item) => item.satisfactions)),
    openStepByStep: cases
      .filter((item) => item.outcome === 'solving_step_by_step' && item.releasedAt !== null)
      .map((item) => ({ caseId: item.id, number: item.number, title: item.title, leadOrgUnitId: item.leadOrgUnitId, planDueOn: item.planDueOn })),
  };
};

export const SOURCE_NAMES: Record<OpinionSourceKind, string> = { meeting: '会议协商', interview: '约谈协商', solicitation_reply: '书面征求意见', submission: '书面报送' };
export const OUTCOME_NAMES: Record<CaseOutcome, string> = { solved: '已解决', solving_step_by_step: '正在解决', explained: '已说明' };
export const ADOPTION_NAMES: Record<Adoption, string> = { adopted: '采纳', partly_adopted: '部分采纳', not_adopted: '未采纳' };
export const SATISFACTION_NAMES: Record<Satisfaction, string> = { satisfied: '满意', basically_satisfied: '基本满意', not_satisfied: '不满意' };

export const LEDGER_HEADINGS = ['编号', '意见标题', '来源', '提出单位', '办理类型', '承办单位', '办理结果', '采纳情况', '办理期限', '反馈时间', '按期', '满意度'] as const;

/** The case ledger (台账): one row per case counted. */
export const ledgerRows = (all: readonly LedgerCase[], names: ReadonlyMap<string, string>): string[][] =>
  counted(all).map((item) => [
    String(item.number),
    item.title,
    SOURCE_NAMES[item.sourceKind],
    item.partyNames,
    item.track === 'document_revision' ? '文件修改' : item.track === 'actionable' ? '交办' : '待梳理',
    item.leadOrgUnitId ? (names.get(item.leadOrgUnitId) ?? '') : '',
    item.outcome ? OUTCOME_NAMES[item.outcome] : '',
    item.adoption ? ADOPTION_NAMES[item.adoption] : '',
    item.dueAt?.slice(0, 10) ?? '',
    item.releasedAt?.slice(0, 10) ?? '',
    item.onTime === null ? '' : item.onTime ? '是' : '否',
    item.satisfactions.length > 0 ? SATISFACTION_NAMES[item.satisfactions[item.satisfactions.length - 1]!] : '',
  ]);
