import { callGateway, passwordToken } from '@xieshang/platform-testing';

/** DOMAIN.md "People and roles": administration belongs to platform and tenant admins. */
describe('administration is closed to party members and departments', () => {
  const adminCalls: Array<[string, string, unknown?]> = [
    ['GET', '/api/v1/tenants'],
    ['POST', '/api/v1/tenants', { code: 'never-made', name: '不应创建', parentCode: 'bazhong' }],
    ['GET', '/api/v1/org-unit-templates'],
    ['PUT', '/api/v1/org-unit-templates', { units: [] }],
    ['GET', '/api/v1/users'],
    ['POST', '/api/v1/users', {}],
    ['GET', '/api/v1/settings'],
    ['PUT', '/api/v1/settings', { values: { 'meeting.noticeLeadDays': 1 } }],
    ['DELETE', '/api/v1/settings/meeting.noticeLeadDays'],
    ['GET', '/api/v1/audit-events'],
    ['GET', '/api/v1/audit-events/verify'],
    ['GET', '/api/v1/district-figures'],
    ['POST', '/api/v1/org-units', { kind: 'department', name: '不应创建', shortName: '不应' }],
  ];

  it.each(['minmeng', 'minmeng-leader', 'fagai'])('refuses %s every administrative call with 403 problem+json', async (username) => {
    const token = await passwordToken(username);
    for (const [method, path, body] of adminCalls) {
      const result = await callGateway(path, { token, method, ...(body !== undefined ? { body } : {}) });
      expect({ method, path, status: result.status }).toEqual({ method, path, status: 403 });
      expect(result.body).toMatchObject({ code: 'AUTH.FORBIDDEN' });
    }
  });

  it('lets the office read the rules of the procedure but not change them', async () => {
    const office = await passwordToken('office');
    expect((await callGateway('/api/v1/settings', { token: office })).status).toBe(200);
    const change = await callGateway('/api/v1/settings', { token: office, method: 'PUT', body: { values: { 'meeting.noticeLeadDays': 1 } } });
    expect(change.status).toBe(403);
  });
});
