import type { VerifiedIdentity } from '@xieshang/contracts';
import { accessTokenClaims, profileClaims } from './token-claims.rules.js';

const person: VerifiedIdentity = {
  subject: 'p-1',
  username: 'li.ufwd',
  displayName: '李明',
  tenant: 'bazhou',
  roles: ['ufwd'],
  orgUnitId: null,
};

describe('token claims', () => {
  it('puts roles under realm_access and the tenant code in tenant, as the Keycloak mappers do', () => {
    expect(profileClaims(person)).toEqual({
      sub: 'p-1',
      preferred_username: 'li.ufwd',
      name: '李明',
      realm_access: { roles: ['ufwd'] },
      tenant: 'bazhou',
    });
  });

  it('adds org_unit only when the person belongs to one', () => {
    expect(profileClaims(person)).not.toHaveProperty('org_unit');
    expect(profileClaims({ ...person, orgUnitId: 'ou-7' })).toMatchObject({ org_unit: 'ou-7' });
  });

  it('marks an access token with azp and typ Bearer and leaves sub to the provider', () => {
    const claims = accessTokenClaims(person, 'xieshang-console');
    expect(claims).toMatchObject({ azp: 'xieshang-console', typ: 'Bearer', tenant: 'bazhou' });
    expect(claims).not.toHaveProperty('sub');
  });

  it('names a token without a person as the client service account, with no roles and no tenant', () => {
    expect(accessTokenClaims(undefined, 'xieshang-service')).toEqual({
      preferred_username: 'service-account-xieshang-service',
      realm_access: { roles: [] },
      azp: 'xieshang-service',
      typ: 'Bearer',
    });
  });
});
