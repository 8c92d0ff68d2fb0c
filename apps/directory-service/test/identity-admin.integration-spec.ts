import { TenantDatabase } from '@xieshang/platform-persistence';
import type { DataSource } from 'typeorm';
import { runAsCaller, systemCaller } from '@xieshang/platform-tenancy';
import { KeycloakIdentityAdmin } from '../src/identity-admin/keycloak-identity-admin.js';
import { CreatePersonHandler } from '../src/people/commands/create-person/create-person.handler.js';
import { DisablePersonHandler } from '../src/people/commands/disable-person/disable-person.handler.js';
import { SetPersonPasswordHandler } from '../src/people/commands/set-person-password/set-person-password.handler.js';
import { UpdatePersonHandler } from '../src/people/commands/update-person/update-person.handler.js';
import { createDirectoryTestDatabase, type DirectoryTestDatabase } from './identity-admin.database.js';
import { FakeKeycloak } from './identity-admin.fake-keycloak.js';

const asBazhouAdmin = <T>(work: () => Promise<T>): Promise<T> =>
  runAsCaller({ ...systemCaller('identity-admin-test', 'bazhou'), personId: 'bazhou-admin-subject', roles: ['tenant-admin'] }, work);

const failureOf = async (work: Promise<unknown>): Promise<{ code: string }> => {
  try {
    await work;
  } catch (error) {
    return error as { code: string };
  }
  throw new Error('expected the call to fail');
};

interface PersonRow {
  id: string;
  idp_subject: string | null;
  password_hash: string | null;
  enabled: boolean;
}

describe('people administration kept in step with Keycloak through its admin REST API', () => {
  let db: DirectoryTestDatabase;
  let keycloak: FakeKeycloak;
  let dataSource: DataSource;
  let orgUnitId: string;
  let otherOrgUnitId: string;
  let create: CreatePersonHandler;
  let update: UpdatePersonHandler;
  let disable: DisablePersonHandler;
  let setPassword: SetPersonPasswordHandler;

  const person = (username: string, roles = ['ufwd']) => ({ username, displayName: '王建国', orgUnitId, roles, password: 'correct-horse-9' });
  const rowOf = async (username: string): Promise<PersonRow | undefined> =>
    (await db.asOwner<PersonRow>('select id, idp_subject, password_hash, enabled from directory.people where username = $1', [username]))[0];
  const auditCount = async (): Promise<number> => Number((await db.asOwner<{ n: string }>('select count(*) as n from directory.outbox'))[0]?.n);

  beforeAll(async () => {
    keycloak = new FakeKeycloak();
    await keycloak.start();
    db = await createDirectoryTestDatabase('identity_admin');
    dataSource = db.app;
    orgUnitId = await db.addOrgUnit('bazhou', '中共巴州区委统战部');
    otherOrgUnitId = await db.addOrgUnit('bazhou', '中共巴州区委员会', true, 'party_committee');
    const admin = new KeycloakIdentityAdmin({ baseUrl: keycloak.baseUrl, realm: 'xieshang', clientId: 'xieshang-directory', clientSecret: 'directory-secret' });
    create = new CreatePersonHandler(new TenantDatabase(dataSource), admin);
    update = new UpdatePersonHandler(new TenantDatabase(dataSource), admin);
    disable = new DisablePersonHandler(new TenantDatabase(dataSource), admin);
    setPassword = new SetPersonPasswordHandler(new TenantDatabase(dataSource), admin);
  });

  afterAll(async () => {
    await db?.drop();
    await keycloak?.stop();
  });

  beforeEach(() => {
    keycloak.calls.length = 0;
    keycloak.missingRoles.clear();
  });

  it('signs in to Keycloak with client credentials of the service-account client', async () => {
    await asBazhouAdmin(() => create.execute(person('token-check')));
    const [token] = keycloak.callsTo('POST', /\/protocol\/openid-connect\/token$/);
    expect(token?.path).toBe('/realms/xieshang/protocol/openid-connect/token');
    expect(token?.body).toMatchObject({ grant_type: 'client_credentials', client_id: 'xieshang-directory' });
    expect(token?.authorization).toBe(`Basic ${Buffer.from('xieshang-directory:directory-secret').toString('base64')}`);
    expect(keycloak.calls.filter((call) => call.path.startsWith('/admin/')).every((call) => call.authorization?.startsWith('Bearer '))).toBe(true);
  });

  it('creates the Keycloak user with tenant and org unit attributes, password and realm roles, and stores its id as the subject', async () => {
    const view = await asBazhouAdmin(() => create.execute(person('wang.jianguo', ['ufwd', 'tenant-admin'])));

    const [created] = keycloak.callsTo('POST', /^\/admin\/realms\/xieshang\/users$/);
    expect(created?.body).toEqual({
      username: 'wang.jianguo',
      firstName: '王建国',
      enabled: true,
      attributes: { tenant: ['bazhou'], org_unit: [orgUnitId] },
      credentials: [{ type: 'password', value: 'correct-horse-9', temporary: false }],
    });
    const row = await rowOf('wang.jianguo');
    const subject = row?.idp_subject as string;
    expect(keycloak.users.get(subject)?.username).toBe('wang.jianguo');
    expect(keycloak.callsTo('GET', /\/roles\/(ufwd|tenant-admin)$/).map((call) => call.path).sort()).toEqual([
      '/admin/realms/xieshang/roles/tenant-admin',
      '/admin/realms/xieshang/roles/ufwd',
    ]);
    const [mapped] = keycloak.callsTo('POST', new RegExp(`/users/${subject}/role-mappings/realm$`));
    expect(mapped?.body).toEqual([
      { id: 'role-ufwd', name: 'ufwd' },
      { id: 'role-tenant-admin', name: 'tenant-admin' },
    ]);
    expect(row?.password_hash).toBeNull();
    expect(view).not.toHaveProperty('passwordHash');
  });

  it('rolls the directory back and answers 409 USERNAME_TAKEN when Keycloak already has the username', async () => {
    keycloak.addUser('zhang.taken');
    const auditsBefore = await auditCount();
    const failure = await failureOf(asBazhouAdmin(() => create.execute(person('zhang.taken'))));
    expect(failure.code).toBe('DIRECTORY.USERNAME_TAKEN');
    expect(await rowOf('zhang.taken')).toBeUndefined();
    expect(await auditCount()).toBe(auditsBefore);
  });

  it('removes the Keycloak user again when a later step fails, leaving no half-written person', async () => {
    keycloak.missingRoles.add('leader');
    const failure = await failureOf(asBazhouAdmin(() => create.execute({ ...person('li.halfway', ['leader']), orgUnitId: otherOrgUnitId })));
    expect(failure.code).toBe('GATEWAY.SERVICE_UNAVAILABLE');
    expect(await rowOf('li.halfway')).toBeUndefined();
    expect([...keycloak.users.values()].some((user) => user.username === 'li.halfway')).toBe(false);
    expect(keycloak.callsTo('DELETE', /^\/admin\/realms\/xieshang\/users\/[^/]+$/)).toHaveLength(1);
  });

  it('updates the user, unmaps roles no longer held and maps new ones', async () => {
    const created = await asBazhouAdmin(() => create.execute(person('zhao.moves', ['ufwd', 'tenant-admin'])));
    const subject = (await rowOf('zhao.moves'))?.idp_subject as string;
    keycloak.calls.length = 0;

    await asBazhouAdmin(() =>
      update.execute({ id: created.id, displayName: '赵明', orgUnitId: otherOrgUnitId, roles: ['tenant-admin', 'leader'], version: created.version }),
    );

    const [put] = keycloak.callsTo('PUT', new RegExp(`/users/${subject}$`));
    expect(put?.body).toEqual({ username: 'zhao.moves', firstName: '赵明', enabled: true, attributes: { tenant: ['bazhou'], org_unit: [otherOrgUnitId] } });
    expect(keycloak.callsTo('DELETE', new RegExp(`/users/${subject}/role-mappings/realm$`))[0]?.body).toEqual([{ id: 'role-ufwd', name: 'ufwd' }]);
    expect(keycloak.callsTo('POST', new RegExp(`/users/${subject}/role-mappings/realm$`))[0]?.body).toEqual([{ id: 'role-leader', name: 'leader' }]);
    expect(keycloak.users.get(subject)?.roles.map((role) => role.name).sort()).toEqual(['leader', 'tenant-admin']);
  });

  it('disables the Keycloak user with enabled=false', async () => {
    const created = await asBazhouAdmin(() => create.execute(person('sun.leaves')));
    const subject = (await rowOf('sun.leaves'))?.idp_subject as string;
    keycloak.calls.length = 0;
    await asBazhouAdmin(() => disable.execute({ id: created.id }));
    expect(keycloak.callsTo('PUT', new RegExp(`/users/${subject}$`))[0]?.body).toMatchObject({ enabled: false });
    expect((await rowOf('sun.leaves'))?.enabled).toBe(false);
  });

  it("resets the password in Keycloak and keeps no hash in the directory", async () => {
    const created = await asBazhouAdmin(() => create.execute(person('qian.forgets')));
    const subject = (await rowOf('qian.forgets'))?.idp_subject as string;
    keycloak.calls.length = 0;
    await asBazhouAdmin(() => setPassword.execute({ id: created.id, password: 'another-secret-42' }));
    expect(keycloak.callsTo('PUT', new RegExp(`/users/${subject}/reset-password$`))[0]?.body).toEqual({
      type: 'password',
      value: 'another-secret-42',
      temporary: false,
    });
    expect((await rowOf('qian.forgets'))?.password_hash).toBeNull();
  });

  it('finds a person created before Keycloak was configured by username, and stores the subject it found', async () => {
    const created = await asBazhouAdmin(() => create.execute(person('zhou.early')));
    await db.asOwner('update directory.people set idp_subject = null where id = $1', [created.id]);
    const subject = [...keycloak.users.values()].find((user) => user.username === 'zhou.early')?.id;
    keycloak.calls.length = 0;

    await asBazhouAdmin(() => disable.execute({ id: created.id }));

    expect(keycloak.callsTo('GET', /^\/admin\/realms\/xieshang\/users$/)[0]?.query).toMatchObject({ username: 'zhou.early', exact: 'true' });
    expect((await rowOf('zhou.early'))?.idp_subject).toBe(subject);
  });
});
