import { defaultLightTheme, type RaThemeOptions } from 'react-admin';

/**
 * react-admin's light theme with colours dark enough for white text on them and for coloured
 * text on the page and the grey form toolbar (WCAG AA, 4.5:1): the default app bar blue and
 * MUI's warning orange and info blue fall short of it.
 */
export const lightTheme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: {
    ...defaultLightTheme.palette,
    primary: { main: '#0b5cad', contrastText: '#fff' },
    secondary: { main: '#01579b', contrastText: '#fff' },
    info: { main: '#0262a0', contrastText: '#fff' },
    success: { main: '#2e7d32', contrastText: '#fff' },
    warning: { main: '#a04800', contrastText: '#fff' },
    error: { main: '#c62828', contrastText: '#fff' },
  },
  components: {
    ...defaultLightTheme.components,
    // These pages fade their message (half opacity, the disabled text colour), below the contrast text needs.
    RaAccessDenied: { styleOverrides: { root: { '& .RaAccessDenied-message': { opacity: 1, color: 'rgba(0, 0, 0, 0.6)' } } } },
    RaEmpty: { styleOverrides: { root: { '& .RaEmpty-message': { color: 'rgba(0, 0, 0, 0.6)' } } } },
    RaNotFound: { styleOverrides: { root: { '& .RaNotFound-message': { opacity: 1, color: 'rgba(0, 0, 0, 0.6)' } } } },
  },
};
