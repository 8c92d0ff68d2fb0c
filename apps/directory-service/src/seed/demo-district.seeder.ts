import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { recordAudit } from '@xieshang/platform-messaging';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { APP_CONFIG, APP_LOGGER } from '@xieshang/platform-runtime';
import type { Logger } from '@xieshang/platform-observability';
import type { DirectoryConfig } from '../config/config.schema.js';
import { hashPassword } from '../people/password.rules.js';
import { readOwnTemplate, readParentTemplate, writeTemplate } from '../tenants/org-unit-templates/org-unit-template.queries.js';
import { renderTemplate } from '../tenants/org-unit-templates/org-unit-template.rules.js';
import { toTenantView, type TenantRow } from '../tenants/tenant.entity.js';
import { insertedUnitRecord, type InsertedUnit } from '../tenants/commands/create-tenant/district-records.js';
import { CITY_ORG_UNITS, DEMO_CITY, DEMO_CITY_TEMPLATE, DEMO_DISTRICTS, DEMO_PEOPLE, type SeedOrgUnit } from './demo-district.data.js';

const AUDIT = { schema: 'directory', context: 'directory' };

/** Seeding writes as the system, in the tenant it writes to, so its events and audit records belong there. */
const audit = (manager: EntityManager, entity: string, entityId: string, after: unknown) =>
  recordAudit(manager, { entity, entityId, action: 'created', before: null, after }, AUDIT);

/**
 * Seeds 巴中市 with 巴州区 and 恩阳区 when SEED_DEMO_DISTRICT is set; demo people only outside
 * production. Every insert skips what exists, so restarts change nothing; what is written is
 * audited like any other write.
 */
@Injectable()
export class DemoDistrictSeeder implements OnApplicationBootstrap {
  constructor(
    private readonly database: TenantDatabase,
    @Inject(APP_CONFIG) private readonly config: DirectoryConfig,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.SEED_DEMO_DISTRICT) return;
    await this.seedTenant(DEMO_CITY.code, DEMO_CITY.name, null, async () => CITY_ORG_UNITS);
    await this.seedTemplate(DEMO_CITY.code);
    for (const district of DEMO_DISTRICTS) {
      await this.seedTenant(district.code, district.name, DEMO_CITY.code, async (manager) =>
        renderTemplate(await readParentTemplate(manager), district.name),
      );
    }
    if (this.config.NODE_ENV !== 'production') await this.seedPeople();
    this.logger.info('demo district seeded');
  }

  /** The city's template for new districts, written once; a city's own edits survive restarts. */
  private seedTemplate(city: string): Promise<void> {
    return this.database.runAsTenant(city, async (manager) => {
      if ((await readOwnTemplate(manager)).length > 0) return;
      await writeTemplate(manager, city, DEMO_CITY_TEMPLATE);
      await recordAudit(manager, { entity: 'org-unit-template', entityId: city, action: 'replaced', before: null, after: { id: city, city, units: await readOwnTemplate(manager) } }, AUDIT);
    });
  }

  private seedTenant(
    code: string,
    name: string,
    parent: string | null,
    unitsOf: (manager: EntityManager) => Promise<SeedOrgUnit[]>,
  ): Promise<void> {
    return this.database.runAsTenant(code, async (manager) => {
      const tenants: TenantRow[] = await manager.query(
        `insert into directory.tenants (code, parent_code, kind, name) values ($1, $2, $3, $4) on conflict (code) do nothing
         returning code, name, kind, parent_code, created_at`,
        [code, parent, parent ? 'district' : 'city', name],
      );
      for (const tenant of tenants) await audit(manager, 'tenant', tenant.code, toTenantView(tenant));
      for (const unit of await unitsOf(manager)) {
        const rows: InsertedUnit[] = await manager.query(
          `insert into directory.org_units (tenant_id, kind, name, short_name) values ($1, $2, $3, $4)
           on conflict (tenant_id, name) do nothing returning id, tenant_id, kind, name, short_name, active`,
          [code, unit.kind, unit.name, unit.shortName],
        );
        for (const row of rows) await audit(manager, 'org-unit', row.id, insertedUnitRecord(row));
      }
    });
  }

  private async seedPeople(): Promise<void> {
    const passwordHash = await hashPassword(this.config.DEMO_PASSWORD);
    for (const person of DEMO_PEOPLE) {
      await this.database.runAsTenant(person.tenant, async (manager) => {
        const orgUnitId = person.orgUnit ? await this.orgUnitId(manager, person.orgUnit) : null;
        const rows: { id: string }[] = await manager.query(
          `insert into directory.people (tenant_id, username, display_name, org_unit_id, roles, password_hash)
           values ($1, $2, $3, $4, $5, $6) on conflict (username) do nothing returning id`,
          [person.tenant, person.username, person.displayName, orgUnitId, person.roles, passwordHash],
        );
        const { username, displayName, roles } = person;
        for (const row of rows) await audit(manager, 'person', row.id, { id: row.id, tenantId: person.tenant, username, displayName, orgUnitId, roles, enabled: true });
      });
    }
  }

  private async orgUnitId(manager: EntityManager, shortName: string): Promise<string> {
    const rows: { id: string }[] = await manager.query('select id from directory.org_units where short_name = $1 limit 1', [shortName]);
    if (!rows[0]) throw new Error(`Seed data names an unknown org unit: ${shortName}`);
    return rows[0].id;
  }
}
