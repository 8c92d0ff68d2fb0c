import { Admin, CustomRoutes, Resource } from 'react-admin';
import { LoginPage } from 'ra-keycloak';
import { Route } from 'react-router-dom';
import { auditEvents } from './audit-events/index.js';
import { authProvider } from './authProvider.js';
import { Dashboard } from './dashboard/Dashboard.js';
import { createDataProvider } from './dataProvider.js';
import { createFileClient, createHttpClient } from './httpClient.js';
import { i18nProvider } from './i18n/i18nProvider.js';
import { keycloakClient } from './keycloakClient.js';
import { Layout } from './layout/Layout.js';
import { lightTheme } from './layout/theme.js';
import { notices } from './notices/index.js';
import { orgUnits } from './org-units/index.js';
import { planItems } from './plan-items/index.js';
import { planSuggestions } from './plan-suggestions/index.js';
import { plans } from './plans/index.js';
import { researchTopics } from './research-topics/index.js';
import { settings } from './settings/index.js';
import { tenants } from './tenants/index.js';
import { users } from './users/index.js';
import { cases } from './cases/index.js';
import { HandlingReportsPage } from './handling-reports/HandlingReportsPage.js';

const dataProvider = createDataProvider(
  createHttpClient(keycloakClient, i18nProvider.translate),
  createFileClient(keycloakClient, i18nProvider.translate),
);

/**
 * Sign-in is react-admin's flow through ra-keycloak: an anonymous visit lands on `/login`,
 * which sends the browser to the identity provider, which returns to `/auth-callback`.
 * Every resource is declared; the authProvider's canAccess keeps menus, routes and buttons
 * to what the signed-in person may use.
 */
export const App = () => (
  <Admin
    title="xs.app.title"
    authProvider={authProvider}
    dataProvider={dataProvider}
    i18nProvider={i18nProvider}
    loginPage={LoginPage}
    layout={Layout}
    theme={lightTheme}
    darkTheme={null}
    dashboard={Dashboard}
    requireAuth
    disableTelemetry
  >
    <Resource name="tenants" {...tenants} />
    <Resource name="notices" {...notices} />
    <Resource name="plans" {...plans} />
    <Resource name="plan-items" {...planItems} />
    <Resource name="plan-suggestions" {...planSuggestions} />
    <Resource name="research-topics" {...researchTopics} />
    <Resource name="org-units" {...orgUnits} />
    <Resource name="users" {...users} />
    <Resource name="settings" {...settings} />
    <Resource name="audit-events" {...auditEvents} />
    <Resource name="cases" {...cases} />
    <CustomRoutes>
      <Route path="/me" element={<Dashboard />} />
      <Route path="/handling-reports" element={<HandlingReportsPage />} />
    </CustomRoutes>
  </Admin>
);
