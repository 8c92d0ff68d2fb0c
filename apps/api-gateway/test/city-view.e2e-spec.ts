import { randomBytes } from 'node:crypto';
import { callGateway, passwordToken } from '@xieshang/platform-testing';

interface Unit {
  tenantId: string;
}

interface Figures {
  code: string;
  orgUnits: number;
  activeOrgUnits: number;
  people: number;
  enabledPeople: number;
}

const inDistrict = (district: string) => ({ 'x-tenant': district });

describe('a city observer reading its districts with X-Tenant', () => {
  let city: string;

  beforeAll(async () => {
    city = await passwordToken('city');
  });

  it("reads each district's org units, and only that district's", async () => {
    for (const district of ['bazhou', 'enyang']) {
      const result = await callGateway('/api/v1/org-units', { token: city, headers: inDistrict(district) });
      expect(result.status).toBe(200);
      const units = result.body as Unit[];
      expect(units.length).toBeGreaterThanOrEqual(20);
      expect(units.every((unit) => unit.tenantId === district)).toBe(true);
    }
  });

  it("reads a district's plans, and only with X-Tenant naming that district", async () => {
    const office = await passwordToken('office');
    let plan: { id: string; year: number } | undefined;
    for (let tries = 0; !plan && tries < 5; tries += 1) {
      const year = 2025 + Math.floor(Math.random() * 25);
      const created = await callGateway('/api/v1/plans', { token: office, method: 'POST', body: { year, title: `巴州区${year}年度政党协商计划` } });
      if (created.status === 201) plan = created.body as { id: string; year: number };
    }
    if (!plan) throw new Error('no free year for a plan');
    const listed = await callGateway(`/api/v1/plans?filter=${encodeURIComponent(JSON.stringify({ year: plan.year }))}`, { token: city, headers: inDistrict('bazhou') });
    expect(listed.status).toBe(200);
    expect((listed.body as { id: string }[]).map((entry) => entry.id)).toContain(plan.id);
    expect((await callGateway(`/api/v1/plans/${plan.id}`, { token: city, headers: inDistrict('bazhou') })).status).toBe(200);
    expect((await callGateway(`/api/v1/plans/${plan.id}/items`, { token: city, headers: inDistrict('bazhou') })).status).toBe(200);
    expect((await callGateway('/api/v1/plan-suggestions', { token: city, headers: inDistrict('bazhou') })).status).toBe(200);
    expect((await callGateway('/api/v1/research-topics', { token: city, headers: inDistrict('bazhou') })).status).toBe(200);
    expect((await callGateway(`/api/v1/plans/${plan.id}`, { token: city, headers: inDistrict('enyang') })).status).toBe(404);
    expect((await callGateway(`/api/v1/plans/${plan.id}`, { token: city })).status).toBe(404);
  });

  it("is refused a district's people, audit trail and settings (403)", async () => {
    for (const path of ['/api/v1/users', '/api/v1/audit-events', '/api/v1/audit-events/verify', '/api/v1/settings', '/api/v1/settings/plan.minThematic', '/api/v1/me']) {
      const result = await callGateway(path, { token: city, headers: inDistrict('bazhou') });
      expect({ path, status: result.status, code: (result.body as { code?: string }).code }).toEqual({ path, status: 403, code: 'AUTH.FORBIDDEN' });
    }
  });

  it('still reads its own city’s settings without X-Tenant', async () => {
    expect((await callGateway('/api/v1/settings', { token: city })).status).toBe(200);
  });

  it('is refused any write into a district', async () => {
    const create = await callGateway('/api/v1/org-units', {
      token: city,
      method: 'POST',
      headers: inDistrict('bazhou'),
      body: { kind: 'department', name: `城市观察局${randomBytes(3).toString('hex')}`, shortName: '观察局' },
    });
    expect(create).toMatchObject({ status: 403, body: { code: 'AUTH.FORBIDDEN' } });
    const settings = await callGateway('/api/v1/settings', { token: city, method: 'PUT', headers: inDistrict('enyang'), body: { values: { 'plan.minThematic': 5 } } });
    expect(settings).toMatchObject({ status: 403, body: { code: 'AUTH.FORBIDDEN' } });
  });

  it('is refused a tenant that is not one of its districts', async () => {
    const unknown = await callGateway('/api/v1/org-units', { token: city, headers: inDistrict(`nosuch${randomBytes(3).toString('hex')}`) });
    expect(unknown).toMatchObject({ status: 403, body: { code: 'AUTH.FORBIDDEN' } });
    const malformed = await callGateway('/api/v1/org-units', { token: city, headers: inDistrict('Not A Code') });
    expect(malformed.status).toBe(403);
  });

  it('sees its city and both districts in the tenant list', async () => {
    const result = await callGateway('/api/v1/tenants', { token: city });
    expect(result.status).toBe(200);
    expect((result.body as { code: string }[]).map((tenant) => tenant.code)).toEqual(expect.arrayContaining(['bazhong', 'bazhou', 'enyang']));
  });
});

describe('X-Tenant from anyone but a city observer', () => {
  it('is refused to a district office user and a party member', async () => {
    for (const username of ['office', 'minmeng']) {
      const result = await callGateway('/api/v1/org-units', { token: await passwordToken(username), headers: inDistrict('enyang') });
      expect(result).toMatchObject({ status: 403, body: { code: 'AUTH.FORBIDDEN' } });
    }
  });

  it('changes nothing when it names the caller’s own tenant', async () => {
    const result = await callGateway('/api/v1/org-units', { token: await passwordToken('office'), headers: inDistrict('bazhou') });
    expect(result.status).toBe(200);
    expect((result.body as Unit[]).every((unit) => unit.tenantId === 'bazhou')).toBe(true);
  });
});

describe('district figures', () => {
  it('gives a city observer counts for each of its districts', async () => {
    const result = await callGateway('/api/v1/district-figures', { token: await passwordToken('city') });
    expect(result.status).toBe(200);
    const figures = result.body as Figures[];
    expect(figures.map((district) => district.code)).toEqual(expect.arrayContaining(['bazhou', 'enyang']));
    const bazhou = figures.find((district) => district.code === 'bazhou') as Figures;
    expect(bazhou.orgUnits).toBeGreaterThanOrEqual(20);
    expect(bazhou.activeOrgUnits).toBeLessThanOrEqual(bazhou.orgUnits);
    expect(bazhou.people).toBeGreaterThanOrEqual(11);
    expect(bazhou.enabledPeople).toBeLessThanOrEqual(bazhou.people);
  });

  it('refuses district users', async () => {
    for (const username of ['office', 'bazhou-admin']) {
      expect((await callGateway('/api/v1/district-figures', { token: await passwordToken(username) })).status).toBe(403);
    }
  });

  it('refuses the leader of a district, which has no districts of its own', async () => {
    const result = await callGateway('/api/v1/district-figures', { token: await passwordToken('leader') });
    expect(result).toMatchObject({ status: 403, body: { code: 'AUTH.FORBIDDEN' } });
  });
});
