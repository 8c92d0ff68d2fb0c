import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { callGateway, eventually, passwordToken, readAppLogs } from '@xieshang/platform-testing';

interface Unit {
  id: string;
}

interface Person {
  id: string;
}

const suffix = randomBytes(4).toString('hex');
const FIRST_PASSWORD = `first-secret-${suffix}`;
const SECOND_PASSWORD = `second-secret-${suffix}`;
const FAILED_PASSWORD = `failed-secret-${suffix}`;
const FAULTY_USERNAME = `log-fault-${suffix}`;
const FAULT = `xs_log_fault_${suffix}`;

/**
 * A fault in the database for one username only: the insert fails with the row in the error's
 * detail, as PostgreSQL's own check violations report it ("Failing row contains (…)").
 */
const injectFault = async (database: pg.Client): Promise<void> => {
  await database.query(`
    create function directory.${FAULT}() returns trigger language plpgsql as $$
    begin
      if new.username = '${FAULTY_USERNAME}' then
        raise exception 'injected fault' using detail = format('Failing row contains (%s, %s)', new.username, new.password_hash);
      end if;
      return new;
    end $$`);
  await database.query(`create trigger ${FAULT} before insert on directory.people for each row execute function directory.${FAULT}()`);
};

const removeFault = async (database: pg.Client): Promise<void> => {
  await database.query(`drop trigger if exists ${FAULT} on directory.people`);
  await database.query(`drop function if exists directory.${FAULT}()`);
};

const errorLinesWith = (text: string, correlationId: string): string[] =>
  text.split('\n').filter((line) => line.includes(correlationId) && /"level":(50|60)/.test(line));

describe('secrets in the logs', () => {
  const database = new pg.Client({ connectionString: process.env['DATABASE_URL'] });

  beforeAll(async () => {
    await database.connect();
    await injectFault(database);
  });

  afterAll(async () => {
    await removeFault(database);
    await database.end();
  });

  it('never carry a password, a password hash or a bearer token, even when an insert fails', async () => {
    const admin = await passwordToken('bazhou-admin');
    const unit = (await callGateway('/api/v1/org-units', {
      token: admin,
      method: 'POST',
      body: { kind: 'department', name: `日志局${suffix}`, shortName: `日志${suffix}` },
    })).body as Unit;

    const created = await callGateway('/api/v1/users', {
      token: admin,
      method: 'POST',
      body: { username: `log-probe-${suffix}`, displayName: '日志探针', orgUnitId: unit.id, roles: ['department'], password: FIRST_PASSWORD },
    });
    expect(created.status).toBe(201);
    const person = created.body as Person;
    const token = await passwordToken(`log-probe-${suffix}`, FIRST_PASSWORD);
    expect((await callGateway('/api/v1/me', { token })).status).toBe(200);
    expect((await callGateway('/api/v1/me', { token: `${token}x` })).status).toBe(401);
    await expect(passwordToken(`log-probe-${suffix}`, SECOND_PASSWORD)).rejects.toThrow();
    const changed = await callGateway(`/api/v1/users/${person.id}/password`, { token: admin, method: 'POST', body: { password: SECOND_PASSWORD } });
    expect(changed.status).toBeLessThan(300);

    const correlationId = randomUUID();
    const failed = await callGateway('/api/v1/users', {
      token: admin,
      method: 'POST',
      headers: { 'x-correlation-id': correlationId },
      body: { username: FAULTY_USERNAME, displayName: '故障探针', orgUnitId: unit.id, roles: ['department'], password: FAILED_PASSWORD },
    });
    expect(failed.status).toBe(500);

    // The failure is logged (so the scan below reads a real error line), just without its secrets.
    const logs = await eventually(readAppLogs, {
      until: (files) => errorLinesWith(files.get('directory-service.log') ?? '', correlationId).length > 0,
      what: 'the failed insert in the directory-service log',
    });
    expect(errorLinesWith(logs.get('directory-service.log') as string, correlationId).join('\n')).toContain('injected fault');

    const secrets = {
      'a password': [FIRST_PASSWORD, SECOND_PASSWORD, FAILED_PASSWORD],
      'a password hash': ['scrypt$'],
      'a bearer token': [token, admin, token.split('.')[2] as string, admin.split('.')[2] as string],
    };
    const leaks: string[] = [];
    for (const [file, text] of logs) {
      for (const [what, values] of Object.entries(secrets)) {
        if (values.some((value) => text.includes(value))) leaks.push(`${file} holds ${what}`);
      }
    }
    expect(leaks).toEqual([]);
    expect(logs.size).toBeGreaterThanOrEqual(8);
  });
});
