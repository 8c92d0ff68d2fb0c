import type { NoticeView } from '@xieshang/contracts';
import { useEffect, useRef } from 'react';
import {
  BooleanField,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  useDataProvider,
  useRecordContext,
  useRefresh,
} from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField.js';
import type { ConsoleDataProvider } from '../dataProvider.js';
import { NoticeBodyField } from './NoticeBodyField.js';
import { OpenRecordButton } from './OpenRecordButton.js';
import { noticeKindChoices } from './notice-display.rules.js';

/** Opening a notice is reading it: marked read once for this person, and the menu's count goes down. */
const MarkReadOnOpen = () => {
  const notice = useRecordContext<NoticeView>();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const refresh = useRefresh();
  const marked = useRef<string | null>(null);
  useEffect(() => {
    if (!notice || notice.read || marked.current === notice.id) return;
    marked.current = notice.id;
    dataProvider
      .runAction('notices', notice.id, 'read')
      .then(refresh)
      .catch(() => {
        marked.current = null;
      });
  }, [notice, dataProvider, refresh]);
  return null;
};

export const NoticeShow = () => (
  <Show actions={false}>
    <MarkReadOnOpen />
    <SimpleShowLayout>
      <TextField source="title" data-testid="notice-title" />
      <NoticeBodyField label="resources.notices.fields.body" />
      <OpenRecordButton />
      <SelectField source="kind" choices={noticeKindChoices} />
      <ReferenceField source="recipientOrgUnitId" reference="org-units" link={false} emptyText="-" />
      <LocaleDateField source="createdAt" />
      <BooleanField source="read" />
      <LocaleDateField source="readAt" emptyText="-" />
    </SimpleShowLayout>
  </Show>
);
