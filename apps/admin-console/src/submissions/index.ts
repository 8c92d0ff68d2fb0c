import AssignmentIcon from '@mui/icons-material/Assignment';
import type { RaRecord } from 'react-admin';
import { SubmissionCreate, SubmissionList, SubmissionShow } from './submissions.js';

export const submissions = {
  list: SubmissionList,
  create: SubmissionCreate,
  show: SubmissionShow,
  icon: AssignmentIcon,
  recordRepresentation: (record: RaRecord) => String(record.title ?? record.id),
};
