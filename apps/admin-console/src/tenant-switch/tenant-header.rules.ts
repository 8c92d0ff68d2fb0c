import { isCityUser } from '../access/access.rules.js';

/** The header by which a city user reads one of its districts. */
export const TENANT_HEADER = 'X-Tenant';

/** Calls about the city itself, answered the same whichever district is picked. */
const CITY_LEVEL_PATHS = ['/tenants', '/district-figures', '/me'];

const isCityLevel = (path: string): boolean =>
  CITY_LEVEL_PATHS.some((prefix) => path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}?`));

export interface TenantHeaderInput {
  apiUrl: string;
  url: string;
  roles: readonly string[];
  district: string | null;
}

/** `X-Tenant: <district>` for a city user's calls about district records, else no header. */
export const tenantHeaderValue = ({ apiUrl, url, roles, district }: TenantHeaderInput): string | null => {
  if (!district || !isCityUser(roles)) return null;
  const path = url.startsWith(apiUrl) ? url.slice(apiUrl.length) : url;
  return isCityLevel(path) ? null : district;
};
