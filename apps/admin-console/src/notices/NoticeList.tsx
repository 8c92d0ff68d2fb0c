import type { NoticeView } from '@xieshang/contracts';
import { List, NullableBooleanInput, ReferenceField, SelectField, SelectInput, TextField } from 'react-admin';
import { ResponsiveDatagrid } from '../common/ResponsiveDatagrid.js';
import { LocaleDateField } from '../common/LocaleDateField.js';
import { NoticeBodyField } from './NoticeBodyField.js';
import { noticeKindChoices, noticeRowStyle } from './notice-display.rules.js';

const noticeFilters = [
  <SelectInput key="kind" source="kind" choices={noticeKindChoices} alwaysOn />,
  <NullableBooleanInput key="unread" source="unread" alwaysOn />,
];

const bold = { '& .MuiTableCell-body, & .MuiTableCell-body .MuiTypography-root': { fontWeight: 'inherit' } };

/** The person's own notices, newest first, unread in bold; new ones appear live. */
export const NoticeList = () => (
  <List filters={noticeFilters} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} exporter={false}>
    <ResponsiveDatagrid
      rowClick="show"
      bulkActionButtons={false}
      rowSx={(record) => noticeRowStyle(record as NoticeView)}
      sx={bold}
      data-testid="notice-list"
      phone={{
        primaryText: <TextField source="title" sx={{ fontWeight: 'inherit' }} />,
        secondaryText: (
          <span>
            <LocaleDateField source="createdAt" /> · <SelectField source="kind" choices={noticeKindChoices} />
          </span>
        ),
      }}
    >
      <LocaleDateField source="createdAt" />
      <SelectField source="kind" choices={noticeKindChoices} />
      <TextField source="title" />
      <NoticeBodyField label="resources.notices.fields.body" />
      <ReferenceField source="recipientOrgUnitId" reference="org-units" link={false} emptyText="-" />
    </ResponsiveDatagrid>
  </List>
);
