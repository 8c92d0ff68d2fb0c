import PeopleIcon from '@mui/icons-material/People';
import type { RaRecord } from 'react-admin';
import { UserCreate } from './UserCreate.js';
import { UserEdit } from './UserEdit.js';
import { UserList } from './UserList.js';
import { UserShow } from './UserShow.js';

export const users = {
  list: UserList,
  create: UserCreate,
  edit: UserEdit,
  show: UserShow,
  icon: PeopleIcon,
  recordRepresentation: (record: RaRecord) => String(record.displayName ?? record.username ?? record.id),
};
