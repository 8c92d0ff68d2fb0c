import { Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { SolicitationView } from '@xieshang/contracts';
import { useRecordContext, useTranslate } from 'react-admin';
import { useDistrictTime } from '../dashboard/useMe.js';

/** Who opened the document and who answered, branch by branch; the silent ones stand out. */
export const RecipientsPanel = () => {
  const record = useRecordContext<SolicitationView>();
  const translate = useTranslate();
  const time = useDistrictTime();
  if (!record) return null;
  const when = (value: string | null) => (value ? time.dateTime(value) : translate('resources.solicitations.recipients.not_yet'));
  return (
    <section aria-labelledby="recipients-heading">
      <Typography variant="h6" component="h3" id="recipients-heading" sx={{ mt: 2 }}>
        {translate('resources.solicitations.recipients.title')}
      </Typography>
      <Table size="small" data-testid="solicitation-recipients">
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.solicitations.recipients.branch')}</TableCell>
            <TableCell>{translate('resources.solicitations.recipients.opened')}</TableCell>
            <TableCell>{translate('resources.solicitations.recipients.answered')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {record.recipients.map((line) => (
            <TableRow key={line.orgUnitId} data-testid={`recipient-${line.orgUnitName}`} data-answered={line.answeredAt ? 'yes' : 'no'}>
              <TableCell>{line.orgUnitName}</TableCell>
              <TableCell>{when(line.openedAt)}</TableCell>
              <TableCell>
                {when(line.answeredAt)}
                {line.late && <Chip size="small" color="warning" sx={{ ml: 1 }} label={translate('resources.solicitations.recipients.late')} />}
                {line.noComment && <Chip size="small" sx={{ ml: 1 }} label={translate('resources.solicitations.recipients.no_comment')} />}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
};
