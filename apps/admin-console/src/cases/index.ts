import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import type { RaRecord } from 'react-admin';
import { CaseCreate } from './CaseCreate.js';
import { CaseList } from './CaseList.js';
import { CaseShow } from './CaseShow.js';

export const cases = {
  list: CaseList,
  create: CaseCreate,
  show: CaseShow,
  icon: AssignmentTurnedInIcon,
  recordRepresentation: (record: RaRecord) => `#${String(record.number ?? '')} ${String(record.title ?? '')}`,
};
