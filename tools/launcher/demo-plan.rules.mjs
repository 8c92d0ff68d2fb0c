const CHINA_OFFSET_MS = 8 * 3_600_000;
const MINUTE_MS = 60_000;

/** Today's date in China, where every tenant lives (no daylight saving). */
export const chinaDay = (now) => new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);

/** The demo plan's year: this year in China, the year the dashboard opens on. */
export const demoPlanYear = (now) => Number(chinaDay(now).slice(0, 4));

/**
 * When the demo meeting is set: the next whole minute at least a minute away. A meeting is set
 * only for a time still to come, and holding it does not wait for its hour, so it is held today
 * however late in the year the district is first started.
 */
export const demoMeetingStart = (now) => new Date(Math.ceil((now.getTime() + MINUTE_MS) / MINUTE_MS) * MINUTE_MS);

/** The topic of the plan's meeting that is held on the day the district is seeded. */
export const HELD_TOPIC = '推进城乡教育医疗资源均衡配置';

/**
 * The items of the demo plan, drafted by the office with UFWD: the yearly minimums' meetings
 * (thematic 3, research 1, briefing 3; a party's accepted suggestion adds a second research
 * meeting) and a written consultation. The meeting held at once is planned for `today`.
 */
export const demoPlanItems = (today) => [
  { topic: HELD_TOPIC, form: 'meeting', meetingType: 'thematic', plannedDate: today, lead: '区委统战部', contentCategory: 'reform_development_livelihood' },
  { topic: '优化营商环境，促进民营经济健康发展', form: 'meeting', meetingType: 'thematic', plannedMonth: 4, lead: '区委统战部', contentCategory: 'policies_and_plans' },
  { topic: '推进乡村振兴与农文旅融合发展', form: 'meeting', meetingType: 'thematic', plannedMonth: 8, lead: '区委统战部', contentCategory: 'reform_development_livelihood' },
  { topic: '秦巴山区生态保护与绿色发展', form: 'meeting', meetingType: 'research', plannedMonth: 6, lead: '区委统战部', contentCategory: 'development_plans_and_reports' },
  { topic: '区委全会精神通报会', form: 'meeting', meetingType: 'briefing', plannedMonth: 2, lead: '区委办公室', contentCategory: 'party_documents' },
  { topic: '上半年经济社会发展情况通报会', form: 'meeting', meetingType: 'briefing', plannedMonth: 7, lead: '区委办公室', contentCategory: 'development_plans_and_reports' },
  { topic: '党风廉政建设情况通报会', form: 'meeting', meetingType: 'briefing', plannedMonth: 11, lead: '区委办公室', contentCategory: 'party_documents' },
  { topic: '《关于加强基层社会治理的实施意见》征求意见', form: 'written', plannedMonth: 10, lead: '区委统战部', contentCategory: 'development_plans_and_reports' },
];
