import { randomBytes } from 'node:crypto';
import { callGateway, passwordToken, platformUrls } from '@xieshang/platform-testing';

interface Unit {
  id: string;
  tenantId: string;
  name: string;
  shortName: string;
  active: boolean;
  version: number;
}

interface Person {
  id: string;
  tenantId: string;
  username: string;
  orgUnitId: string;
  roles: string[];
  enabled: boolean;
  version: number;
}

interface ProblemBody {
  code: string;
  errors?: { path: string }[];
}

const suffix = randomBytes(4).toString('hex');
const PASSWORD = 'e2e-password-123';
const filter = (value: object) => `filter=${encodeURIComponent(JSON.stringify(value))}`;

/** The status of a password grant, for checking who can no longer sign in. */
const grantStatus = async (username: string, password: string): Promise<number> => {
  const response = await fetch(`${platformUrls.issuer}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'xieshang-cli', username, password, scope: 'openid' }),
  });
  await response.text();
  return response.status;
};

const fieldsOf = (body: unknown): string[] => ((body as ProblemBody).errors ?? []).map((error) => error.path);

describe('org units and people administered through the gateway', () => {
  let admin: string;
  let unit: Unit;

  const newUnit = async (label: string): Promise<Unit> => {
    const result = await callGateway('/api/v1/org-units', {
      token: admin,
      method: 'POST',
      body: { kind: 'department', name: `巴州区${label}局${suffix}`, shortName: `${label}${suffix}` },
    });
    expect(result.status).toBe(201);
    return result.body as Unit;
  };

  const newPerson = async (label: string, roles = ['department'], orgUnitId = unit.id): Promise<Person> => {
    const result = await callGateway('/api/v1/users', {
      token: admin,
      method: 'POST',
      body: { username: `e2e-${label}-${suffix}`, displayName: `测试${label}`, orgUnitId, roles, password: PASSWORD },
    });
    expect(result.status).toBe(201);
    return result.body as Person;
  };

  beforeAll(async () => {
    admin = await passwordToken('bazhou-admin');
    unit = await newUnit('测试');
  });

  it('adds an org unit and a department person in it, who signs in and sees role, tenant and unit in /me', async () => {
    expect(unit).toMatchObject({ tenantId: 'bazhou', active: true, version: 1 });
    const person = await newPerson('department');
    expect(person).toMatchObject({ tenantId: 'bazhou', roles: ['department'], orgUnitId: unit.id, enabled: true });
    expect(Object.keys(person)).not.toEqual(expect.arrayContaining(['password', 'passwordHash']));

    const me = await callGateway('/api/v1/me', { token: await passwordToken(person.username, PASSWORD) });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ username: person.username, roles: ['department'], tenant: { code: 'bazhou' }, orgUnit: { id: unit.id, name: unit.name } });
  });

  it('reads one org unit and one person of its own tenant by id, and finds the person in filtered lists', async () => {
    const person = await newPerson('reader', ['department', 'tenant-admin']);
    expect((await callGateway(`/api/v1/org-units/${unit.id}`, { token: admin })).body).toMatchObject({ id: unit.id, name: unit.name });
    expect((await callGateway(`/api/v1/users/${person.id}`, { token: admin })).body).toMatchObject({ id: person.id, roles: ['department', 'tenant-admin'] });
    const listed = await callGateway(`/api/v1/users?${filter({ orgUnitId: unit.id, role: 'tenant-admin' })}`, { token: admin });
    expect(listed.headers.get('content-range')).toMatch(/^users /);
    expect((listed.body as Person[]).map((found) => found.id)).toEqual([person.id]);
  });

  it("answers 404, not 403, for another district's org unit and person", async () => {
    const enyangAdmin = await passwordToken('enyang-admin');
    const enyangUnit = ((await callGateway('/api/v1/org-units', { token: enyangAdmin })).body as Unit[])[0] as Unit;
    const enyangPerson = ((await callGateway('/api/v1/users', { token: enyangAdmin })).body as Person[])[0] as Person;
    expect(enyangUnit.tenantId).toBe('enyang');
    expect(enyangPerson.tenantId).toBe('enyang');

    expect((await callGateway(`/api/v1/org-units/${enyangUnit.id}`, { token: admin })).status).toBe(404);
    expect((await callGateway(`/api/v1/users/${enyangPerson.id}`, { token: admin })).status).toBe(404);
    const rename = { name: '不该改名', shortName: '不该', version: enyangUnit.version };
    expect((await callGateway(`/api/v1/org-units/${enyangUnit.id}`, { token: admin, method: 'PUT', body: rename })).status).toBe(404);
    expect((await callGateway(`/api/v1/users/${enyangPerson.id}/disable`, { token: admin, method: 'POST' })).status).toBe(404);
    expect((await callGateway(`/api/v1/org-units/${enyangUnit.id}`, { token: enyangAdmin })).body).toMatchObject({ name: enyangUnit.name });
  });

  it('refuses a district administrator who asks for another district with X-Tenant (403)', async () => {
    const result = await callGateway('/api/v1/org-units', { token: admin, headers: { 'x-tenant': 'enyang' } });
    expect(result.status).toBe(403);
  });

  it('refuses a party member every users route and every org-unit write, while letting them read org units', async () => {
    const member = await passwordToken('minmeng');
    const person = await newPerson('guarded');
    const refused = [
      callGateway('/api/v1/users', { token: member }),
      callGateway(`/api/v1/users/${person.id}`, { token: member }),
      callGateway('/api/v1/users', { token: member, method: 'POST', body: {} }),
      callGateway(`/api/v1/users/${person.id}`, { token: member, method: 'PUT', body: {} }),
      callGateway(`/api/v1/users/${person.id}/disable`, { token: member, method: 'POST' }),
      callGateway(`/api/v1/users/${person.id}/enable`, { token: member, method: 'POST' }),
      callGateway(`/api/v1/users/${person.id}/password`, { token: member, method: 'POST', body: { password: 'x'.repeat(12) } }),
      callGateway('/api/v1/org-units', { token: member, method: 'POST', body: { kind: 'department', name: 'x', shortName: 'x' } }),
      callGateway(`/api/v1/org-units/${unit.id}`, { token: member, method: 'PUT', body: { name: 'x', shortName: 'x', version: 1 } }),
      callGateway(`/api/v1/org-units/${unit.id}/retire`, { token: member, method: 'POST' }),
      callGateway(`/api/v1/org-units/${unit.id}/reactivate`, { token: member, method: 'POST' }),
    ];
    for (const result of await Promise.all(refused)) {
      expect(result.status).toBe(403);
      expect(result.body).toMatchObject({ code: 'AUTH.FORBIDDEN' });
    }
    expect((await callGateway(`/api/v1/org-units/${unit.id}`, { token: member })).status).toBe(200);
  });

  it('lets a leader read people but not change them', async () => {
    const leader = await passwordToken('leader');
    expect((await callGateway('/api/v1/users', { token: leader })).status).toBe(200);
    expect((await callGateway('/api/v1/users', { token: leader, method: 'POST', body: {} })).status).toBe(403);
  });

  it('refuses an edit made on a stale version with 409 and keeps the newer edit', async () => {
    const own = await newUnit('版本');
    const editable = { name: own.name, shortName: own.shortName, version: own.version };
    const first = await callGateway(`/api/v1/org-units/${own.id}`, { token: admin, method: 'PUT', body: { ...editable, name: `${own.name}甲` } });
    expect(first.body).toMatchObject({ name: `${own.name}甲`, version: 2 });
    const stale = await callGateway(`/api/v1/org-units/${own.id}`, { token: admin, method: 'PUT', body: { ...editable, name: `${own.name}乙` } });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'COMMON.VERSION_CONFLICT' });
    expect((await callGateway(`/api/v1/org-units/${own.id}`, { token: admin })).body).toMatchObject({ name: `${own.name}甲` });

    const person = await newPerson('versioned');
    const edit = { displayName: '改过', orgUnitId: unit.id, roles: ['department'], version: person.version };
    expect((await callGateway(`/api/v1/users/${person.id}`, { token: admin, method: 'PUT', body: edit })).status).toBe(200);
    expect((await callGateway(`/api/v1/users/${person.id}`, { token: admin, method: 'PUT', body: { ...edit, displayName: '再改' } })).status).toBe(409);
  });

  it('refuses a username taken in any tenant and an org unit name taken in this one, with 409', async () => {
    const body = { displayName: '重名', orgUnitId: unit.id, roles: ['department'], password: PASSWORD };
    for (const username of ['office', 'enyang-office']) {
      const taken = await callGateway('/api/v1/users', { token: admin, method: 'POST', body: { ...body, username } });
      expect(taken.status).toBe(409);
      expect(taken.body).toMatchObject({ code: 'DIRECTORY.USERNAME_TAKEN' });
    }
    const clash = await callGateway('/api/v1/org-units', { token: admin, method: 'POST', body: { kind: 'department', name: unit.name, shortName: 'x' } });
    expect(clash.status).toBe(409);
    expect(clash.body).toMatchObject({ code: 'DIRECTORY.ORG_UNIT_NAME_TAKEN' });
  });

  it('names the bad field of a refused org unit as problem+json and stores nothing', async () => {
    const name = `巴州区超长${suffix}`;
    const cases: [object, string][] = [
      [{ kind: 'department', name: `${name}${'长'.repeat(100)}`, shortName: 'x' }, 'name'],
      [{ kind: 'department', name, shortName: '短'.repeat(31) }, 'shortName'],
      [{ kind: 'church', name, shortName: 'x' }, 'kind'],
    ];
    for (const [body, field] of cases) {
      const result = await callGateway('/api/v1/org-units', { token: admin, method: 'POST', body });
      expect([400, 422]).toContain(result.status);
      expect(result.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(fieldsOf(result.body)).toContain(field);
    }
    expect((await callGateway(`/api/v1/org-units?${filter({ q: name })}`, { token: admin })).body).toEqual([]);
  });

  it('names the bad field of a refused person with 422 and stores nothing', async () => {
    const retired = await newUnit('撤销');
    await callGateway(`/api/v1/org-units/${retired.id}/retire`, { token: admin, method: 'POST' });
    const username = `e2e-refused-${suffix}`;
    const valid = { username, displayName: '被拒', orgUnitId: unit.id, roles: ['department'], password: PASSWORD };
    const cases: [object, string][] = [
      [{ ...valid, password: 'short-pw' }, 'password'],
      [{ ...valid, roles: ['platform-admin'] }, 'roles'],
      [{ ...valid, roles: ['city-observer'] }, 'roles'],
      [{ ...valid, roles: ['office'] }, 'roles'],
      [{ ...valid, roles: ['party-member'] }, 'roles'],
      [{ ...valid, orgUnitId: retired.id }, 'orgUnitId'],
    ];
    for (const [body, field] of cases) {
      const result = await callGateway('/api/v1/users', { token: admin, method: 'POST', body });
      expect(result.status).toBe(422);
      expect(result.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(fieldsOf(result.body)).toEqual([field]);
    }
    expect((await callGateway(`/api/v1/users?${filter({ q: username })}`, { token: admin })).body).toEqual([]);
  });

  it('keeps a retired unit in the list with active=false, and brings it back on reactivation', async () => {
    const own = await newUnit('轮换');
    const retired = await callGateway(`/api/v1/org-units/${own.id}/retire`, { token: admin, method: 'POST' });
    expect(retired.status).toBe(200);
    expect(retired.body).toMatchObject({ active: false });
    const listed = await callGateway(`/api/v1/org-units?${filter({ id: [own.id] })}`, { token: admin });
    expect(listed.body).toEqual([expect.objectContaining({ id: own.id, active: false })]);
    const reactivated = await callGateway(`/api/v1/org-units/${own.id}/reactivate`, { token: admin, method: 'POST' });
    expect(reactivated.body).toMatchObject({ active: true });
    await newPerson('after-reactivation', ['department'], own.id);
  });

  it('stops a disabled person from signing in (401) and lets them in again once enabled', async () => {
    const person = await newPerson('leaving');
    expect(await grantStatus(person.username, PASSWORD)).toBe(200);
    const disabled = await callGateway(`/api/v1/users/${person.id}/disable`, { token: admin, method: 'POST' });
    expect(disabled.body).toMatchObject({ enabled: false });
    expect(await grantStatus(person.username, PASSWORD)).toBe(401);
    await callGateway(`/api/v1/users/${person.id}/enable`, { token: admin, method: 'POST' });
    expect(await grantStatus(person.username, PASSWORD)).toBe(200);
  });

  it('sets a new password: the old one stops working and the new one signs in', async () => {
    const person = await newPerson('forgetful');
    const changed = await callGateway(`/api/v1/users/${person.id}/password`, { token: admin, method: 'POST', body: { password: 'a-brand-new-secret' } });
    expect(changed.status).toBe(200);
    expect(await grantStatus(person.username, PASSWORD)).toBe(401);
    expect(await grantStatus(person.username, 'a-brand-new-secret')).toBe(200);
  });
});
