import simpleRestProvider from 'ra-data-simple-rest';
import type { DashboardView, PlanRevisionView, Preferences, PreferencesView, SupervisionReportView, YearEndReportView } from '@xieshang/contracts';
import type { DataProvider, Identifier, RaRecord } from 'react-admin';
import type { AuditChainReport } from './audit-events/audit-event.js';
import { consoleConfig } from './config.js';
import type { DistrictFigures } from './dashboard/district-figures.js';
import type { Me } from './dashboard/me.js';
import type { FileClient, HttpClient } from './httpClient.js';
import { createDocumentApi, type DocumentApi } from './documents/document-api.js';
import type { PlanApi } from './plans/plan-api.js';
import { planItemPayload, type PlanItemFormValues } from './plans/plan-item-payload.rules.js';
import { updatePayload, withRecordId } from './record-shape.rules.js';
import type { Tenant } from './tenants/tenant.js';
import type { WrittenApi } from './solicitations/written-api.js';
import type { SummaryView } from '@xieshang/contracts';
import { attachmentName } from './documents/document-files.rules.js';
import { calendarApi, type CalendarApi } from './calendar/calendar-api.js';
import { interviewApi, type InterviewApi } from './interviews/interview-api.js';
import { settingRows, type SettingRow, type SettingValue } from './settings/settings.rules.js';

/** Simple REST on the gateway, plus the calls that are not about a resource list. */
export interface ConsoleDataProvider extends DataProvider, PlanApi, DocumentApi, InterviewApi, CalendarApi, WrittenApi {
  getMe(): Promise<Me>;
  getDistrictFigures(): Promise<DistrictFigures[]>;
  /** Every tenant the person may see, unsorted and unpaged, for the tenant switcher. */
  getTenants(): Promise<Tenant[]>;
  /** `POST /<resource>/:id/<action>`, e.g. retire an org unit or disable a person. */
  runAction(resource: string, id: Identifier, action: string, body?: object): Promise<RaRecord | null>;
  getSettings(): Promise<SettingRow[]>;
  saveSettings(values: Record<string, SettingValue>): Promise<void>;
  /** Drops the tenant's own value, so that the city's or the default applies again. */
  resetSetting(key: string): Promise<void>;
  verifyAuditChain(): Promise<AuditChainReport>;
  /** The signed-in person's own notice channels. */
  getNoticePreferences(): Promise<PreferencesView>;
  saveNoticePreferences(preferences: Preferences): Promise<PreferencesView>;
  /** The organisers' dashboard of a year; `district` names the district a city user reads. */
  getHandlingDashboard(year: number, district?: string): Promise<DashboardView>;
  getYearEndReport(year: number): Promise<YearEndReportView>;
  exportYearEnd(year: number, format: 'docx' | 'xlsx'): Promise<{ blob: Blob; fileName: string }>;
  getSupervisionDraft(year: number): Promise<SupervisionReportView>;
  getSupervisionReports(year: number): Promise<SupervisionReportView[]>;
  publishSupervision(body: { year: number; title: string; remarks: string }): Promise<SupervisionReportView>;
}

const api = (path: string) => `${consoleConfig.apiUrl}${path}`;

export const createDataProvider = (httpClient: HttpClient, fileClient: FileClient): ConsoleDataProvider => {
  const rest = simpleRestProvider(consoleConfig.apiUrl, httpClient);
  const getSettings = async () => settingRows((await httpClient(api('/settings'))).json);
  const documents = createDocumentApi(httpClient, fileClient);
  return {
    ...rest,
    // uploadDocument, downloadDocument: any feature's documents.
    ...documents,
    ...interviewApi(httpClient),
    ...calendarApi(httpClient),
    async getList(resource, params) {
      // The settings come as one list without paging, hence without Content-Range.
      if (resource === 'settings') {
        const data = await getSettings();
        return { data: data as never[], total: data.length };
      }
      const page = await rest.getList(resource, params);
      return { ...page, data: page.data.map((record) => withRecordId(resource, record)) };
    },
    async getOne(resource, params) {
      const { data } = await rest.getOne(resource, params);
      return { data: withRecordId(resource, data) };
    },
    async getMany(resource, params) {
      const { data } = await rest.getMany(resource, params);
      return { data: data.map((record) => withRecordId(resource, record)) };
    },
    async create(resource, params) {
      // An item is added to its plan: `POST /plans/:planId/items`.
      if (resource === 'plan-items') {
        const values = params.data as PlanItemFormValues;
        const { json } = await httpClient(api(`/plans/${encodeURIComponent(String(values.planId))}/items`), {
          method: 'POST',
          body: JSON.stringify(planItemPayload(values)),
        });
        return { data: json };
      }
      return rest.create(resource, params);
    },
    async update(resource, params) {
      const data =
        resource === 'plan-items'
          ? planItemPayload(params.data as PlanItemFormValues)
          : updatePayload(resource, params.data);
      return rest.update(resource, { ...params, data });
    },
    async getNoticePreferences() {
      return (await httpClient(api('/notice-preferences'))).json as PreferencesView;
    },
    async saveNoticePreferences(preferences) {
      return (await httpClient(api('/notice-preferences'), { method: 'PUT', body: JSON.stringify(preferences) })).json as PreferencesView;
    },
    async getMe() {
      return (await httpClient(api('/me'))).json as Me;
    },
    async getDistrictFigures() {
      return (await httpClient(api('/district-figures'))).json as DistrictFigures[];
    },
    async getTenants() {
      const { json } = await httpClient(api(`/tenants?range=${encodeURIComponent('[0,499]')}`));
      return (json as Tenant[]).map((tenant) => withRecordId('tenants', tenant));
    },
    async runAction(resource, id, action, body = {}) {
      const { json } = await httpClient(api(`/${resource}/${encodeURIComponent(String(id))}/${action}`), {
        method: 'POST',
        body: JSON.stringify(body),
      });
      return (json as RaRecord | null) ?? null;
    },
    getSettings,
    async saveSettings(values) {
      await httpClient(api('/settings'), { method: 'PUT', body: JSON.stringify({ values }) });
    },
    async resetSetting(key) {
      await httpClient(api(`/settings/${encodeURIComponent(key)}`), { method: 'DELETE' });
    },
    async getPlanRevisions(planId) {
      const { json } = await httpClient(api(`/plans/${encodeURIComponent(String(planId))}/revisions`));
      return json as PlanRevisionView[];
    },
    async exportPlan(planId, format) {
      return documents.downloadDocument(`/plans/${encodeURIComponent(String(planId))}/export.${format}`, `plan.${format}`);
    },
    async getSummary(solicitationId) {
      return (await httpClient(api(`/solicitations/${encodeURIComponent(String(solicitationId))}/summary`))).json as SummaryView;
    },
    async saveSummary(solicitationId, body) {
      const { json } = await httpClient(api(`/solicitations/${encodeURIComponent(String(solicitationId))}/summary`), { method: 'PUT', body: JSON.stringify(body) });
      return json as SummaryView;
    },
    async exportSummary(solicitationId, format) {
      return documents.downloadDocument(`/solicitations/${encodeURIComponent(String(solicitationId))}/summary/export.${format}`, `summary.${format}`);
    },
    async verifyAuditChain() {
      return (await httpClient(api('/audit-events/verify'))).json as AuditChainReport;
    },
    async getHandlingDashboard(year, district) {
      const headers = district ? new Headers({ Accept: 'application/json', 'X-Tenant': district }) : undefined;
      return (await httpClient(api(`/handling-dashboard?year=${year}`), headers ? { headers } : {})).json as DashboardView;
    },
    async getYearEndReport(year) {
      return (await httpClient(api(`/handling-reports/year-end/${year}`))).json as YearEndReportView;
    },
    async exportYearEnd(year, format) {
      const file = format === 'docx' ? 'report.docx' : 'ledger.xlsx';
      const response = await fileClient(api(`/handling-reports/year-end/${year}/${file}`));
      return { blob: await response.blob(), fileName: attachmentName(response.headers.get('content-disposition'), file) };
    },
    async getSupervisionDraft(year) {
      return (await httpClient(api(`/handling-reports/supervision/${year}/draft`))).json as SupervisionReportView;
    },
    async getSupervisionReports(year) {
      return (await httpClient(api(`/handling-reports/supervision/${year}`))).json as SupervisionReportView[];
    },
    async publishSupervision(body) {
      return (await httpClient(api('/handling-reports/supervision'), { method: 'POST', body: JSON.stringify(body) })).json as SupervisionReportView;
    },
  };
};
