import LocationCityIcon from '@mui/icons-material/LocationCity';
import type { RaRecord } from 'react-admin';
import { TenantCreate } from './TenantCreate.js';
import { TenantList } from './TenantList.js';

export const tenants = {
  list: TenantList,
  create: TenantCreate,
  icon: LocationCityIcon,
  recordRepresentation: (record: RaRecord) => String(record.name ?? record.code ?? record.id),
};
