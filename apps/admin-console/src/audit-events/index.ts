import HistoryIcon from '@mui/icons-material/History';
import type { RaRecord } from 'react-admin';
import { AuditEventList } from './AuditEventList.js';
import { AuditEventShow } from './AuditEventShow.js';

export const auditEvents = {
  list: AuditEventList,
  show: AuditEventShow,
  icon: HistoryIcon,
  recordRepresentation: (record: RaRecord) => `#${String(record.seq ?? record.id)}`,
};
