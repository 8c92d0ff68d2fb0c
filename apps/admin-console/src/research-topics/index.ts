import ScienceIcon from '@mui/icons-material/Science';
import type { RaRecord } from 'react-admin';
import { ResearchTopicCreate } from './ResearchTopicCreate.js';
import { ResearchTopicList } from './ResearchTopicList.js';
import { ResearchTopicShow } from './ResearchTopicShow.js';

export const researchTopics = {
  list: ResearchTopicList,
  create: ResearchTopicCreate,
  show: ResearchTopicShow,
  icon: ScienceIcon,
  recordRepresentation: (record: RaRecord) => String(record.title ?? record.id),
};
