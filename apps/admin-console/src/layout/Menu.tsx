import { Menu as RaMenu } from 'react-admin';
import { CalendarMenuItem } from '../calendar/CalendarMenuItem.js';

/** My account first; then each resource the person may list (the authProvider's canAccess decides). */
export const Menu = () => (
  <RaMenu>
    <RaMenu.DashboardItem primaryText="xs.menu.me" />
    <RaMenu.ResourceItems />
    <CalendarMenuItem />
  </RaMenu>
);
