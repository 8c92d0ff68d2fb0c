import LibraryBooksIcon from '@mui/icons-material/LibraryBooks';
import type { RaRecord } from 'react-admin';
import { MaterialCreate, MaterialList, MaterialShow } from './materials.js';

export const materials = {
  list: MaterialList,
  create: MaterialCreate,
  show: MaterialShow,
  icon: LibraryBooksIcon,
  recordRepresentation: (record: RaRecord) => String(record.title ?? record.id),
};
