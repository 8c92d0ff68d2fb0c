import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { AppBar } from './AppBar.js';
import { Menu } from './Menu.js';
import { LiveNotices } from '../notices/LiveNotices.js';

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout appBar={AppBar} menu={Menu}>
    <LiveNotices />
    {children}
  </RaLayout>
);
