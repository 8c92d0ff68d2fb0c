import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { CreatedTenantView } from '@xieshang/contracts';
import { createAppDataSource, TenantDatabase, migrateServiceSchema, serviceRole } from '@xieshang/platform-persistence';
import { runAsCaller, systemCaller } from '@xieshang/platform-tenancy';
import { createTestDatabase, type TestDatabase } from '@xieshang/platform-testing';
import { CreateDirectorySchema1764201600000 } from '../src/migrations/1764201600000-create-directory-schema.js';
import { CreateTenantSettings1764201800000 } from '../src/migrations/1764201800000-create-tenant-settings.js';
import { DEMO_CITY_TEMPLATE } from '../src/seed/demo-district.data.js';
import { CreateTenantHandler } from '../src/tenants/commands/create-tenant/create-tenant.handler.js';
import { writeTemplate } from '../src/tenants/org-unit-templates/org-unit-template.queries.js';

const TENANTS = 300;
const WINDOW = 20;
const CITY = 'scalecity';

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const asPlatformAdmin = <T>(work: () => Promise<T>): Promise<T> =>
  runAsCaller({ ...systemCaller(randomUUID(), CITY), personId: 'scale-test', roles: ['platform-admin'] }, work);

describe('adding districts while the platform runs', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let handler: CreateTenantHandler;

  beforeAll(async () => {
    database = await createTestDatabase('tenant_scale', serviceRole('directory'));
    const options = {
      schema: 'directory',
      ownerUrl: database.ownerUrl,
      appUrl: database.appUrl,
      poolSize: 4,
      entities: [],
      migrations: [CreateDirectorySchema1764201600000, CreateTenantSettings1764201800000],
    };
    await migrateServiceSchema(options);
    dataSource = await createAppDataSource(options).initialize();
    await new TenantDatabase(dataSource).runAsTenant(CITY, async (manager) => {
      await manager.query(`insert into directory.tenants (code, kind, name) values ($1, 'city', '规模市')`, [CITY]);
      await writeTemplate(manager, CITY, DEMO_CITY_TEMPLATE);
    });
    handler = new CreateTenantHandler(new TenantDatabase(dataSource));
  }, 60_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it(`creates tenant number ${TENANTS} about as fast as tenant number 2`, async () => {
    const durations: number[] = [];
    let last: CreatedTenantView | undefined;
    for (let n = 1; n <= TENANTS; n += 1) {
      const started = performance.now();
      last = await asPlatformAdmin(() =>
        handler.execute({
          code: `d${n}`,
          name: `第${n}区`,
          kind: 'district' as const, parentCode: CITY,
          admin: { username: `d${n}-admin`, displayName: `第${n}区管理员`, password: 'scale-test-password' },
        }),
      );
      durations.push(performance.now() - started);
    }
    const early = median(durations.slice(1, 1 + WINDOW));
    const late = median(durations.slice(-WINDOW));
    process.stdout.write(
      `tenant creation: median of #2-#${WINDOW + 1} ${early.toFixed(1)} ms, median of #${TENANTS - WINDOW + 1}-#${TENANTS} ${late.toFixed(1)} ms, ratio ${(late / early).toFixed(2)}\n`,
    );
    expect(last?.orgUnits).toBe(20);
    expect(late).toBeLessThan(early * 3);
  }, 600_000);

  it("gives the last district the city's 20 org units and an administrator who can sign in", async () => {
    const units: { name: string }[] = await new TenantDatabase(dataSource).runAsTenant(`d${TENANTS}`, (m) => m.query('select name from directory.org_units'));
    expect(units).toHaveLength(20);
    expect(units.map((unit) => unit.name)).toContain(`中共第${TENANTS}区委员会`);
    const people: { tenant_id: string; roles: string[] }[] = await dataSource.query('select * from directory.sign_in_lookup($1)', [`d${TENANTS}-admin`]);
    expect(people[0]).toMatchObject({ tenant_id: `d${TENANTS}`, roles: ['tenant-admin'] });
  });

  it('audits every created record and announces the district, in the new tenant', async () => {
    const subjects: { subject: string; count: number }[] = await new TenantDatabase(dataSource).runAsTenant('d2', (m) =>
      m.query('select subject, count(*)::int as count from directory.outbox group by subject order by subject'),
    );
    expect(subjects).toEqual([
      { subject: 'evt.directory.audit.recorded.v1', count: 22 },
      { subject: 'evt.directory.tenant.created.v1', count: 1 },
    ]);
  });

  it('refuses a second tenant with the same code or an admin username already taken', async () => {
    const command = { code: 'd1', name: '重复区', kind: 'district' as const, parentCode: CITY, admin: { username: 'fresh-admin', displayName: '新', password: 'scale-test-password' } };
    await expect(asPlatformAdmin(() => handler.execute(command))).rejects.toMatchObject({ code: 'DIRECTORY.TENANT_EXISTS' });
    await expect(
      asPlatformAdmin(() => handler.execute({ ...command, code: 'dnew', admin: { ...command.admin, username: 'd1-admin' } })),
    ).rejects.toMatchObject({ code: 'DIRECTORY.USERNAME_TAKEN' });
    await expect(asPlatformAdmin(() => handler.execute({ ...command, code: 'dnew2', parentCode: 'd1' }))).rejects.toMatchObject({
      code: 'VALIDATION.INVALID_INPUT',
    });
  });

  it('lets only the platform administrator create tenants', async () => {
    const command = { code: 'dx', name: '越权区', kind: 'district' as const, parentCode: CITY, admin: { username: 'dx-admin', displayName: '越', password: 'scale-test-password' } };
    await expect(
      runAsCaller({ ...systemCaller(randomUUID(), CITY), personId: 'x', roles: ['tenant-admin'] }, () => handler.execute(command)),
    ).rejects.toMatchObject({ code: 'AUTH.FORBIDDEN' });
  });
});
