import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import { Menu, usePermissions } from 'react-admin';
import type { ConsolePermissions } from '../authProvider.js';
import { isCityUser } from '../access/access.rules.js';

/** Everyone who works inside a district has a calendar; the city's people do not. */
export const CalendarMenuItem = () => {
  const { permissions } = usePermissions<ConsolePermissions>();
  const roles = permissions?.roles ?? [];
  if (roles.length === 0 || isCityUser(roles)) return null;
  return <Menu.Item to="/calendar" primaryText="xs.calendar.title" leftIcon={<CalendarMonthIcon />} />;
};
