import MarkEmailUnreadIcon from '@mui/icons-material/MarkEmailUnread';
import type { RaRecord } from 'react-admin';
import { SolicitationCreate } from './SolicitationCreate.js';
import { SolicitationList } from './SolicitationList.js';
import { SolicitationShow } from './SolicitationShow.js';

export const solicitations = {
  list: SolicitationList,
  create: SolicitationCreate,
  show: SolicitationShow,
  icon: MarkEmailUnreadIcon,
  recordRepresentation: (record: RaRecord) => String(record.title ?? record.id),
};
