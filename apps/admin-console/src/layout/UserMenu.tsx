import { Logout, UserMenu as RaUserMenu, useGetIdentity, useTranslate } from 'react-admin';

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
      <Logout />
    </RaUserMenu>
  );
};
