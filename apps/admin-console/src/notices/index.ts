import type { RaRecord } from 'react-admin';
import { NoticeList } from './NoticeList.js';
import { NoticeShow } from './NoticeShow.js';
import { NoticesMenuIcon } from './NoticesMenuIcon.js';

export const notices = {
  list: NoticeList,
  show: NoticeShow,
  icon: NoticesMenuIcon,
  recordRepresentation: (record: RaRecord) => String(record.title ?? record.id),
};
