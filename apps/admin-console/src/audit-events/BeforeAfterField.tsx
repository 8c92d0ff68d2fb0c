import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { AuditEvent } from './audit-event.js';
import { changedFields, displayValue } from './change-view.rules.js';

/** Before and after side by side, field by field, changed fields highlighted. */
export const BeforeAfterField = (_props: { label?: string }) => {
  const record = useRecordContext<AuditEvent>();
  const translate = useTranslate();
  if (!record) return null;
  const rows = changedFields(record.before, record.after);
  if (rows.length === 0) return <Typography variant="body2">-</Typography>;
  return (
    <Table size="small" data-testid="audit-before-after">
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.audit-events.fields.field')}</TableCell>
          <TableCell>{translate('resources.audit-events.fields.before')}</TableCell>
          <TableCell>{translate('resources.audit-events.fields.after')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.field} sx={row.changed ? { bgcolor: 'action.hover' } : undefined}>
            <TableCell sx={{ fontFamily: 'monospace' }}>{row.field}</TableCell>
            <TableCell sx={{ wordBreak: 'break-all', textDecoration: row.changed ? 'line-through' : undefined }}>
              {displayValue(row.before)}
            </TableCell>
            <TableCell sx={{ wordBreak: 'break-all', fontWeight: row.changed ? 600 : undefined }}>
              {displayValue(row.after)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
