import { PlanningEvent } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { changeThing } from './support/events.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

/** A producer refuses, before its outbox write, an event whose payload breaks the subject's contract. */
describe('event contracts at the producer', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase('contracts');
  });

  afterAll(async () => {
    await db?.drop();
  });

  const outboxRows = async (): Promise<number> => Number((await db.asOwner<{ n: string }>(`select count(*) as n from ${db.schema}.outbox`))[0]?.n);
  const things = async (): Promise<number> => Number((await db.asOwner<{ n: string }>(`select count(*) as n from ${db.schema}.thing`))[0]?.n);

  it('refuses a plan-published event without its fields, and the change it reported rolls back', async () => {
    const failure = await changeThing(db, PlanningEvent.PlanPublished, 'not a plan').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppException);
    expect(failure).toMatchObject({ code: 'COMMON.EVENT_CONTRACT_BROKEN' });
    expect((failure as AppException).details?.fields?.map((field) => field.path)).toContain('payload.planId');
    expect(await outboxRows()).toBe(0);
    expect(await things()).toBe(0);
  });

  it('refuses an audit event that names no entity', async () => {
    await expect(changeThing(db, 'evt.planning.audit.recorded.v1', 'no entity')).rejects.toMatchObject({ code: 'COMMON.EVENT_CONTRACT_BROKEN' });
    expect(await outboxRows()).toBe(0);
  });
});
