import AccountTreeIcon from '@mui/icons-material/AccountTree';
import type { RaRecord } from 'react-admin';
import { OrgUnitCreate } from './OrgUnitCreate.js';
import { OrgUnitEdit } from './OrgUnitEdit.js';
import { OrgUnitList } from './OrgUnitList.js';
import { OrgUnitShow } from './OrgUnitShow.js';

export const orgUnits = {
  list: OrgUnitList,
  create: OrgUnitCreate,
  edit: OrgUnitEdit,
  show: OrgUnitShow,
  icon: AccountTreeIcon,
  recordRepresentation: (record: RaRecord) => String(record.name ?? record.id),
};
