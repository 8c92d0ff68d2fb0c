import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { AuditErrorCode, type AuditChainVerification, type EventEnvelope } from '@xieshang/contracts';
import { createAppDataSource, inTenantTransaction, migrateServiceSchema, serviceRole, type ServiceDatabaseOptions } from '@xieshang/platform-persistence';
import { runWithContext } from '@xieshang/platform-tenancy';
import { createTestDatabase, type TestDatabase } from '@xieshang/platform-testing';
import { appendAuditEvent } from '../src/audit/commands/append-audit-event/append-audit-event.js';
import { ListAuditEventsHandler } from '../src/audit/queries/list-audit-events/list-audit-events.handler.js';
import { VerifyAuditChainHandler } from '../src/audit/queries/verify-audit-chain/verify-audit-chain.handler.js';
import { CreateDirectorySchema1764201600000 } from '../src/migrations/1764201600000-create-directory-schema.js';
import { CreateAuditEvents1764201900000 } from '../src/migrations/1764201900000-create-audit-events.js';

let database: TestDatabase;
let app: DataSource;
let owner: pg.Client;

/** Each test writes to its own tenant, so the chains they check are theirs alone. */
const newTenant = (): string => `t-${randomUUID().slice(0, 8)}`;

const auditEnvelope = (tenantId: string, change: Partial<{ entityId: string; action: string; after: unknown }> = {}): EventEnvelope => ({
  id: randomUUID(),
  type: 'directory.audit.recorded',
  version: 1,
  occurredAt: new Date().toISOString(),
  tenantId,
  correlationId: `corr-${randomUUID()}`,
  causationId: null,
  actorId: 'person-admin-1',
  payload: {
    context: 'directory',
    entity: 'org-unit',
    entityId: change.entityId ?? randomUUID(),
    action: change.action ?? 'updated',
    before: { shortName: '审计', name: '审计测试局', active: true, order: [3, 1, 2] },
    after: change.after ?? { name: '审计测试局（新）', active: false, tags: { z: 1.5, a: null } },
  },
});

const append = (envelope: EventEnvelope) => inTenantTransaction(app, envelope.tenantId, (manager) => appendAuditEvent(manager, envelope));

const appendMany = async (tenantId: string, count: number) => {
  const records = [];
  for (let i = 0; i < count; i += 1) records.push(await append(auditEnvelope(tenantId)));
  return records;
};

const asTenant = <T>(tenantId: string, work: () => Promise<T>): Promise<T> =>
  runWithContext({ tenantId, userId: 'person-admin-1', roles: ['tenant-admin'], correlationId: 'audit-chain-test' }, work);

const verify = (tenantId: string): Promise<AuditChainVerification> => asTenant(tenantId, () => new VerifyAuditChainHandler(app).execute());

/** Edits a stored record as the owner would have to: with the append-only trigger off for that one transaction. */
const tamper = async (tenantId: string, seq: number, after: unknown): Promise<void> => {
  await owner.query('begin');
  await owner.query('alter table directory.audit_events disable trigger audit_events_append_only');
  await owner.query('update directory.audit_events set after = $1::jsonb where tenant_id = $2 and seq = $3', [JSON.stringify(after), tenantId, seq]);
  await owner.query('alter table directory.audit_events enable trigger audit_events_append_only');
  await owner.query('commit');
};

beforeAll(async () => {
  database = await createTestDatabase('audit_chain', serviceRole('directory'));
  const options: ServiceDatabaseOptions = {
    schema: 'directory',
    ownerUrl: database.ownerUrl,
    appUrl: database.appUrl,
    poolSize: 8,
    entities: [],
    migrations: [CreateDirectorySchema1764201600000, CreateAuditEvents1764201900000],
  };
  await migrateServiceSchema(options);
  app = await createAppDataSource(options).initialize();
  owner = new pg.Client({ connectionString: database.ownerUrl });
  await owner.connect();
});

afterAll(async () => {
  await owner?.end();
  await app?.destroy();
  await database?.drop();
});

describe('appending to the audit chain', () => {
  it('numbers each tenant’s records 1, 2, 3 and links each to the hash before it', async () => {
    const tenant = newTenant();
    const other = newTenant();
    const first = await append(auditEnvelope(tenant));
    await append(auditEnvelope(other));
    const second = await append(auditEnvelope(tenant));
    expect(first).toMatchObject({ seq: 1, tenantId: tenant, previousHash: '0'.repeat(64), actorId: 'person-admin-1', context: 'directory' });
    expect(second).toMatchObject({ seq: 2, previousHash: first?.hash });
    expect((await verify(other)).lastSeq).toBe(1);
  });

  it('keeps the envelope’s actor, time and correlation and the payload’s change', async () => {
    const envelope = auditEnvelope(newTenant(), { action: 'retired', entityId: 'unit-42' });
    const record = await append(envelope);
    expect(record).toMatchObject({
      eventId: envelope.id,
      occurredAt: envelope.occurredAt,
      correlationId: envelope.correlationId,
      entity: 'org-unit',
      entityId: 'unit-42',
      action: 'retired',
      before: { shortName: '审计', name: '审计测试局', active: true, order: [3, 1, 2] },
      after: { name: '审计测试局（新）', active: false, tags: { z: 1.5, a: null } },
    });
  });

  it('appends nothing for an event id already in the trail', async () => {
    const tenant = newTenant();
    const envelope = auditEnvelope(tenant);
    expect(await append(envelope)).not.toBeNull();
    expect(await append(envelope)).toBeNull();
    expect(await verify(tenant)).toMatchObject({ valid: true, checked: 1, lastSeq: 1 });
  });

  it('gives concurrent appends of one tenant distinct, gapless seqs', async () => {
    const tenant = newTenant();
    const records = await Promise.all(Array.from({ length: 12 }, () => append(auditEnvelope(tenant))));
    expect(records.map((record) => record?.seq).sort((a = 0, b = 0) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(await verify(tenant)).toMatchObject({ valid: true, checked: 12 });
  });

  it('refuses a payload that lacks the entity, naming the field', async () => {
    const envelope = auditEnvelope(newTenant());
    envelope.payload = { context: 'directory', entityId: 'x', action: 'created', before: null, after: {} };
    await expect(append(envelope)).rejects.toMatchObject({ code: AuditErrorCode.MalformedEvent, details: { fields: [{ path: 'payload.entity' }] } });
  });

  it('refuses a payload that claims another context than its event type', async () => {
    const envelope = auditEnvelope(newTenant());
    envelope.payload = { ...(envelope.payload as object), context: 'planning' };
    await expect(append(envelope)).rejects.toMatchObject({ code: AuditErrorCode.MalformedEvent });
  });
});

describe('verifying the audit chain', () => {
  it('finds an untouched chain valid and reports its last seq and hash', async () => {
    const tenant = newTenant();
    const records = await appendMany(tenant, 4);
    expect(await verify(tenant)).toEqual({ valid: true, checked: 4, lastSeq: 4, lastHash: records[3]?.hash });
  });

  it('finds an empty chain valid', async () => {
    expect(await verify(newTenant())).toEqual({ valid: true, checked: 0, lastSeq: 0, lastHash: null });
  });

  it('names the record edited directly in PostgreSQL as the first broken link', async () => {
    const tenant = newTenant();
    const records = await appendMany(tenant, 5);
    await tamper(tenant, 3, { name: '篡改后的名称', active: true });
    expect(await verify(tenant)).toMatchObject({ valid: false, checked: 5, lastSeq: 5, firstBroken: { seq: 3, id: records[2]?.id, reason: 'hash-mismatch' } });
  });

  it('leaves other tenants’ chains valid when one is tampered with', async () => {
    const tampered = newTenant();
    const untouched = newTenant();
    await appendMany(tampered, 2);
    await appendMany(untouched, 2);
    await tamper(tampered, 1, null);
    expect((await verify(tampered)).firstBroken).toMatchObject({ seq: 1 });
    expect((await verify(untouched)).valid).toBe(true);
  });
});

describe('the append-only store', () => {
  it('refuses UPDATE and DELETE to the app role', async () => {
    const tenant = newTenant();
    await appendMany(tenant, 1);
    await expect(inTenantTransaction(app, tenant, (m) => m.query(`update directory.audit_events set action = 'forged'`))).rejects.toThrow(/permission denied/);
    await expect(inTenantTransaction(app, tenant, (m) => m.query('delete from directory.audit_events'))).rejects.toThrow(/permission denied/);
    expect((await verify(tenant)).checked).toBe(1);
  });

  it('refuses UPDATE, DELETE and TRUNCATE even to the owner while the trigger is on', async () => {
    const tenant = newTenant();
    await appendMany(tenant, 1);
    await expect(owner.query(`update directory.audit_events set action = 'forged' where tenant_id = $1`, [tenant])).rejects.toThrow(/append-only/);
    await expect(owner.query('delete from directory.audit_events where tenant_id = $1', [tenant])).rejects.toThrow(/append-only/);
    await expect(owner.query('truncate directory.audit_events')).rejects.toThrow(/append-only/);
    expect(await verify(tenant)).toMatchObject({ valid: true, checked: 1 });
  });

  it('lets a tenant read only its own records', async () => {
    const mine = newTenant();
    const theirs = newTenant();
    const [own] = await appendMany(mine, 1);
    await appendMany(theirs, 2);
    const page = await asTenant(mine, () => new ListAuditEventsHandler(app).execute({}));
    expect(page.items.map((record) => record.id)).toEqual([own?.id]);
  });
});

describe('listing the audit trail', () => {
  it('filters by entity id, action and free text, newest first', async () => {
    const tenant = newTenant();
    await append(auditEnvelope(tenant, { entityId: 'unit-a', action: 'created' }));
    await append(auditEnvelope(tenant, { entityId: 'unit-b', action: 'created', after: { name: '统战部联络科' } }));
    await append(auditEnvelope(tenant, { entityId: 'unit-a', action: 'retired' }));
    const list = (filter: object, sort?: [string, 'ASC' | 'DESC']) =>
      asTenant(tenant, () => new ListAuditEventsHandler(app).execute({ filter, ...(sort ? { sort } : {}) }));
    expect((await list({ entityId: 'unit-a' })).items.map((record) => record.seq)).toEqual([3, 1]);
    expect((await list({ action: 'retired' })).items.map((record) => record.seq)).toEqual([3]);
    expect((await list({ q: '联络' })).items.map((record) => record.entityId)).toEqual(['unit-b']);
    expect((await list({}, ['occurredAt', 'ASC'])).items.map((record) => record.seq)).toEqual([1, 2, 3]);
  });

  it('filters by period, reading a date-only bound as a whole day in China Standard Time', async () => {
    const tenant = newTenant();
    const at = (occurredAt: string) => append({ ...auditEnvelope(tenant), occurredAt });
    await at('2026-03-01T15:59:59.000Z');
    await at('2026-03-01T16:00:00.000Z');
    await at('2026-03-02T15:59:59.999Z');
    await at('2026-03-02T16:00:00.000Z');
    const list = (filter: object) => asTenant(tenant, () => new ListAuditEventsHandler(app).execute({ filter, sort: ['seq', 'ASC'] }));
    expect((await list({ from: '2026-03-02', to: '2026-03-02' })).items.map((record) => record.seq)).toEqual([2, 3]);
    expect((await list({ to: '2026-03-01T16:00:00Z' })).items.map((record) => record.seq)).toEqual([1, 2]);
  });

  it('names an unknown filter and an unknown sort field', async () => {
    const tenant = newTenant();
    await expect(asTenant(tenant, () => new ListAuditEventsHandler(app).execute({ filter: { who: 'x' } }))).rejects.toMatchObject({
      code: 'VALIDATION.INVALID_INPUT',
      details: { fields: [{ path: 'filter.who' }] },
    });
    await expect(asTenant(tenant, () => new ListAuditEventsHandler(app).execute({ sort: ['hash', 'ASC'] }))).rejects.toMatchObject({
      details: { fields: [{ path: 'sort' }] },
    });
  });
});
