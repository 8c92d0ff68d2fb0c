import {
  MeetingDeadline,
  MeetingEvent,
  meetingEventPayloadSchema,
  type MeetingEventPayload,
  meetingReminderPayloadSchema,
  type NoticeKind,
  PlanningEvent,
} from '@xieshang/contracts';
import { decidedDraft, publishedDraft, revisedDraft, solicitedDraft } from '../notices/notice-text.rules.js';
import { planPublishedSchema, planRevisedSchema, planSolicitedSchema, suggestionDecidedSchema } from '../notices/notice-events.schema.js';
import { HANDLING_NOTICE_ROUTES } from './handling-notice-routes.js';
import { type NoticeRoute, noticeRoute } from './notice-route.js';
import { PROCEDURE_NOTICE_ROUTES } from './procedure-notice-routes.js';
import { instantWords } from './words.rules.js';

/** A meeting event's words for its template: what, when, where, and why (a change's reason). */
const meetingValues = (event: MeetingEventPayload, locale: 'zh-CN' | 'en', zone: string) => ({
  title: event.title,
  date: instantWords(event.startsAt, locale, zone),
  place: event.place,
  reason: event.reason ?? '',
});
/** The invited units' members and the invited people; a personnel consultation reaches no one else. */
const invited = (event: MeetingEventPayload) => ({
  orgUnitIds: event.audience.orgUnitIds,
  personIds: event.audience.personIds,
  confidential: event.audience.confidential,
});
/** A change to the meeting also reaches its organisers, who may have to tell others. */
const invitedAndOrganisers = (event: MeetingEventPayload) => ({
  ...invited(event),
  orgUnitIds: [...event.audience.orgUnitIds, ...event.audience.organiserOrgUnitIds],
});

/** A meeting event's row: every one has the same words, record and link; only who is told differs. */
const meetingRoute = (subject: string, kind: NoticeKind, recipients: (event: MeetingEventPayload) => ReturnType<typeof invited>) =>
  noticeRoute({
    subject,
    kind,
    category: 'meeting',
    payload: meetingEventPayloadSchema,
    recipients,
    title: (event) => event.title,
    values: meetingValues,
    reference: (event) => ({ meetingId: event.meetingId, startsAt: event.startsAt }),
    link: (event) => ({ resource: 'meetings', id: event.meetingId }),
  });

/**
 * From events to notices: one row per event subject. A row names the notice's kind (its
 * template) and category (the person's channel preferences), who must know, the words of the
 * template and the record the notice opens. Adding a service's event is adding a row here (its
 * kind to NOTICE_KINDS, its template to the settings' defaults); events of a context not yet read
 * need a consumer for `evt.<context>.>` in `NOTICE_SOURCES` and in the NATS permissions.
 */
export const NOTICE_ROUTES: readonly NoticeRoute[] = [
  noticeRoute({
    subject: PlanningEvent.PlanSolicited,
    kind: 'plan.solicited',
    category: 'planning',
    payload: planSolicitedSchema,
    recipients: (event) => ({ orgUnitIds: event.partyOrgUnitIds }),
    title: (event) => event.title,
    values: (event, locale) => solicitedDraft(event).values[locale],
    reference: (event) => solicitedDraft(event).reference,
    link: (event) => ({ resource: 'plans', id: event.planId }),
  }),
  noticeRoute({
    subject: PlanningEvent.PlanPublished,
    kind: 'plan.published',
    category: 'planning',
    payload: planPublishedSchema,
    recipients: (event) => ({ orgUnitIds: event.partyOrgUnitIds }),
    title: (event) => event.title,
    values: (event, locale) => publishedDraft(event).values[locale],
    reference: (event) => publishedDraft(event).reference,
    link: (event) => ({ resource: 'plans', id: event.planId }),
  }),
  noticeRoute({
    subject: PlanningEvent.PlanRevised,
    kind: 'plan.revised',
    category: 'planning',
    payload: planRevisedSchema,
    recipients: (event) => ({ orgUnitIds: event.partyOrgUnitIds }),
    title: (event) => event.title,
    values: (event, locale) => revisedDraft(event).values[locale],
    reference: (event) => revisedDraft(event).reference,
    link: (event) => ({ resource: 'plans', id: event.planId }),
  }),
  noticeRoute({
    subject: PlanningEvent.SuggestionDecided,
    kind: 'suggestion.decided',
    category: 'planning',
    payload: suggestionDecidedSchema,
    recipients: (event) => ({ orgUnitIds: [event.orgUnitId] }),
    title: (event) => event.topic,
    values: (event, locale) => decidedDraft(event).values[locale],
    reference: (event) => decidedDraft(event).reference,
    link: (event) => ({ resource: 'plan-suggestions', id: event.suggestionId }),
  }),
  meetingRoute(MeetingEvent.Noticed, 'meeting.noticed', invited),
  meetingRoute(MeetingEvent.DocumentsAvailable, 'meeting.documents-available', invited),
  meetingRoute(MeetingEvent.Rescheduled, 'meeting.rescheduled', invitedAndOrganisers),
  meetingRoute(MeetingEvent.Cancelled, 'meeting.cancelled', invitedAndOrganisers),
  // The day before, the invitees alone are reminded; the payload is the meeting as its events name it.
  noticeRoute({
    subject: MeetingDeadline.Reminder,
    kind: 'meeting.reminder',
    category: 'meeting',
    payload: meetingReminderPayloadSchema,
    recipients: (event) => invited(event.payload),
    title: (event) => event.payload.title,
    values: (event, locale, zone) => meetingValues(event.payload, locale, zone),
    reference: (event) => ({ meetingId: event.payload.meetingId, startsAt: event.payload.startsAt }),
    link: (event) => ({ resource: 'meetings', id: event.payload.meetingId }),
  }),
  ...PROCEDURE_NOTICE_ROUTES,
  ...HANDLING_NOTICE_ROUTES,
];

/** The row of a subject, if any: events without one make no notice. */
export const routeOf = (subject: string): NoticeRoute | undefined => NOTICE_ROUTES.find((route) => route.subject === subject);

/**
 * The consumers that read the events: one per producing context (nats-server 2.9 filters one
 * subject per consumer), each reading `evt.<context>.>` from the time it is created — a new
 * consumer tells nobody about old events. Task events (`evt.<context>.task.*.v1`) come along.
 */
/** The consumers of planning's events before one consumer read each context: deleted at start. */
export const RETIRED_NOTICE_DURABLES = [
  'notification-service_plan-solicited',
  'notification-service_plan-published',
  'notification-service_plan-revised',
  'notification-service_suggestion-decided',
] as const;

export const NOTICE_SOURCES = [
  { durable: 'notification-service_planning-notices', subject: 'evt.planning.>' },
  { durable: 'notification-service_meeting-notices', subject: 'evt.meeting.>' },
  { durable: 'notification-service_written-notices', subject: 'evt.written.>' },
  { durable: 'notification-service_handling-feedback-notices', subject: 'evt.handling-feedback.>' },
] as const;
