import ForumIcon from '@mui/icons-material/Forum';
import type { RaRecord } from 'react-admin';
import { InterviewCreate } from './InterviewCreate.js';
import { InterviewList } from './InterviewList.js';
import { InterviewShow } from './InterviewShow.js';

export const interviews = {
  list: InterviewList,
  create: InterviewCreate,
  show: InterviewShow,
  icon: ForumIcon,
  recordRepresentation: (record: RaRecord) => String(record.subject ?? record.id),
};
