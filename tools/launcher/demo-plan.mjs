import { DEMO_MARK, DemoApiError, demoPeople, listQuery, orgUnitsOf } from './demo-api.mjs';
import { holdDemoMeeting } from './demo-meeting.mjs';
import { chinaDay, demoPlanItems, demoPlanYear, HELD_TOPIC } from './demo-plan.rules.mjs';

const PEOPLE = ['office', 'ufwd', 'leader', 'minmeng', 'minmeng-leader', 'jiusan'];
const PARTY_KINDS = ['democratic_party', 'non_party', 'federation'];

/** 民盟's topic, drafted by a member and sent by the branch's leader; the office makes it a research meeting. */
const SUGGESTION = { topic: '加强农村留守老人关爱服务', reason: '农村留守老人日益增多，关爱服务体系亟待完善，建议开展专题调研。' };
const SUGGESTION_ITEM = { form: 'meeting', meetingType: 'research', plannedMonth: 9, contentCategory: 'reform_development_livelihood' };

const addMissingItems = async ({ users, unit, parties, today }, plan) => {
  const present = new Set((await users.office(`/plans/${plan.id}/items${listQuery({})}`)).map((item) => item.topic));
  for (const { lead, ...item } of demoPlanItems(today).filter((candidate) => !present.has(candidate.topic))) {
    await users.office(`/plans/${plan.id}/items`, 'POST', { ...item, leadOrgUnitId: unit(lead), participantOrgUnitIds: parties });
  }
};

/** UFWD's study tour of the year (§5.3), unless the year has one already. */
const planStudyTour = async ({ users }, year) => {
  if ((await users.ufwd(`/research-topics${listQuery({ year, kind: 'study_tour' })}`)).length > 0) return;
  await users.ufwd('/research-topics', 'POST', { year, kind: 'study_tour', title: '赴成都市学习考察数字经济发展', description: '学习借鉴数字经济发展经验', tourDate: `${year}-09-15`, destination: '成都市' });
};

/** 民盟's suggestion from wherever it stands: drafted and submitted while the deadline allows, sent by its leader, accepted. */
const partySuggestion = async ({ users, today }, plan) => {
  const open = today <= plan.suggestionsDeadline;
  let [suggestion] = await users.minmeng(`/plan-suggestions${listQuery({ planId: plan.id, q: SUGGESTION.topic })}`);
  if (!suggestion && open) suggestion = await users.minmeng('/plan-suggestions', 'POST', { planId: plan.id, ...SUGGESTION });
  if (suggestion?.status === 'draft' && open) suggestion = await users.minmeng(`/plan-suggestions/${suggestion.id}/submit`, 'POST');
  if (suggestion?.status === 'awaiting_leader') suggestion = await users['minmeng-leader'](`/plan-suggestions/${suggestion.id}/approve`, 'POST');
  if (suggestion?.status === 'sent') await users.office(`/plan-suggestions/${suggestion.id}/accept`, 'POST', SUGGESTION_ITEM);
};

/** The leader approves for the standing committee; below a minimum the district has raised, with the reason. */
const approve = async ({ users }, plan) => {
  const body = { decisionReference: `巴州委〔${plan.year}〕1号` };
  try {
    return await users.leader(`/plans/${plan.id}/approve`, 'POST', body);
  } catch (error) {
    if (!(error instanceof DemoApiError) || error.code !== 'PLANNING.MINIMUMS_NOT_MET') throw error;
    return users.leader(`/plans/${plan.id}/approve`, 'POST', { ...body, belowMinimumReason: '本区年度最低次数调整后，部分协商活动并入下一年度' });
  }
};

/**
 * Each step of the plan from where it stands, as the person whose step it is: the office drafts
 * it and asks the parties for topics until today, UFWD plans the study tour, 民盟 suggests a topic
 * the office accepts, the office sends it to review, the leader approves and UFWD publishes.
 */
const STEPS = {
  draft: async (context, plan) => {
    await addMissingItems(context, plan);
    await planStudyTour(context, plan.year);
    return context.users.office(`/plans/${plan.id}/solicit`, 'POST', { suggestionsDeadline: context.today });
  },
  soliciting: async (context, plan) => {
    await partySuggestion(context, plan);
    return context.users.office(`/plans/${plan.id}/submit-for-review`, 'POST', {});
  },
  under_review: approve,
  approved: (context, plan) => context.users.ufwd(`/plans/${plan.id}/publish`, 'POST', {}),
};

/**
 * This year's consultation plan of the demo district, through the real API as its demo people,
 * published so that meeting-service plans its meetings and the dashboard counts it; then one of
 * its meetings is held today and its opinions go on to handling. A later start finds the plan
 * (its title begins with the demo mark) and takes up any step left undone; a plan of the year that
 * the district drafted itself is left alone. Answers what it seeded, or null when nothing.
 */
export const seedDemoPlan = async (password) => {
  const now = new Date();
  const year = demoPlanYear(now);
  const users = await demoPeople(password, PEOPLE);
  let [plan] = await users.office(`/plans${listQuery({ year })}`);
  if (plan && !plan.title.startsWith(DEMO_MARK)) return null;
  const units = await orgUnitsOf(users.office);
  const parties = units.all.filter((unit) => PARTY_KINDS.includes(unit.kind) && unit.active).map((unit) => unit.id);
  const context = { users, unit: units.unit, parties, names: new Map(units.all.map((unit) => [unit.id, unit.shortName])), today: chinaDay(now) };
  let steps = 0;
  if (!plan) {
    plan = await users.office('/plans', 'POST', { year, title: `${DEMO_MARK}巴州区${year}年度政党协商计划` });
    steps += 1;
  }
  while (STEPS[plan.status]) {
    plan = await STEPS[plan.status](context, plan);
    steps += 1;
  }
  const held = (await users.office(`/plans/${plan.id}/items${listQuery({ q: HELD_TOPIC })}`)).find((item) => item.topic === HELD_TOPIC);
  if (held) steps += await holdDemoMeeting(context, held.id);
  return steps > 0 ? { year, meetingItems: Object.values(plan.minimums).reduce((sum, standing) => sum + standing.planned, 0) } : null;
};
