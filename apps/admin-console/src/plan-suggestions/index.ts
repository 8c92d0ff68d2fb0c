import LightbulbIcon from '@mui/icons-material/Lightbulb';
import type { RaRecord } from 'react-admin';
import { SuggestionCreate } from './SuggestionCreate.js';
import { SuggestionEdit } from './SuggestionEdit.js';
import { SuggestionList } from './SuggestionList.js';
import { SuggestionShow } from './SuggestionShow.js';

export const planSuggestions = {
  list: SuggestionList,
  create: SuggestionCreate,
  edit: SuggestionEdit,
  show: SuggestionShow,
  icon: LightbulbIcon,
  recordRepresentation: (record: RaRecord) => String(record.topic ?? record.id),
};
