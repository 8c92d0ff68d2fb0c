import CallReceivedIcon from '@mui/icons-material/CallReceived';
import type { RaRecord } from 'react-admin';
import { EscalationList, EscalationShow } from './escalations.js';

export const escalations = {
  list: EscalationList,
  show: EscalationShow,
  icon: CallReceivedIcon,
  recordRepresentation: (record: RaRecord) => String(record.title ?? record.id),
};
