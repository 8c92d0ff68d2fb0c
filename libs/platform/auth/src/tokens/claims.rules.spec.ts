import { CommonErrorCode } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { realmRoles, toAuthenticatedUser } from './claims.rules.js';

const exp = 2_000_000_000;

describe('access token claims', () => {
  it('maps Keycloak claims to the authenticated user', () => {
    expect(
      toAuthenticatedUser({
        sub: 'p-1',
        exp,
        preferred_username: 'zhang.leader',
        name: '张伟',
        tenant: 'bazhou',
        org_unit: 'ou-3',
        realm_access: { roles: ['leader', 'office'] },
      }),
    ).toEqual({
      subject: 'p-1',
      username: 'zhang.leader',
      displayName: '张伟',
      tenantId: 'bazhou',
      roles: ['leader', 'office'],
      orgUnitId: 'ou-3',
      expiresAt: new Date(exp * 1000),
    });
  });

  it('drops role names we do not know, such as Keycloak default roles', () => {
    expect(realmRoles({ realm_access: { roles: ['offline_access', 'default-roles-xieshang', 'ufwd', 'ufwd', 42] } })).toEqual(['ufwd']);
  });

  it('gives no roles when realm_access is missing or malformed', () => {
    expect(realmRoles({})).toEqual([]);
    expect(realmRoles({ realm_access: { roles: 'office' } })).toEqual([]);
  });

  it('gives a service account no tenant and no org unit, named after its subject', () => {
    expect(toAuthenticatedUser({ sub: 'xieshang-service', exp })).toMatchObject({
      username: 'xieshang-service',
      displayName: 'xieshang-service',
      tenantId: null,
      orgUnitId: null,
      roles: [],
    });
  });

  it.each([
    ['no subject', { exp, tenant: 'bazhou' }],
    ['no expiry', { sub: 'p-1' }],
    ['a malformed tenant', { sub: 'p-1', exp, tenant: "bazhou'; drop table x" }],
  ])('refuses a token with %s as unauthenticated', (_case, claims) => {
    let failure: unknown;
    try {
      toAuthenticatedUser(claims);
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(AppException);
    expect((failure as AppException).code).toBe(CommonErrorCode.Unauthenticated);
  });
});
