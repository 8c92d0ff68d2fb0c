import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import type { NoticeView } from '@xieshang/contracts';
import { Button, useCreatePath, useRecordContext } from 'react-admin';
import { Link } from 'react-router-dom';
import { recordPath } from './notice-display.rules.js';

/** Opens what the notice is about: the plan, the suggestion, the meeting, a year's supervision reports. */
export const OpenRecordButton = () => {
  const notice = useRecordContext<NoticeView>();
  const createPath = useCreatePath();
  if (!notice?.link) return null;
  return (
    <Button
      component={Link}
      to={recordPath(notice.link, (link) => createPath({ resource: link.resource, id: link.id, type: 'show' }))}
      label="resources.notices.open_record"
      data-testid="notice-open-record"
    >
      <OpenInNewIcon />
    </Button>
  );
};
