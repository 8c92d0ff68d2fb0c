import { randomBytes } from 'node:crypto';
import { callGateway, passwordToken } from '@xieshang/platform-testing';

interface Tenant {
  code: string;
  kind: string;
  parentCode: string | null;
}

interface Me {
  roles: string[];
  tenant: { code: string };
}

interface Template {
  city: string;
  units: { kind: string; namePattern: string; shortName: string }[];
}

const suffix = () => randomBytes(4).toString('hex');
const PASSWORD = 'first-admin-password';

const newDistrict = (code = `t${suffix()}`) => ({
  code,
  name: `测试${code}区`,
  parentCode: 'bazhong',
  admin: { username: `${code}-admin`, displayName: `${code}管理员`, password: PASSWORD },
});

describe('adding a district while the platform runs', () => {
  let platformAdmin: string;
  const district = newDistrict();

  beforeAll(async () => {
    platformAdmin = await passwordToken('platform-admin');
  });

  it('creates the district with the template’s org units and its first administrator', async () => {
    const created = await callGateway('/api/v1/tenants', { token: platformAdmin, method: 'POST', body: district });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ code: district.code, kind: 'district', parentCode: 'bazhong', orgUnits: 20, admin: { username: district.admin.username } });
  });

  it('lets that administrator sign in at once and see the new tenant as theirs', async () => {
    const token = await passwordToken(district.admin.username, PASSWORD);
    const me = await callGateway('/api/v1/me', { token });
    expect(me.status).toBe(200);
    expect(me.body as Me).toMatchObject({ roles: ['tenant-admin'], tenant: { code: district.code } });
    const units = await callGateway('/api/v1/org-units', { token });
    expect(units.headers.get('content-range')).toBe('org-units 0-19/20');
    expect((units.body as { tenantId: string; name: string }[]).every((unit) => unit.tenantId === district.code)).toBe(true);
    expect((units.body as { name: string }[]).map((unit) => unit.name)).toContain(`中共${district.name}委员会`);
  });

  it('refuses tenant creation to a district administrator and an office user', async () => {
    for (const username of ['bazhou-admin', 'office']) {
      const result = await callGateway('/api/v1/tenants', { token: await passwordToken(username), method: 'POST', body: newDistrict() });
      expect(result.status).toBe(403);
      expect(result.body).toMatchObject({ code: 'AUTH.FORBIDDEN' });
    }
  });

  it('refuses a taken code, a taken username and a malformed code', async () => {
    const again = await callGateway('/api/v1/tenants', { token: platformAdmin, method: 'POST', body: { ...newDistrict(), code: district.code } });
    expect(again).toMatchObject({ status: 409, body: { code: 'DIRECTORY.TENANT_EXISTS' } });
    const taken = await callGateway('/api/v1/tenants', {
      token: platformAdmin,
      method: 'POST',
      body: { ...newDistrict(), admin: { ...district.admin, username: 'office' } },
    });
    expect(taken).toMatchObject({ status: 409, body: { code: 'DIRECTORY.USERNAME_TAKEN' } });
    const malformed = await callGateway('/api/v1/tenants', { token: platformAdmin, method: 'POST', body: { ...newDistrict(), code: 'Bad Code' } });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ errors: [{ path: 'code' }] });
  });

  it('lists every tenant to the platform administrator and only its own to a district administrator', async () => {
    const all = await callGateway(`/api/v1/tenants?range=${encodeURIComponent('[0,499]')}`, { token: platformAdmin });
    expect((all.body as Tenant[]).map((tenant) => tenant.code)).toEqual(expect.arrayContaining(['bazhong', 'bazhou', 'enyang', district.code]));
    const own = await callGateway('/api/v1/tenants', { token: await passwordToken('bazhou-admin') });
    expect((own.body as Tenant[]).map((tenant) => tenant.code)).toEqual(['bazhou']);
    expect(own.headers.get('content-range')).toBe('tenants 0-0/1');
  });

  it("answers 404, not 403, for another district's tenant record", async () => {
    const result = await callGateway('/api/v1/tenants/enyang', { token: await passwordToken('bazhou-admin') });
    expect(result).toMatchObject({ status: 404, body: { code: 'DIRECTORY.TENANT_NOT_FOUND' } });
    const visible = await callGateway(`/api/v1/tenants/${district.code}`, { token: platformAdmin });
    expect(visible).toMatchObject({ status: 200, body: { code: district.code, parentCode: 'bazhong' } });
  });
});

describe("the city's org-unit template", () => {
  let platformAdmin: string;

  beforeAll(async () => {
    platformAdmin = await passwordToken('platform-admin');
  });

  it('holds the 20 units of DOMAIN.md with the district name left open', async () => {
    const result = await callGateway('/api/v1/org-unit-templates', { token: platformAdmin });
    expect(result.status).toBe(200);
    const template = result.body as Template;
    expect(template.city).toBe('bazhong');
    expect(template.units.length).toBeGreaterThanOrEqual(20);
    expect(template.units.every((unit) => unit.namePattern.includes('{district}'))).toBe(true);
  });

  it('shapes the next district created after an edit', async () => {
    const original = ((await callGateway('/api/v1/org-unit-templates', { token: platformAdmin })).body as Template).units;
    const extra = { kind: 'department', namePattern: `{district}测试局${suffix()}`, shortName: '测试局' };
    const strip = ({ kind, namePattern, shortName }: Template['units'][number]) => ({ kind, namePattern, shortName });
    try {
      const edited = await callGateway('/api/v1/org-unit-templates', { token: platformAdmin, method: 'PUT', body: { units: [...original.map(strip), extra] } });
      expect(edited.status).toBe(200);
      const district = newDistrict();
      const created = await callGateway('/api/v1/tenants', { token: platformAdmin, method: 'POST', body: district });
      expect(created.body).toMatchObject({ orgUnits: original.length + 1 });
    } finally {
      await callGateway('/api/v1/org-unit-templates', { token: platformAdmin, method: 'PUT', body: { units: original.map(strip) } });
    }
  });

  it('refuses a pattern without the district placeholder, naming the field', async () => {
    const result = await callGateway('/api/v1/org-unit-templates', {
      token: platformAdmin,
      method: 'PUT',
      body: { units: [{ kind: 'department', namePattern: '固定名称', shortName: 'x' }] },
    });
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ errors: [{ path: 'units.0.namePattern' }] });
  });

  it("refuses a district's administrator, whose tenant holds no template", async () => {
    const result = await callGateway('/api/v1/org-unit-templates', { token: await passwordToken('bazhou-admin') });
    expect(result).toMatchObject({ status: 409, body: { code: 'DIRECTORY.NOT_A_CITY' } });
    const office = await callGateway('/api/v1/org-unit-templates', { token: await passwordToken('office'), method: 'PUT', body: { units: [] } });
    expect(office.status).toBe(403);
  });
});

interface Setting {
  key: string;
  value: number | string;
  source: 'default' | 'city' | 'tenant';
}

const setting = (body: unknown, key: string) => (body as Setting[]).find((entry) => entry.key === key);

describe('settings per tenant, inherited from the city', () => {
  let bazhouAdmin: string;
  let platformAdmin: string;

  beforeAll(async () => {
    [bazhouAdmin, platformAdmin] = await Promise.all([passwordToken('bazhou-admin'), passwordToken('platform-admin')]);
    await callGateway('/api/v1/settings/meeting.noticeLeadDays', { token: bazhouAdmin, method: 'DELETE' });
  });

  it('serves the built-in default until the district sets its own value, and again after a reset', async () => {
    const before = await callGateway('/api/v1/settings', { token: bazhouAdmin });
    expect(before.status).toBe(200);
    expect(setting(before.body, 'meeting.noticeLeadDays')).toMatchObject({ value: 10, source: 'default' });
    expect(setting(before.body, 'template.meeting.notice.zh-CN')?.value).toEqual(expect.stringContaining('{date}'));
    const put = await callGateway('/api/v1/settings', { token: bazhouAdmin, method: 'PUT', body: { values: { 'meeting.noticeLeadDays': 12 } } });
    expect(put.status).toBe(200);
    expect(setting(put.body, 'meeting.noticeLeadDays')).toMatchObject({ value: 12, source: 'tenant' });
    expect(setting((await callGateway('/api/v1/settings', { token: bazhouAdmin })).body, 'meeting.noticeLeadDays')).toMatchObject({ value: 12 });
    const reset = await callGateway('/api/v1/settings/meeting.noticeLeadDays', { token: bazhouAdmin, method: 'DELETE' });
    expect(reset.body).toMatchObject({ value: 10, source: 'default' });
  });

  it("lets a district without its own value inherit the city's", async () => {
    const district = newDistrict();
    await callGateway('/api/v1/tenants', { token: platformAdmin, method: 'POST', body: district });
    const districtAdmin = await passwordToken(district.admin.username, PASSWORD);
    try {
      const city = await callGateway('/api/v1/settings', { token: platformAdmin, method: 'PUT', body: { values: { 'handling.reportMonths': 4 } } });
      expect(setting(city.body, 'handling.reportMonths')).toMatchObject({ value: 4, source: 'tenant' });
      const inherited = await callGateway('/api/v1/settings', { token: districtAdmin });
      expect(setting(inherited.body, 'handling.reportMonths')).toMatchObject({ value: 4, source: 'city' });
      await callGateway('/api/v1/settings', { token: districtAdmin, method: 'PUT', body: { values: { 'handling.reportMonths': 2 } } });
      expect(setting((await callGateway('/api/v1/settings', { token: districtAdmin })).body, 'handling.reportMonths')).toMatchObject({ value: 2, source: 'tenant' });
    } finally {
      await callGateway('/api/v1/settings/handling.reportMonths', { token: platformAdmin, method: 'DELETE' });
    }
  });

  it('answers 422 naming the key for a value out of range, an unknown key and fewer tours at most than at least', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ 'meeting.noticeLeadDays': 0 }, 'values.meeting.noticeLeadDays'],
      [{ 'plan.minThematic': 'three' }, 'values.plan.minThematic'],
      [{ 'meeting.colour': 'red' }, 'values.meeting.colour'],
      [{ 'template.case.assigned.en': '' }, 'values.template.case.assigned.en'],
      [{ 'research.studyToursMin': 5, 'research.studyToursMax': 4 }, 'values.research.studyToursMin'],
    ];
    for (const [values, path] of cases) {
      const result = await callGateway('/api/v1/settings', { token: bazhouAdmin, method: 'PUT', body: { values } });
      expect(result.status).toBe(422);
      expect(result.body).toMatchObject({ code: 'VALIDATION.INVALID_SETTING', errors: [{ path }] });
    }
  });

  it('lets only administrators change settings', async () => {
    const result = await callGateway('/api/v1/settings', { token: await passwordToken('office'), method: 'PUT', body: { values: { 'plan.minThematic': 4 } } });
    expect(result.status).toBe(403);
  });
});

describe('adding a city, and districts under it', () => {
  let platformAdmin: string;
  const cityCode = `c${suffix()}`;
  const city = {
    code: cityCode,
    name: `测试${cityCode}市`,
    kind: 'city',
    admin: { username: `${cityCode}-admin`, displayName: `${cityCode}市管理员`, password: PASSWORD },
  };

  beforeAll(async () => {
    platformAdmin = await passwordToken('platform-admin');
  });

  it('refuses a city with a parent and a district without one, naming parentCode', async () => {
    for (const body of [{ ...city, parentCode: 'bazhong' }, { ...newDistrict(), parentCode: undefined }]) {
      const refused = await callGateway('/api/v1/tenants', { token: platformAdmin, method: 'POST', body });
      expect(refused.status).toBe(400);
      expect((refused.body as { errors: { path: string }[] }).errors.map((error) => error.path)).toEqual(['parentCode']);
    }
  });

  it('creates the city with its first administrator and the standard template for its districts', async () => {
    const created = await callGateway('/api/v1/tenants', { token: platformAdmin, method: 'POST', body: city });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ code: cityCode, kind: 'city', parentCode: null, orgUnits: 0, admin: { username: city.admin.username } });
    const template = await callGateway(`/api/v1/org-unit-templates?city=${cityCode}`, { token: platformAdmin });
    expect((template.body as Template).units).toHaveLength(20);
    const me = await callGateway('/api/v1/me', { token: await passwordToken(city.admin.username, PASSWORD) });
    expect(me.body as Me).toMatchObject({ roles: ['tenant-admin'], tenant: { code: cityCode } });
  });

  it('creates a district under the new city, with the standard org units', async () => {
    const district = { ...newDistrict(), parentCode: cityCode };
    const created = await callGateway('/api/v1/tenants', { token: platformAdmin, method: 'POST', body: district });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ code: district.code, kind: 'district', parentCode: cityCode, orgUnits: 20 });
    const listed = await callGateway(`/api/v1/tenants?filter=${encodeURIComponent(JSON.stringify({ parentCode: cityCode }))}`, { token: platformAdmin });
    expect((listed.body as Tenant[]).map((tenant) => tenant.code)).toEqual([district.code]);
  });
});
