import { isTenantCode } from '@xieshang/contracts';

/** The tenant whose settings an `evt.directory.settings.changed.v1` message reports, or null if it is not one. */
export const changedTenantOf = (data: Uint8Array): string | null => {
  try {
    const envelope = JSON.parse(new TextDecoder().decode(data)) as { tenantId?: unknown };
    return isTenantCode(envelope.tenantId) ? envelope.tenantId : null;
  } catch {
    return null;
  }
};
