import { randomBytes } from 'node:crypto';
import { type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CommonErrorCode } from '@xieshang/contracts';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { MessagingModule, ServiceRequester } from '../src/index.js';
import { TEST_NATS } from './support/nats.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

/** A NATS request holds a pooled connection and its locks for as long as another service takes: never inside a transaction. */
describe('a NATS request inside an open tenant transaction', () => {
  const subject = `test${randomBytes(4).toString('hex')}.nobody.listens`;
  let db: TestDatabase;
  let context: INestApplicationContext;
  let requester: ServiceRequester;

  beforeAll(async () => {
    db = await createTestDatabase('request-in-tx');
    context = await NestFactory.createApplicationContext(
      MessagingModule.forRoot({ nats: TEST_NATS, requestTimeoutMs: 1_000, service: 'request-in-tx-test' }),
      { logger: false },
    );
    requester = context.get(ServiceRequester);
  });

  afterAll(async () => {
    await context?.close();
    await db?.drop();
  });

  it('is refused before anything is sent, and the transaction rolls back', async () => {
    const database = new TenantDatabase(db.app);
    const attempt = database.runAsTenant('bazhou', async (manager) => {
      await manager.query(`insert into ${db.schema}.thing (id, note) values (gen_random_uuid(), 'before the request')`);
      return requester.request(subject, {});
    });
    await expect(attempt).rejects.toThrow(/inside an open tenant transaction/);
    expect(await db.asOwner(`select note from ${db.schema}.thing where note = 'before the request'`)).toEqual([]);
  });

  it('goes out once the transaction is over', async () => {
    const database = new TenantDatabase(db.app);
    await database.runAsTenant('bazhou', (manager) => manager.query('select 1'));
    // Nobody answers this subject: the request was sent, and NATS says so.
    await expect(requester.request(subject, {})).rejects.toMatchObject({ code: CommonErrorCode.ServiceUnavailable });
  });
});
