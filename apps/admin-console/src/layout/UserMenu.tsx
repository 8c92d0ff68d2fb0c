import NotificationsActiveIcon from '@mui/icons-material/NotificationsActive';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { Logout, UserMenu as RaUserMenu, useGetIdentity, useTranslate, useUserMenu } from 'react-admin';
import { Link } from 'react-router-dom';

/**
 * The signed-in person's name on the button (from the token), and sign-out. The button's
 * accessible name starts with the name it shows, so speech input can reach it by what is seen.
 */
export const UserMenu = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const label = identity?.fullName ? translate('xs.a11y.user_menu_of', { name: identity.fullName }) : 'ra.auth.user_menu';
  return (
    <RaUserMenu label={label}>
      <NoticePreferencesItem />
      <Logout />
    </RaUserMenu>
  );
};

/** The person's own notice channels (通知设置). */
const NoticePreferencesItem = () => {
  const translate = useTranslate();
  const menu = useUserMenu();
  return (
    <MenuItem component={Link} to="/notice-preferences" onClick={() => menu?.onClose()}>
      <ListItemIcon>
        <NotificationsActiveIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('resources.notice-preferences.name')}</ListItemText>
    </MenuItem>
  );
};
