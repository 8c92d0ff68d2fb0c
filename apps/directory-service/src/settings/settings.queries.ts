import type { EntityManager } from 'typeorm';
import type { StoredSettings } from './settings.rules.js';

export interface SettingsState {
  tenant: string;
  parent: string | null;
  own: StoredSettings;
  city: StoredSettings | null;
}

const toRecord = (rows: { key: string; value: unknown }[]): Record<string, unknown> =>
  Object.fromEntries(rows.map((row) => [row.key, row.value]));

/** The current tenant's stored settings and its parent city's, read in the tenant's transaction. */
export const readSettingsState = async (manager: EntityManager, tenant: string): Promise<SettingsState> => {
  const tenants: { parent_code: string | null }[] = await manager.query('select parent_code from directory.tenants where code = $1', [tenant]);
  const parent = tenants[0]?.parent_code ?? null;
  const own = toRecord(await manager.query('select key, value from directory.settings'));
  const city = parent ? toRecord(await manager.query('select key, value from directory.parent_settings()')) : null;
  return { tenant, parent, own, city };
};

export const upsertSetting = (manager: EntityManager, key: string, value: unknown): Promise<unknown> =>
  manager.query(
    `insert into directory.settings (key, value) values ($1, $2::jsonb)
     on conflict (tenant_id, key) do update set value = excluded.value, updated_at = now(), version = directory.settings.version + 1`,
    [key, JSON.stringify(value)],
  );

export const deleteSetting = (manager: EntityManager, key: string): Promise<unknown> =>
  manager.query('delete from directory.settings where key = $1', [key]);
