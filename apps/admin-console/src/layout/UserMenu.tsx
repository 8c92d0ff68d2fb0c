import { Logout, UserMenu as RaUserMenu } from 'react-admin';

/** The signed-in person's name on the button (from the token), and sign-out. */
export const UserMenu = () => (
  <RaUserMenu>
    <Logout />
  </RaUserMenu>
);
