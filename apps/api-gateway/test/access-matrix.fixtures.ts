import { callGateway, eventually, passwordToken } from '@xieshang/platform-testing';

/** The records one tenant holds for the matrix: an id per resource, the record as its owner reads it, and a marker in every title. */
export interface TenantFixtures {
  tenant: string;
  marker: string;
  ids: Record<string, string>;
  records: Record<string, Record<string, unknown>>;
}

type Call = Awaited<ReturnType<typeof callGateway>>;

const as =
  (token: string) =>
  (path: string, method = 'GET', body?: unknown): Promise<Call> =>
    callGateway(`/api/v1${path}`, { token, method, ...(body !== undefined ? { body } : {}) });

const created = (result: Call, what: string): Record<string, unknown> & { id: string } => {
  if (result.status !== 201 && result.status !== 200) throw new Error(`Could not create ${what}: ${result.status} ${JSON.stringify(result.body)}`);
  return result.body as Record<string, unknown> & { id: string };
};

const first = async (call: Promise<Call>, what: string): Promise<Record<string, unknown> & { id: string }> => {
  const result = await call;
  const list = result.body as (Record<string, unknown> & { id: string })[];
  if (result.status !== 200 || !Array.isArray(list) || list.length === 0) throw new Error(`No ${what} to use: ${result.status}`);
  return list[0] as Record<string, unknown> & { id: string };
};

/** A plan per tenant and year is unique, so a year no other test file uses (2000–2049), tried until free. */
const newPlan = async (office: ReturnType<typeof as>, marker: string): Promise<Record<string, unknown> & { id: string; year: number }> => {
  for (let tries = 0; tries < 10; tries += 1) {
    const year = 2000 + Math.floor(Math.random() * 25);
    const result = await office('/plans', 'POST', { year, title: `${year}年度协商计划 ${marker}` });
    if (result.status === 201) return result.body as Record<string, unknown> & { id: string; year: number };
  }
  throw new Error('No free year for a plan');
};

/**
 * Creates, as the tenant's own people, a plan asking for topics with an item, a research topic,
 * a party branch's suggestion, an org unit and a person; and picks an audit record and a notice.
 */
export const createTenantFixtures = async (tenant: 'bazhou' | 'enyang', suffix: string): Promise<TenantFixtures> => {
  const marker = `矩阵${suffix}${tenant}`;
  const adminToken = await passwordToken(`${tenant}-admin`);
  const admin = as(adminToken);
  const office = as(await passwordToken(tenant === 'bazhou' ? 'office' : 'enyang-office'));
  const units = new Map(((await admin(`/org-units?range=${encodeURIComponent('[0,99]')}`)).body as { id: string; shortName: string }[]).map((unit) => [unit.shortName, unit.id]));

  const orgUnit = created(await admin('/org-units', 'POST', { kind: 'department', name: `${marker}局`, shortName: `${marker}` }), 'an org unit');
  const memberName = `matrix-${suffix}-${tenant}`;
  const person = created(
    await admin('/users', 'POST', { username: memberName, displayName: marker, orgUnitId: units.get('民盟'), roles: ['party-member'], password: `matrix-${suffix}-pw` }),
    'a party member',
  );
  const plan = await newPlan(office, marker);
  const item = created(
    await office(`/plans/${plan.id}/items`, 'POST', {
      topic: `${marker} 专题`,
      form: 'meeting',
      meetingType: 'thematic',
      plannedMonth: 5,
      participantOrgUnitIds: [units.get('民盟'), units.get('九三学社')],
      leadOrgUnitId: units.get('区委统战部'),
      contentCategory: 'reform_development_livelihood',
    }),
    'a plan item',
  );
  const topic = created(await office('/research-topics', 'POST', { year: plan.year, kind: 'catalogue', title: `${marker} 调研`, description: marker }), 'a research topic');
  for (const deadline of [`${new Date().getUTCFullYear() + 1}-01-31`, `${plan.year}-12-31`]) {
    if ((await office(`/plans/${plan.id}/solicit`, 'POST', { suggestionsDeadline: deadline })).status === 200) break;
  }
  const member = as(await passwordToken(memberName, `matrix-${suffix}-pw`));
  const suggestion = created(await member('/plan-suggestions', 'POST', { planId: plan.id, topic: `${marker} 建议`, reason: marker }), 'a suggestion');
  const solicitation = created(
    await office('/solicitations', 'POST', {
      title: `${marker} 征求意见`,
      documentVersion: '征求意见稿',
      recipientOrgUnitIds: [units.get('民盟')],
      replyDeadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    }),
    'a solicitation',
  );
  await office(`/solicitations/${solicitation.id}/send`, 'POST');
  const material = created(await office('/materials', 'POST', { kind: 'briefing', title: `${marker} 通报`, recipientOrgUnitIds: [units.get('民盟')] }), 'a material');
  const audit = await first(admin('/audit-events'), 'audit record');
  // Notices are personal: the branch member is told of the solicitation.
  const notices = await eventually(async () => (await member('/notices')).body as Array<{ id: string }>, {
    until: (found) => Array.isArray(found) && found.length > 0,
    what: 'the member’s notice of the solicitation',
  });
  const notice = notices[0] as { id: string };

  const reader = (path: string) => (path.startsWith('/users') || path.startsWith('/org-units') ? admin : path.startsWith('/notices') ? member : office);
  const read = async (path: string): Promise<Record<string, unknown>> => (await reader(path)(path)).body as Record<string, unknown>;
  const ids: Record<string, string> = {
    plans: plan.id,
    'plan-items': item.id,
    'research-topics': topic.id,
    'plan-suggestions': suggestion.id,
    'org-units': orgUnit.id,
    users: person.id,
    'audit-events': audit.id,
    notices: notice.id,
    solicitations: solicitation.id,
    materials: material.id,
  };
  const records: Record<string, Record<string, unknown>> = {};
  for (const [resource, id] of Object.entries(ids)) records[resource] = resource === 'plan-suggestions' ? suggestion : await read(`/${resource}/${id}`);
  return { tenant, marker, ids, records };
};
