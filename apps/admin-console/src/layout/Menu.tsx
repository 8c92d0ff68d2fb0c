import AssessmentIcon from '@mui/icons-material/Assessment';
import { Menu as RaMenu, usePermissions } from 'react-admin';
import type { ConsolePermissions } from '../authProvider.js';
import { CalendarMenuItem } from '../calendar/CalendarMenuItem.js';

/** Who reads the handling reports: the year-end report's readers, the supervisor, and the departments and parties a published report reaches. */
const REPORT_READERS = ['office', 'ufwd', 'gov-office', 'leader', 'supervisor', 'department', 'party-member', 'party-leader'];

/** My account first; then each resource the person may list (the authProvider's canAccess decides); then the handling reports and the calendar. */
export const Menu = () => {
  const { permissions } = usePermissions<ConsolePermissions>();
  return (
    <RaMenu>
      <RaMenu.DashboardItem primaryText="xs.menu.me" />
      <RaMenu.ResourceItems />
      {(permissions?.roles ?? []).some((role) => REPORT_READERS.includes(role)) && (
        <RaMenu.Item to="/handling-reports" primaryText="resources.handling-reports.title" leftIcon={<AssessmentIcon />} />
      )}
      <CalendarMenuItem />
    </RaMenu>
  );
};
