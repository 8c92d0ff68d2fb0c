import {
  CalendarSubject,
  calendarFeedSchema,
  calendarWindowSchema,
  attachInterviewDocumentCommandSchema,
  declineInterviewCommandSchema,
  interviewDocumentRefSchema,
  InterviewSubject,
  interviewRefSchema,
  inviteInterviewCommandSchema,
  recordInterviewCommandSchema,
  requestInterviewCommandSchema,
  scheduleInterviewCommandSchema,
} from '@xieshang/contracts';
import { route } from '@xieshang/platform-runtime';
import { CalendarEventsHandler } from './calendar/calendar-events.handler.js';
import { CalendarSubscriptionHandler } from './calendar/calendar-subscription.handler.js';
import { InterviewDocumentsHandler } from './interviews/commands/interview-documents.handler.js';
import { InterviewStepsHandler } from './interviews/commands/interview-steps.handler.js';
import { InviteInterviewHandler } from './interviews/commands/invite-interview.handler.js';
import { RecordInterviewHandler } from './interviews/commands/record-interview.handler.js';
import { RequestInterviewHandler } from './interviews/commands/request-interview.handler.js';
import { ScheduleInterviewHandler } from './interviews/commands/schedule-interview.handler.js';
import { InterviewDirectory } from './interviews/interview-directory.js';
import { getInterviewSchema, InterviewQueriesHandler, listInterviewsSchema } from './interviews/queries/interview-queries.handler.js';

/** Every subject meeting-service answers: subject, input schema, handler method. */
export const MEETING_ROUTES = [
  route(InterviewSubject.List, listInterviewsSchema, InterviewQueriesHandler, 'list'),
  route(InterviewSubject.Get, getInterviewSchema, InterviewQueriesHandler, 'get'),
  route(InterviewSubject.Invite, inviteInterviewCommandSchema, InviteInterviewHandler, 'execute'),
  route(InterviewSubject.Request, requestInterviewCommandSchema, RequestInterviewHandler, 'execute'),
  route(InterviewSubject.Schedule, scheduleInterviewCommandSchema, ScheduleInterviewHandler, 'execute'),
  route(InterviewSubject.Decline, declineInterviewCommandSchema, InterviewStepsHandler, 'decline'),
  route(InterviewSubject.Hold, interviewRefSchema, InterviewStepsHandler, 'hold'),
  route(InterviewSubject.Record, recordInterviewCommandSchema, RecordInterviewHandler, 'execute'),
  route(InterviewSubject.Leaders, null, InterviewDirectory, 'leaders'),
  route(InterviewSubject.AttachDocument, attachInterviewDocumentCommandSchema, InterviewDocumentsHandler, 'attach'),
  route(InterviewSubject.GetDocument, interviewDocumentRefSchema, InterviewDocumentsHandler, 'get'),
  route(CalendarSubject.Events, calendarWindowSchema, CalendarEventsHandler, 'events'),
  route(CalendarSubject.Feed, calendarFeedSchema, CalendarEventsHandler, 'feed'),
  route(CalendarSubject.GetSubscription, null, CalendarSubscriptionHandler, 'get'),
  route(CalendarSubject.RotateSubscription, null, CalendarSubscriptionHandler, 'rotate'),
  route(CalendarSubject.RevokeSubscription, null, CalendarSubscriptionHandler, 'revoke'),
];
