import GroupsIcon from '@mui/icons-material/Groups';
import type { RaRecord } from 'react-admin';
import { MeetingCreate } from './MeetingCreate.js';
import { MeetingList } from './MeetingList.js';
import { MeetingShow } from './MeetingShow.js';

export const meetings = {
  list: MeetingList,
  create: MeetingCreate,
  show: MeetingShow,
  icon: GroupsIcon,
  recordRepresentation: (record: RaRecord) => String(record.title ?? record.id),
};
