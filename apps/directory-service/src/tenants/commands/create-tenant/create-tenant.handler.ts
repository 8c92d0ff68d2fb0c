import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import {
  createTenantSchema,
  PersonAdminErrorCode,
  TenantErrorCode,
  TenantEvent,
  type CreatedTenantView,
  type CreateTenantCommand,
} from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { recordAudit, recordEvent } from '@xieshang/platform-messaging';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { currentCaller, requireAnyRole, runInTenant } from '@xieshang/platform-tenancy';
import { hashPassword } from '../../../people/password.rules.js';
import { STANDARD_DISTRICT_TEMPLATE } from '../../../seed/demo-district.data.js';
import { readOwnTemplate, readParentTemplate, writeTemplate } from '../../org-unit-templates/org-unit-template.queries.js';
import { adminOrgUnitIndex, renderTemplate } from '../../org-unit-templates/org-unit-template.rules.js';
import { lookupTenant } from '../../tenant-directory.queries.js';
import { toTenantView, type TenantRow } from '../../tenant.entity.js';
import { insertDistrictOrgUnits, insertFirstAdmin } from './district-records.js';
import type { z } from 'zod';
import { tenantParent } from './tenant-placement.rules.js';

const OUTBOX = { schema: 'directory', context: 'directory' };

/**
 * Adds a city, or a district under a city, while everything runs: the tenant row, a district's
 * org units from the city's template (a city's own template of the standard units, for its
 * districts to come) and its first tenant administrator, in one transaction of the new tenant,
 * each record audited, and `evt.directory.tenant.created.v1` announced.
 */
@Injectable()
export class CreateTenantHandler {
  constructor(private readonly database: TenantDatabase) {}

  async execute(command: z.infer<typeof createTenantSchema>): Promise<CreatedTenantView> {
    requireAnyRole(currentCaller(), ['platform-admin']);
    const parentCode = await this.checkFree(command);
    const passwordHash = await hashPassword(command.admin.password);
    // The records belong to the new tenant, so its events and audit records do too.
    try {
      return await runInTenant(command.code, () =>
        this.database.runAsTenant(command.code, (manager) => this.create(manager, command, parentCode, passwordHash)),
      );
    } catch (error) {
      throw conflictOf(error) ?? error;
    }
  }

  private async checkFree(command: CreateTenantCommand): Promise<string | null> {
    const parent = command.parentCode ? await lookupTenant(this.database, command.parentCode) : null;
    const parentCode = tenantParent(command.kind, command.parentCode, parent);
    if (await lookupTenant(this.database, command.code)) {
      throw new AppException(TenantErrorCode.TenantExists, `A tenant ${command.code} exists already`, { code: command.code });
    }
    const people: unknown[] = await this.database.acrossTenants('select 1 from directory.sign_in_lookup($1)', [command.admin.username]);
    if (people.length > 0) throw usernameTaken(command.admin.username);
    return parentCode;
  }

  private async create(manager: EntityManager, command: CreateTenantCommand, parentCode: string | null, passwordHash: string): Promise<CreatedTenantView> {
    const [tenant]: TenantRow[] = await manager.query(
      `insert into directory.tenants (code, parent_code, kind, name) values ($1, $2, $3, $4)
       returning code, name, kind, parent_code, created_at`,
      [command.code, parentCode, command.kind, command.name],
    );
    const view = toTenantView(tenant as TenantRow);
    await recordAudit(manager, { entity: 'tenant', entityId: view.code, action: 'created', before: null, after: view }, OUTBOX);
    if (command.kind === 'city') await this.writeStandardTemplate(manager, command.code);
    const units = command.kind === 'city' ? [] : renderTemplate(await readParentTemplate(manager), command.name);
    const unitIds = await insertDistrictOrgUnits(manager, command.code, units, OUTBOX);
    const adminIndex = adminOrgUnitIndex(units);
    const admin = await insertFirstAdmin(manager, command, adminIndex === null ? null : (unitIds[adminIndex] ?? null), passwordHash, OUTBOX);
    await recordEvent(
      manager,
      { subject: TenantEvent.Created, payload: { code: view.code, name: view.name, parentCode: view.parentCode, adminUsername: admin.username } },
      OUTBOX,
    );
    return { ...view, admin, orgUnits: unitIds.length };
  }

  private async writeStandardTemplate(manager: EntityManager, city: string): Promise<void> {
    await writeTemplate(manager, city, STANDARD_DISTRICT_TEMPLATE);
    const after = { id: city, city, units: await readOwnTemplate(manager) };
    await recordAudit(manager, { entity: 'org-unit-template', entityId: city, action: 'replaced', before: null, after }, OUTBOX);
  }
}

const usernameTaken = (username: string): AppException =>
  new AppException(PersonAdminErrorCode.UsernameTaken, `The username ${username} is taken`, {
    fields: [{ path: 'admin.username', message: 'is taken' }],
  });

/** Two creations racing past the checks meet the unique constraints; report them like the checks do. */
const conflictOf = (error: unknown): AppException | null => {
  const failure = error as { code?: string; constraint?: string; parameters?: unknown[] };
  if (failure.code !== '23505') return null;
  if (failure.constraint === 'tenants_pkey') return new AppException(TenantErrorCode.TenantExists, 'This tenant exists already');
  if (failure.constraint === 'people_username_key') return usernameTaken('of the first administrator');
  return null;
};
