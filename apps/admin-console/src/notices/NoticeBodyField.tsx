import type { NoticeView } from '@xieshang/contracts';
import { Typography } from '@mui/material';
import { useLocaleState, useRecordContext } from 'react-admin';
import { noticeBody } from './notice-display.rules.js';

/** The notice's text in the console's current language. */
export const NoticeBodyField = (_props: { label?: string }) => {
  const notice = useRecordContext<NoticeView>();
  const [locale] = useLocaleState();
  if (!notice) return null;
  return (
    <Typography variant="body2" component="span" sx={{ fontWeight: 'inherit', whiteSpace: 'pre-line' }} data-testid="notice-body">
      {noticeBody(notice, locale)}
    </Typography>
  );
};
