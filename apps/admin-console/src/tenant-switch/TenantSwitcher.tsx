import { MenuItem, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, usePermissions, useTranslate } from 'react-admin';
import { isCityUser } from '../access/access.rules.js';
import type { ConsolePermissions } from '../authProvider.js';
import type { ConsoleDataProvider } from '../dataProvider.js';
import { districtsOf, TENANTS_QUERY_KEY } from '../tenants/tenant.js';
import { useDistrict } from './useDistrict.js';

/** The value of the choice "my own tenant" (no X-Tenant header). */
const OWN_TENANT = '';

/**
 * In the app bar of city users only: pick one of the city's districts to read its records, or
 * go back to the city itself. The pick is remembered in this browser for this person.
 */
export const TenantSwitcher = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<ConsolePermissions>();
  const cityUser = isCityUser(permissions?.roles ?? []);
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { district, choose } = useDistrict();
  const { data: tenants = [] } = useQuery({
    queryKey: TENANTS_QUERY_KEY,
    queryFn: () => dataProvider.getTenants(),
    enabled: cityUser,
  });
  if (!cityUser) return null;
  const districts = districtsOf(tenants);
  // A remembered district that is no longer listed still shows, by its code, until changed.
  const known = district === null || districts.some((tenant) => tenant.code === district);
  return (
    <TextField
      select
      size="small"
      variant="outlined"
      label={translate('xs.tenant_switch.label')}
      value={district ?? OWN_TENANT}
      onChange={(event) => void choose(event.target.value || null)}
      data-testid="tenant-switch"
      sx={{
        flex: '0 0 auto',
        width: 180,
        mr: 1,
        // The app bar's own colours, focused or not: the theme's focus colour is the bar's blue.
        '& .MuiInputBase-root, & .MuiInputLabel-root, & .MuiInputLabel-root.Mui-focused, & .MuiSvgIcon-root': { color: 'inherit' },
        '& .MuiOutlinedInput-notchedOutline, & .Mui-focused .MuiOutlinedInput-notchedOutline': { borderColor: 'currentColor' },
      }}
      slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
    >
      <MenuItem value={OWN_TENANT}>{translate('xs.tenant_switch.own')}</MenuItem>
      {districts.map((tenant) => (
        <MenuItem key={tenant.code} value={tenant.code} data-testid={`tenant-option-${tenant.code}`}>
          {tenant.name}
        </MenuItem>
      ))}
      {!known && district && <MenuItem value={district}>{district}</MenuItem>}
    </TextField>
  );
};
