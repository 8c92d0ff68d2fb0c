import EventNoteIcon from '@mui/icons-material/EventNote';
import type { RaRecord } from 'react-admin';
import { PlanCreate } from './PlanCreate.js';
import { PlanList } from './PlanList.js';
import { PlanShow } from './PlanShow.js';

export const plans = {
  list: PlanList,
  create: PlanCreate,
  show: PlanShow,
  icon: EventNoteIcon,
  recordRepresentation: (record: RaRecord) => String(record.title ?? record.year ?? record.id),
};
