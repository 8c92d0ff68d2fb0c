import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import {
  isSettingKey,
  putSettingsSchema,
  resetSettingSchema,
  SettingsErrorCode,
  SettingsEvent,
  type EffectiveSettingsView,
  type FieldError,
  type SettingsChangedPayload,
} from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { recordAudit, recordEvent } from '@xieshang/platform-messaging';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { currentCaller, requireAnyRole, requireTenantId } from '@xieshang/platform-tenancy';
import { deleteSetting, readSettingsState, upsertSetting, type SettingsState } from './settings.queries.js';
import { crossSettingErrors, parseChanges, resolveEffective } from './settings.rules.js';
import type { z } from 'zod';

const OUTBOX = { schema: 'directory', context: 'directory' };
const ADMINS = ['tenant-admin', 'platform-admin'] as const;

const invalid = (errors: FieldError[]): AppException =>
  new AppException(SettingsErrorCode.InvalidSetting, `Invalid settings: ${errors.map((error) => error.path).join(', ')}`, { fields: errors });

const view = (state: SettingsState, own = state.own): EffectiveSettingsView => ({
  tenant: state.tenant,
  parent: state.parent,
  settings: resolveEffective(own, state.city),
});

/** Settings of the current tenant: effective values with their source, changes by its administrator. */
@Injectable()
export class SettingsHandler {
  constructor(private readonly database: TenantDatabase) {}

  effective(): Promise<EffectiveSettingsView> {
    const tenantId = requireTenantId();
    return this.database.run(async (manager) => view(await readSettingsState(manager, tenantId)));
  }

  async put(command: z.infer<typeof putSettingsSchema>): Promise<EffectiveSettingsView> {
    const caller = currentCaller();
    requireAnyRole(caller, ADMINS);
    const { changes, errors } = parseChanges(command.values);
    if (errors.length > 0) throw invalid(errors);
    if (Object.keys(changes).length === 0) throw invalid([{ path: 'values', message: 'give at least one setting' }]);
    return this.database.run(async (manager) => {
      const state = await readSettingsState(manager, requireTenantId());
      const next = view(state, { ...state.own, ...changes });
      const crossErrors = crossSettingErrors(next.settings);
      if (crossErrors.length > 0) throw invalid(crossErrors);
      const changed = Object.entries(changes).filter(([key, value]) => state.own[key] !== value);
      for (const [key, value] of changed) {
        await upsertSetting(manager, key, value);
        const action = state.own[key] === undefined ? 'set' : 'changed';
        await recordAudit(manager, { entity: 'setting', entityId: key, action, before: state.own[key] ?? null, after: value }, OUTBOX);
      }
      await this.announce(manager, changed.map(([key]) => key));
      return next;
    });
  }

  /** Drops the tenant's own value, so the city's or the default applies again. */
  async reset({ key }: z.infer<typeof resetSettingSchema>): Promise<EffectiveSettingsView> {
    const caller = currentCaller();
    requireAnyRole(caller, ADMINS);
    if (!isSettingKey(key)) throw invalid([{ path: 'key', message: `${key} is not a setting` }]);
    return this.database.run(async (manager) => {
      const state = await readSettingsState(manager, requireTenantId());
      const own = Object.fromEntries(Object.entries(state.own).filter(([stored]) => stored !== key));
      const next = view(state, own);
      const crossErrors = crossSettingErrors(next.settings);
      if (crossErrors.length > 0) throw invalid(crossErrors);
      if (state.own[key] !== undefined) {
        await deleteSetting(manager, key);
        await recordAudit(manager, { entity: 'setting', entityId: key, action: 'reset', before: state.own[key], after: null }, OUTBOX);
        await this.announce(manager, [key]);
      }
      return next;
    });
  }

  private async announce(manager: EntityManager, keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await recordEvent<SettingsChangedPayload>(manager, { subject: SettingsEvent.Changed, payload: { keys } }, OUTBOX);
  }
}
