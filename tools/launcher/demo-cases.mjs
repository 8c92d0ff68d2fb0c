import { DEMO_MARK, demoPeople, listQuery, orgUnitsOf } from './demo-api.mjs';

/** The sample opinions: who raised them, and how far each has come. */
const SAMPLES = [
  { party: '民盟', title: '优化老城区公交线路', text: '建议优化老城区公交线路，增开早晚高峰班次。', upTo: 'rated', lead: '发改局', outcome: 'solved', satisfaction: 'satisfied' },
  { party: '九三学社', title: '加强中小学课后服务', text: '建议统筹教育资源，加强中小学课后服务。', upTo: 'released', lead: '财政局', outcome: 'solving_step_by_step' },
  { party: '民盟', title: '增设社区养老服务站', text: '建议在城区各街道增设社区养老服务站。', upTo: 'assigned', lead: '发改局' },
  { party: '九三学社', title: '完善农村饮水安全', text: '建议加快农村集中供水工程建设。', upTo: 'assigned', lead: '财政局' },
  { party: '民盟', title: '规范校外培训收费', text: '建议加强对校外培训机构收费的监管。', upTo: 'to_assign' },
  { party: '九三学社', title: '推广智慧农业示范', text: '建议在现代农业园区推广智慧农业示范项目。', upTo: 'registered' },
];

const advance = async (users, id, sample) => {
  if (sample.upTo === 'registered') return;
  await users.ufwd(`/cases/${id}/accept`, 'POST', { track: 'actionable' });
  if (sample.upTo === 'to_assign') return;
  await users.office(`/cases/${id}/assign`, 'POST', { leadOrgUnitId: users.unit(sample.lead), note: '请按期办理' });
  if (sample.upTo === 'assigned') return;
  const department = sample.lead === '发改局' ? users.fagai : users.caizheng;
  const plan = sample.outcome === 'solving_step_by_step' ? { plan: '分学期推进，秋季学期覆盖全部学校', planDueOn: `${new Date().getFullYear() + 1}-06-30` } : {};
  await department(`/cases/${id}/reply`, 'POST', { outcome: sample.outcome, reply: '经研究，已制定落实方案并推进实施。', ...plan });
  await users.office(`/cases/${id}/approve`, 'POST', {});
  await users.ufwd(`/cases/${id}/release`, 'POST', {});
  if (sample.upTo === 'released') return;
  await users.minmeng(`/cases/${id}/rate`, 'POST', { satisfaction: sample.satisfaction, comment: '办理认真，答复及时。' });
};

/**
 * The demo district's sample cases, through the real API as its demo people: registered by the
 * office, triaged by UFWD, assigned, handled, fed back and rated, so that the queues and the
 * dashboard have something to show. Seeded once; a later start finds them and leaves them be.
 */
export const seedDemoCases = async (password) => {
  const users = await demoPeople(password, ['office', 'ufwd', 'fagai', 'caizheng', 'minmeng']);
  const seeded = await users.ufwd(`/cases${listQuery({ q: DEMO_MARK }, [0, 0])}`);
  if (seeded.length > 0) return 0;
  users.unit = (await orgUnitsOf(users.office)).unit;
  for (const sample of SAMPLES) {
    const created = await users.office('/cases', 'POST', {
      title: `${DEMO_MARK}${sample.title}`,
      text: sample.text,
      sourceKind: 'meeting',
      partyOrgUnitId: users.unit(sample.party),
      raisedByName: sample.party,
      suggestedTrack: 'actionable',
    });
    await advance(users, created.id, sample);
  }
  return SAMPLES.length;
};
