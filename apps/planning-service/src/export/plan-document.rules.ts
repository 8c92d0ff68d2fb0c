import type { ItemForm, MeetingType, PlanItemView } from '@xieshang/contracts';

export const FORM_LABELS: Record<ItemForm, string> = { meeting: '会议协商', interview: '约谈协商', written: '书面协商' };

export const MEETING_TYPE_LABELS: Record<MeetingType, string> = {
  thematic: '专题协商座谈会',
  personnel: '人事协商座谈会',
  research: '调研协商座谈会',
  briefing: '其他协商座谈会',
};

export const TABLE_HEADINGS = ['序号', '协商议题', '协商形式', '类型', '计划时间', '牵头单位', '参加单位'] as const;

/** `3月` for a month, `2027年3月15日` for a day. */
export const plannedTimeLabel = (item: Pick<PlanItemView, 'plannedMonth' | 'plannedDate'>): string => {
  if (item.plannedDate) {
    const [year, month, day] = item.plannedDate.split('-').map(Number);
    return `${year}年${month}月${day}日`;
  }
  return item.plannedMonth ? `${item.plannedMonth}月` : '';
};

const timeKey = (item: PlanItemView): number => (item.plannedDate ? Number(item.plannedDate.slice(5, 7)) : (item.plannedMonth ?? 13));

/** The rows of the notice's items table: items in force, in the order of their planned time. */
export const planTableRows = (items: readonly PlanItemView[], unitNames: ReadonlyMap<string, string>): string[][] =>
  items
    .filter((item) => item.status === 'active')
    .sort((a, b) => timeKey(a) - timeKey(b) || (a.plannedDate ?? '').localeCompare(b.plannedDate ?? ''))
    .map((item, index) => [
      String(index + 1),
      item.topic,
      FORM_LABELS[item.form],
      item.meetingType ? MEETING_TYPE_LABELS[item.meetingType] : '',
      plannedTimeLabel(item),
      item.leadOrgUnitId ? (unitNames.get(item.leadOrgUnitId) ?? '') : '',
      item.participantOrgUnitIds.map((id) => unitNames.get(id) ?? '').filter(Boolean).join('、'),
    ]);

/** 关于印发《巴州区2027年度政党协商计划》的通知 */
export const noticeTitle = (planTitle: string): string => `关于印发《${planTitle}》的通知`;

/** The file name as the user sees it; the gateway encodes it per RFC 5987. */
export const exportFileName = (planTitle: string, extension: string): string => `${planTitle.replace(/[\\/:*?"<>|]/g, '_')}.${extension}`;
