import { Chip, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** Chip colours by state: what waits on someone is highlighted, what is done is green. */
const COLOURS: Record<string, ChipProps['color']> = {
  draft: 'default',
  soliciting: 'info',
  under_review: 'warning',
  approved: 'primary',
  published: 'success',
  awaiting_leader: 'warning',
  sent: 'info',
  accepted: 'success',
  declined: 'error',
  active: 'success',
  cancelled: 'error',
  open: 'info',
  chosen: 'success',
  closed: 'default',
  requested: 'warning',
  scheduled: 'info',
  held: 'primary',
  recorded: 'success',
};

/** A record's state as a chip in the current language (`resources.<resource>.statuses.<state>`). */
export const StatusChip = ({ resource, source = 'status' }: { resource: string; source?: string; label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const status = record?.[source];
  if (typeof status !== 'string') return null;
  return (
    <Chip
      size="small"
      color={COLOURS[status] ?? 'default'}
      label={translate(`resources.${resource}.statuses.${status}`, { _: status })}
      data-status={status}
      data-testid={`${resource}-status`}
    />
  );
};
