import { Admin, CustomRoutes } from 'react-admin';
import { LoginPage } from 'ra-keycloak';
import { Route } from 'react-router-dom';
import { authProvider } from './authProvider.js';
import { Dashboard } from './dashboard/Dashboard.js';
import { createDataProvider } from './dataProvider.js';
import { createHttpClient } from './httpClient.js';
import { i18nProvider } from './i18n/i18nProvider.js';
import { keycloakClient } from './keycloakClient.js';
import { Layout } from './layout/Layout.js';

const dataProvider = createDataProvider(createHttpClient(keycloakClient, i18nProvider.translate));

/**
 * Sign-in is react-admin's flow through ra-keycloak: an anonymous visit lands on `/login`,
 * which sends the browser to the identity provider, which returns to `/auth-callback`.
 */
export const App = () => (
  <Admin
    title="xs.app.title"
    authProvider={authProvider}
    dataProvider={dataProvider}
    i18nProvider={i18nProvider}
    loginPage={LoginPage}
    layout={Layout}
    dashboard={Dashboard}
    requireAuth
    disableTelemetry
  >
    {/* The account page at its own address too; an Admin with no routes at all would skip sign-in. */}
    <CustomRoutes>
      <Route path="/me" element={<Dashboard />} />
    </CustomRoutes>
  </Admin>
);
