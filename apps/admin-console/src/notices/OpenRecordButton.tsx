import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import type { NoticeView } from '@xieshang/contracts';
import { Button, useCreatePath, useRecordContext } from 'react-admin';
import { Link } from 'react-router-dom';

/** Opens what the notice is about: the plan, the suggestion, the meeting. */
export const OpenRecordButton = () => {
  const notice = useRecordContext<NoticeView>();
  const createPath = useCreatePath();
  if (!notice?.link) return null;
  return (
    <Button
      component={Link}
      to={createPath({ resource: notice.link.resource, id: notice.link.id, type: 'show' })}
      label="resources.notices.open_record"
      data-testid="notice-open-record"
    >
      <OpenInNewIcon />
    </Button>
  );
};
