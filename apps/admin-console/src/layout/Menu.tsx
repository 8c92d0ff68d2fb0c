import { Menu as RaMenu } from 'react-admin';

export const Menu = () => (
  <RaMenu>
    <RaMenu.DashboardItem primaryText="xs.menu.me" />
  </RaMenu>
);
