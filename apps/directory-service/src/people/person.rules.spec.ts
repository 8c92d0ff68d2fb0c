import { assertNotSelf, assertPasswordLength, assertReceivesPeople, grantableRoles, isPersonEdited, personWriteError, toIdentityAccount, USERNAME_CONSTRAINT } from './person.rules.js';

const fieldOf = (work: () => unknown): { code: string; path: string | undefined } => {
  try {
    work();
  } catch (error) {
    const failure = error as { code: string; details?: { fields?: { path: string }[] } };
    return { code: failure.code, path: failure.details?.fields?.[0]?.path };
  }
  throw new Error('expected a refusal');
};

describe('roles a tenant administrator grants', () => {
  it('accepts the roles of the district and drops repeats', () => {
    expect(grantableRoles(['ufwd', 'office', 'ufwd'])).toEqual(['ufwd', 'office']);
  });

  it.each(['platform-admin', 'city-observer'])('refuses to grant %s, naming roles', (role) => {
    expect(fieldOf(() => grantableRoles(['office', role]))).toEqual({ code: 'VALIDATION.ROLE_NOT_GRANTABLE', path: 'roles' });
  });

  it('refuses a role that does not exist', () => {
    expect(fieldOf(() => grantableRoles(['pope']))).toEqual({ code: 'VALIDATION.ROLE_NOT_GRANTABLE', path: 'roles' });
  });

  it('keeps a role the person already holds even if the administrator could not grant it', () => {
    expect(grantableRoles(['city-observer', 'office'], ['city-observer'])).toEqual(['city-observer', 'office']);
  });
});

describe('passwords set by an administrator', () => {
  it('refuses fewer than 10 characters, naming password', () => {
    expect(fieldOf(() => assertPasswordLength('123456789'))).toEqual({ code: 'VALIDATION.PASSWORD_TOO_SHORT', path: 'password' });
  });

  it('accepts 10 characters, counting Chinese characters as one each', () => {
    expect(() => assertPasswordLength('1234567890')).not.toThrow();
    expect(fieldOf(() => assertPasswordLength('政党协商政党协商'))).toMatchObject({ path: 'password' });
    expect(() => assertPasswordLength('政党协商政党协商政党')).not.toThrow();
  });
});

describe('the org unit a person is placed in', () => {
  it('refuses a unit not found in the tenant, naming orgUnitId', () => {
    expect(fieldOf(() => assertReceivesPeople(null, null, 'u1'))).toEqual({ code: 'VALIDATION.ORG_UNIT_UNAVAILABLE', path: 'orgUnitId' });
  });

  it('refuses to move someone into a retired unit', () => {
    expect(fieldOf(() => assertReceivesPeople({ active: false }, 'u0', 'u1'))).toEqual({ code: 'VALIDATION.ORG_UNIT_UNAVAILABLE', path: 'orgUnitId' });
  });

  it('lets someone stay in a unit that was retired since', () => {
    expect(() => assertReceivesPeople({ active: false }, 'u1', 'u1')).not.toThrow();
  });

  it('accepts an active unit', () => {
    expect(() => assertReceivesPeople({ active: true }, null, 'u1')).not.toThrow();
  });
});

describe('disabling an account', () => {
  it('refuses to let administrators disable themselves, by directory id or identity-provider subject', () => {
    expect(fieldOf(() => assertNotSelf({ id: 'p1', idpSubject: null }, 'p1')).code).toBe('DIRECTORY.CANNOT_DISABLE_SELF');
    expect(fieldOf(() => assertNotSelf({ id: 'p1', idpSubject: 'kc-1' }, 'kc-1')).code).toBe('DIRECTORY.CANNOT_DISABLE_SELF');
  });

  it('lets them disable someone else', () => {
    expect(() => assertNotSelf({ id: 'p1', idpSubject: null }, 'p2')).not.toThrow();
  });
});

describe('person edits and write failures', () => {
  const person = { displayName: '李文静', orgUnitId: 'u1', roles: ['office', 'ufwd'] as const };

  it('sees no edit when only the order of roles differs', () => {
    expect(isPersonEdited({ ...person, roles: [...person.roles] }, { ...person, roles: ['ufwd', 'office'] })).toBe(false);
  });

  it('sees an edit of name, unit or roles', () => {
    expect(isPersonEdited(person, { ...person, displayName: '李文' })).toBe(true);
    expect(isPersonEdited(person, { ...person, orgUnitId: 'u2' })).toBe(true);
    expect(isPersonEdited(person, { ...person, roles: ['office'] })).toBe(true);
  });

  it('turns a taken username into DIRECTORY.USERNAME_TAKEN naming username', () => {
    const error = personWriteError({ driverError: { code: '23505', constraint: USERNAME_CONSTRAINT } }, 'wang');
    expect(error).toMatchObject({ code: 'DIRECTORY.USERNAME_TAKEN', details: { fields: [{ path: 'username' }] } });
  });

  it('maps a person to the account the identity provider keeps', () => {
    const account = toIdentityAccount({ tenantId: 'bazhou', username: 'wang', displayName: '王', orgUnitId: 'u1', roles: ['ufwd'], enabled: false });
    expect(account).toEqual({ username: 'wang', displayName: '王', tenant: 'bazhou', orgUnitId: 'u1', roles: ['ufwd'], enabled: false });
  });
});
