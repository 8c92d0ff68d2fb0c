import { randomBytes } from 'node:crypto';
import type { AuditChainVerification, AuditEventView, OrgUnitView } from '@xieshang/contracts';
import { callGateway, eventually, passwordToken } from '@xieshang/platform-testing';

const filterQuery = (filter: object): string => `filter=${encodeURIComponent(JSON.stringify(filter))}`;

/** The token's subject, which the gateway passes on as the acting user. */
const subjectOf = (token: string): string => {
  const [, claims = ''] = token.split('.');
  return (JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')) as { sub: string }).sub;
};

describe('the audit trail through the gateway', () => {
  let admin: string;
  let unit: OrgUnitView;
  let recorded: AuditEventView;

  beforeAll(async () => {
    admin = await passwordToken('bazhou-admin');
    const suffix = randomBytes(3).toString('hex');
    const created = await callGateway('/api/v1/org-units', {
      token: admin,
      method: 'POST',
      body: { kind: 'department', name: `审计测试局${suffix}`, shortName: `审计${suffix}` },
    });
    expect(created.status).toBe(201);
    unit = created.body as OrgUnitView;
    recorded = await eventually(async () => {
      const page = await callGateway(`/api/v1/audit-events?${filterQuery({ entityId: unit.id })}`, { token: admin });
      return (page.body as AuditEventView[])[0];
    }, { what: 'the audit record, which arrives through the outbox and JetStream' });
  });

  it('records an org unit created through the API with its actor and the record after', () => {
    expect(recorded).toMatchObject({
      tenantId: 'bazhou',
      context: 'directory',
      entity: 'org-unit',
      entityId: unit.id,
      action: 'created',
      actorId: subjectOf(admin),
      before: null,
      after: { id: unit.id, name: unit.name, shortName: unit.shortName, kind: 'department' },
    });
    expect(recorded.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(recorded.seq).toBeGreaterThan(0);
  });

  it('lists with a Content-Range and finds the record by its action and free text', async () => {
    const page = await callGateway(`/api/v1/audit-events?${filterQuery({ action: 'created', q: unit.name })}&range=${encodeURIComponent('[0,9]')}`, {
      token: admin,
    });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-range')).toBe('audit-events 0-0/1');
    expect((page.body as AuditEventView[]).map((record) => record.id)).toEqual([recorded.id]);
  });

  it('shows one record by its id, and answers 404 for an id it does not hold', async () => {
    const one = await callGateway(`/api/v1/audit-events/${recorded.id}`, { token: admin });
    expect(one.status).toBe(200);
    expect(one.body).toEqual(recorded);
    const missing = await callGateway('/api/v1/audit-events/00000000-0000-4000-8000-000000000000', { token: admin });
    expect(missing.status).toBe(404);
  });

  it("finds bazhou's chain valid up to at least the new record", async () => {
    const result = await callGateway('/api/v1/audit-events/verify', { token: admin });
    expect(result.status).toBe(200);
    const verification = result.body as AuditChainVerification;
    expect(verification).toMatchObject({ valid: true });
    expect(verification.lastSeq).toBeGreaterThanOrEqual(recorded.seq);
    expect(verification.checked).toBe(verification.lastSeq);
  });

  it('lets a leader and a supervisor read the trail', async () => {
    for (const username of ['leader', 'supervisor']) {
      const result = await callGateway(`/api/v1/audit-events/${recorded.id}`, { token: await passwordToken(username) });
      expect(result.status).toBe(200);
    }
  });

  it("never shows bazhou's records to enyang's admin, not even by id", async () => {
    const enyang = await passwordToken('enyang-admin');
    const page = await callGateway(`/api/v1/audit-events?${filterQuery({ entityId: unit.id })}`, { token: enyang });
    expect(page.status).toBe(200);
    expect(page.body).toEqual([]);
    const everything = await callGateway(`/api/v1/audit-events?range=${encodeURIComponent('[0,499]')}`, { token: enyang });
    expect((everything.body as AuditEventView[]).every((record) => record.tenantId === 'enyang')).toBe(true);
    expect((await callGateway(`/api/v1/audit-events/${recorded.id}`, { token: enyang })).status).toBe(404);
  });

  it('refuses a party member the list, a record and verify with 403', async () => {
    const member = await passwordToken('minmeng');
    for (const path of ['/api/v1/audit-events', `/api/v1/audit-events/${recorded.id}`, '/api/v1/audit-events/verify']) {
      const result = await callGateway(path, { token: member });
      expect(result.status).toBe(403);
    }
  });

  it('names an unknown filter field', async () => {
    const result = await callGateway(`/api/v1/audit-events?${filterQuery({ who: 'x' })}`, { token: admin });
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ code: 'VALIDATION.INVALID_INPUT', errors: [{ path: 'filter.who' }] });
  });
});

describe('the demo seed in the audit trail', () => {
  it('has recorded the district, its org units and its people like any other write, with no acting person', async () => {
    const admin = await passwordToken('bazhou-admin');
    const people = (await callGateway(`/api/v1/users?${filterQuery({ q: 'office' })}`, { token: admin })).body as { id: string; username: string }[];
    const office = people.find((person) => person.username === 'office');
    const units = (await callGateway(`/api/v1/org-units?${filterQuery({ q: '区委统战部' })}`, { token: admin })).body as OrgUnitView[];
    const created = async (entity: string, entityId: string) =>
      eventually(
        async () => (await callGateway(`/api/v1/audit-events?${filterQuery({ entity, entityId, action: 'created' })}`, { token: admin })).body as AuditEventView[],
        { until: (found) => found.length > 0, what: `the seed's audit record of ${entity} ${entityId}` },
      );
    expect(office).toBeDefined();
    expect(units[0]).toBeDefined();
    const [person] = await created('person', office?.id as string);
    expect(person).toMatchObject({ tenantId: 'bazhou', actorId: null, after: { username: 'office', roles: ['office'] } });
    expect(await created('org-unit', units[0]?.id as string)).toHaveLength(1);
    expect(await created('tenant', 'bazhou')).toHaveLength(1);
  });
});
