import { Typography } from '@mui/material';
import { AppBar as RaAppBar, LocalesMenuButton, TitlePortal, useTranslate } from 'react-admin';
import { TenantSwitcher } from '../tenant-switch/TenantSwitcher.js';
import { UserMenu } from './UserMenu.js';

export const AppBar = () => {
  const translate = useTranslate();
  return (
    <RaAppBar
      userMenu={<UserMenu />}
      toolbar={
        <>
          <TenantSwitcher />
          <span data-testid="locale-switch">
            <LocalesMenuButton />
          </span>
        </>
      }
    >
      {/* On a phone the bar has room for the page title only. */}
      <Typography variant="h6" component="span" data-testid="app-title" sx={{ mr: 2, whiteSpace: 'nowrap', display: { xs: 'none', md: 'block' } }}>
        {translate('xs.app.title')}
      </Typography>
      {/* The page's own title is its one h1; the app's name above stays plain text. */}
      <TitlePortal component="h1" />
    </RaAppBar>
  );
};
