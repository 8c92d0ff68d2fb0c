import MarkEmailUnreadIcon from '@mui/icons-material/MarkEmailUnread';
import type { RaRecord } from 'react-admin';
import { SolicitationCreate } from './SolicitationCreate.js';
import { SolicitationEdit } from './SolicitationEdit.js';
import { SolicitationList } from './SolicitationList.js';
import { SolicitationShow } from './SolicitationShow.js';

export const solicitations = {
  list: SolicitationList,
  create: SolicitationCreate,
  edit: SolicitationEdit,
  show: SolicitationShow,
  icon: MarkEmailUnreadIcon,
  recordRepresentation: (record: RaRecord) => String(record.title ?? record.id),
};
