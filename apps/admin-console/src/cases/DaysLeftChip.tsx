import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { daysLeftKind } from './case-actions.rules.js';

const COLOURS = { left: 'default', today: 'warning', overdue: 'error' } as const;

/** "12 days left" / "due today" / "3 days overdue", counted in the district's calendar. */
export const DaysLeftChip = (_props: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const days = typeof record?.daysLeft === 'number' ? record.daysLeft : null;
  const kind = daysLeftKind(days);
  if (kind === 'none' || days === null) return null;
  return <Chip size="small" color={COLOURS[kind]} data-testid="days-left" label={translate(`resources.cases.days_left.${kind}`, { smart_count: Math.abs(days) })} />;
};
