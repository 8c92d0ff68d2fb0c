import { passwordCredential, roleMappingChanges, toKeycloakUser } from './keycloak-user.rules.js';

describe('what the directory sends to Keycloak', () => {
  it('puts the whole Chinese name in firstName and tenant and org unit in attributes', () => {
    const user = toKeycloakUser({ username: 'ouyang', displayName: '欧阳明', tenant: 'bazhou', orgUnitId: 'u1', roles: ['ufwd'], enabled: true });
    expect(user).toEqual({ username: 'ouyang', firstName: '欧阳明', enabled: true, attributes: { tenant: ['bazhou'], org_unit: ['u1'] } });
  });

  it('leaves org_unit out for a person without one', () => {
    expect(toKeycloakUser({ username: 'a1', displayName: 'A', tenant: 'bazhong', orgUnitId: null, roles: [], enabled: false }).attributes).toEqual({ tenant: ['bazhong'] });
  });

  it('sets a permanent password credential', () => {
    expect(passwordCredential('long-enough-1')).toEqual({ type: 'password', value: 'long-enough-1', temporary: false });
  });
});

describe('realm role mapping changes', () => {
  it('adds the missing roles and removes the ones no longer wanted', () => {
    expect(roleMappingChanges(['office', 'leader'], ['office', 'ufwd'])).toEqual({ add: ['ufwd'], remove: ['leader'] });
  });

  it("leaves Keycloak's own realm roles alone", () => {
    expect(roleMappingChanges(['default-roles-xieshang', 'offline_access', undefined], ['ufwd'])).toEqual({ add: ['ufwd'], remove: [] });
  });

  it('changes nothing when the user holds exactly the wanted roles', () => {
    expect(roleMappingChanges(['ufwd', 'office'], ['office', 'ufwd', 'office'])).toEqual({ add: [], remove: [] });
  });
});
