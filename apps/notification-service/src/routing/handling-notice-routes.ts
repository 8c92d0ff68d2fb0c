import {
  type CaseAssignedPayload,
  caseAssignedPayloadSchema,
  type CaseReturnedPayload,
  caseReturnedPayloadSchema,
  HandlingEvent,
  type SupervisionPublishedPayload,
  supervisionPublishedPayloadSchema,
} from '@xieshang/contracts';
import { type NoticeRoute, noticeRoute, type Recipients } from './notice-route.js';
import { dayWords } from './words.rules.js';

/** A department reads its own cases and the reports naming it through the `department` role in it. */
const departments = (orgUnitIds: readonly string[]) => [...new Set(orgUnitIds)].map((orgUnitId) => ({ orgUnitId, roles: ['department' as const] }));

/** The lead department and every co-handling department. */
export const caseAssignedRecipients = (event: CaseAssignedPayload): Recipients => ({ orgUnitRoles: departments([event.leadOrgUnitId, ...event.coHandlerOrgUnitIds]) });

/** The office that assigned it, by the assigning role in its unit (the district's holders of it when it has none). */
export const caseReturnedRecipients = (event: CaseReturnedPayload): Recipients =>
  event.assignerOrgUnitId ? { orgUnitRoles: [{ orgUnitId: event.assignerOrgUnitId, roles: [event.assignedByRole] }] } : { roles: [event.assignedByRole] };

/**
 * Those who may read the report (its read rule in handling-feedback-service): the departments it
 * names, and the organisers who review handling with the supervisor, office and UFWD.
 */
export const supervisionPublishedRecipients = (event: SupervisionPublishedPayload): Recipients => ({
  orgUnitRoles: departments(event.namedOrgUnitIds),
  roles: ['office', 'ufwd'],
});

/** The rows of handling-feedback-service's steps: a case assigned or returned, a supervision report published. */
export const HANDLING_NOTICE_ROUTES: readonly NoticeRoute[] = [
  noticeRoute({
    subject: HandlingEvent.Assigned,
    kind: 'case.assigned',
    category: 'handling',
    payload: caseAssignedPayloadSchema,
    recipients: caseAssignedRecipients,
    title: (event) => event.title,
    values: (event, locale, zone) => ({
      title: event.title,
      number: String(event.number),
      unit: locale === 'zh-CN' ? '牵头单位' : 'the lead department',
      dueDate: dayWords(event.dueAt, locale, zone),
    }),
    reference: (event) => ({ caseId: event.caseId, dueAt: event.dueAt }),
    link: (event) => ({ resource: 'cases', id: event.caseId }),
  }),
  noticeRoute({
    subject: HandlingEvent.Returned,
    kind: 'case.returned',
    category: 'handling',
    payload: caseReturnedPayloadSchema,
    recipients: caseReturnedRecipients,
    title: (event) => event.title,
    values: (event) => ({ title: event.title, number: String(event.number), reason: event.reason }),
    reference: (event) => ({ caseId: event.caseId, returnedByOrgUnitId: event.returnedByOrgUnitId }),
    link: (event) => ({ resource: 'cases', id: event.caseId }),
  }),
  noticeRoute({
    subject: HandlingEvent.SupervisionPublished,
    kind: 'supervision.published',
    category: 'supervision',
    payload: supervisionPublishedPayloadSchema,
    recipients: supervisionPublishedRecipients,
    title: (event) => event.title,
    values: (event) => ({ title: event.title, year: String(event.year), count: String(event.namedOrgUnitIds.length) }),
    reference: (event) => ({ reportId: event.reportId, year: event.year }),
    // The year's reports are one page of the console, not a resource with a page per report.
    link: (event) => ({ resource: 'handling-reports', id: String(event.year) }),
  }),
];
