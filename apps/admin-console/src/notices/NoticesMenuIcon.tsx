import NotificationsIcon from '@mui/icons-material/Notifications';
import { Badge } from '@mui/material';
import { badgeCount } from './notice-display.rules.js';
import { useUnreadNotices } from './useUnreadNotices.js';

/** The menu's icon for notices, with the number still unread. */
export const NoticesMenuIcon = () => {
  const count = badgeCount(useUnreadNotices());
  return (
    <Badge badgeContent={count} color="error" invisible={count === null} data-testid="notices-unread-badge">
      <NotificationsIcon />
    </Badge>
  );
};
