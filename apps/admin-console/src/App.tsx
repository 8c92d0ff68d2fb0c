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
import { meetings } from './meetings/index.js';
import { notices } from './notices/index.js';
import { interviews } from './interviews/index.js';
import { CalendarPage } from './calendar/CalendarPage.js';
import { noticeDeliveries } from './notice-deliveries/index.js';
import { NoticePreferencesPage } from './notices/NoticePreferencesPage.js';
import { orgUnits } from './org-units/index.js';
import { planItems } from './plan-items/index.js';
import { planSuggestions } from './plan-suggestions/index.js';
import { plans } from './plans/index.js';
import { researchTopics } from './research-topics/index.js';
import { settings } from './settings/index.js';
import { solicitations } from './solicitations/index.js';
import { submissions } from './submissions/index.js';
import { materials } from './materials/index.js';
import { escalations } from './escalations/index.js';
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
    <Resource name="meetings" {...meetings} />
    <Resource name="interviews" {...interviews} />
    <Resource name="org-units" {...orgUnits} />
    <Resource name="users" {...users} />
    <Resource name="settings" {...settings} />
    <Resource name="audit-events" {...auditEvents} />
    <Resource name="notice-deliveries" {...noticeDeliveries} />
    <Resource name="solicitations" {...solicitations} />
    <Resource name="replies" />
    <Resource name="submissions" {...submissions} />
    <Resource name="materials" {...materials} />
    <Resource name="escalations" {...escalations} />
    <Resource name="cases" {...cases} />
    <CustomRoutes>
      <Route path="/me" element={<Dashboard />} />
      <Route path="/calendar" element={<CalendarPage />} />
      <Route path="/notice-preferences" element={<NoticePreferencesPage />} />
      <Route path="/handling-reports" element={<HandlingReportsPage />} />
    </CustomRoutes>
  </Admin>
);
