import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@xieshang/contracts';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { runAsCaller, systemCaller } from '@xieshang/platform-tenancy';
import type { EntityManager } from 'typeorm';
import { recordEvent, type EventHandler } from '../../src/index.js';
import type { TestDatabase } from './test-database.js';

export const TENANT = 'testdistrict';

/** Changes a `thing` and records its event in one tenant transaction, as a command handler does. */
export const changeThing = (db: TestDatabase, subject: string, note: string, fail = false): Promise<EventEnvelope> =>
  runAsCaller({ ...systemCaller(randomUUID(), TENANT), personId: 'u-office', roles: ['office'] }, () =>
    new TenantDatabase(db.app).runAsTenant(TENANT, async (manager) => {
      await manager.query(`insert into ${db.schema}.thing (id, tenant_id, note) values ($1, $2, $3)`, [randomUUID(), TENANT, note]);
      const envelope = await recordEvent(manager, { subject, payload: { note } }, { schema: db.schema });
      if (fail) throw new Error('the command failed after recording its event');
      return envelope;
    }),
  );

/** A consumer handler whose effect is one `effect` row per application. */
export const writeEffect =
  (db: TestDatabase): EventHandler =>
  async (manager: EntityManager, envelope: EventEnvelope) => {
    const note = (envelope.payload as { note: string }).note;
    await manager.query(`insert into ${db.schema}.effect (tenant_id, event_id, note) values ($1, $2, $3)`, [envelope.tenantId, envelope.id, note]);
  };

export const effects = (db: TestDatabase): Promise<Array<{ event_id: string; note: string }>> =>
  db.asOwner(`select event_id, note from ${db.schema}.effect order by seq`);
