import { callGateway, passwordToken } from '@xieshang/platform-testing';
import { casesWith, listCases, opinion, publishOpinion } from './handling-fixtures.js';
import { as, orgUnits, suffix } from './planning-fixtures.js';

const PASSWORD = 'zone-test-password-1';

/**
 * A district counts its days in its own time zone (`tenant.timeZone`): an opinion raised on the
 * evening of 31 December in New York is that district's opinion of the old year, while the same
 * instant is already New Year's Day in Bazhou (Asia/Shanghai).
 */
describe("a district's own clock", () => {
  const code = `z${suffix()}`;
  const raisedAt = '2026-12-31T20:00:00.000Z';
  let districtUfwd: ReturnType<typeof as>;
  let districtUfwdToken: string;
  let bazhouUfwd: ReturnType<typeof as>;

  beforeAll(async () => {
    const platformAdmin = await passwordToken('platform-admin');
    const created = await callGateway('/api/v1/tenants', {
      token: platformAdmin,
      method: 'POST',
      body: { code, name: `测试${code}区`, parentCode: 'bazhong', admin: { username: `${code}-admin`, displayName: `${code}管理员`, password: PASSWORD } },
    });
    expect(created.status).toBe(201);
    const admin = await passwordToken(`${code}-admin`, PASSWORD);
    const zone = await callGateway('/api/v1/settings', { token: admin, method: 'PUT', body: { values: { 'tenant.timeZone': 'America/New_York' } } });
    expect(zone.status).toBe(200);
    const ufwdUnit = [...(await orgUnits(admin)).values()].find((unit) => unit.kind === 'ufwd')!;
    const person = await callGateway('/api/v1/users', {
      token: admin,
      method: 'POST',
      body: { username: `${code}-ufwd`, displayName: `${code}统战部`, orgUnitId: ufwdUnit.id, roles: ['ufwd'], password: PASSWORD },
    });
    expect(person.status).toBe(201);
    districtUfwdToken = await passwordToken(`${code}-ufwd`, PASSWORD);
    districtUfwd = as(districtUfwdToken);
    bazhouUfwd = as(await passwordToken('ufwd'));
  });

  it('files an opinion of 31 December 20:00 UTC under 2026 in New York and under 2027 in Bazhou', async () => {
    const marker = `跨年意见 ${code}`;
    await publishOpinion(code, opinion(null, `${marker}：在纽约时区的区提出。`, { raisedAt }));
    await publishOpinion('bazhou', opinion(null, `${marker}：在巴州区提出。`, { raisedAt }));
    const [inDistrict] = await casesWith(districtUfwd, marker);
    const [inBazhou] = await casesWith(bazhouUfwd, marker);

    expect((await listCases(districtUfwd, { q: marker, year: 2026 })).map((found) => found.id)).toEqual([inDistrict!.id]);
    expect(await listCases(districtUfwd, { q: marker, year: 2027 })).toEqual([]);
    expect((await listCases(bazhouUfwd, { q: marker, year: 2027 })).map((found) => found.id)).toEqual([inBazhou!.id]);
    expect(await listCases(bazhouUfwd, { q: marker, year: 2026 })).toEqual([]);
  });

  it('tells the console each district’s clock with the signed-in person', async () => {
    expect((await callGateway('/api/v1/me', { token: districtUfwdToken })).body).toMatchObject({ tenant: { code, timeZone: 'America/New_York' } });
    expect((await callGateway('/api/v1/me', { token: await passwordToken('ufwd') })).body).toMatchObject({ tenant: { code: 'bazhou', timeZone: 'Asia/Shanghai' } });
  });
});
