import {
  addDocumentCommandSchema,
  agendaOutcomesQuerySchema,
  attachMinutesCommandSchema,
  cancelMeetingCommandSchema,
  createMeetingCommandSchema,
  draftPreparedOpinionCommandSchema,
  findDocumentSchema,
  holdMeetingCommandSchema,
  lateStepCommandSchema,
  meetingFiguresQuerySchema,
  meetingRefSchema,
  MeetingSubject,
  preparedOpinionRefSchema,
  recordMinutesCommandSchema,
  recordOpinionCommandSchema,
  updateMeetingCommandSchema,
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
import { MeetingDocumentsHandler } from './documents/meeting-documents.handler.js';
import { CreateMeetingHandler } from './meetings/commands/create-meeting.handler.js';
import { MeetingStepsHandler } from './meetings/commands/meeting-steps.handler.js';
import { UpdateMeetingHandler } from './meetings/commands/update-meeting.handler.js';
import { MeetingFiguresHandler } from './meetings/queries/meeting-figures.handler.js';
import { getMeetingSchema, listMeetingsSchema, MeetingQueriesHandler } from './meetings/queries/meeting-queries.handler.js';
import { AgendaOutcomesHandler } from './opinions/agenda-outcomes.handler.js';
import { RecordOpinionHandler } from './opinions/record-opinion.handler.js';
import { TransferOutcomesHandler } from './opinions/transfer-outcomes.handler.js';
import { AcceptPlanChangeHandler } from './plan/accept-plan-change.handler.js';
import { PreparedOpinionHandler } from './prepared-opinions/prepared-opinion.handler.js';
import { ConfirmReadingHandler } from './readings/confirm-reading.handler.js';
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
  route(MeetingSubject.List, listMeetingsSchema, MeetingQueriesHandler, 'list'),
  route(MeetingSubject.Get, getMeetingSchema, MeetingQueriesHandler, 'get'),
  route(MeetingSubject.Create, createMeetingCommandSchema, CreateMeetingHandler, 'execute'),
  route(MeetingSubject.Update, updateMeetingCommandSchema, UpdateMeetingHandler, 'execute'),
  route(MeetingSubject.Notice, lateStepCommandSchema, MeetingStepsHandler, 'notice'),
  route(MeetingSubject.ProvideDocuments, lateStepCommandSchema, MeetingStepsHandler, 'provideDocuments'),
  route(MeetingSubject.Hold, holdMeetingCommandSchema, MeetingStepsHandler, 'hold'),
  route(MeetingSubject.RecordMinutes, recordMinutesCommandSchema, MeetingStepsHandler, 'recordMinutes'),
  route(MeetingSubject.TransferOutcomes, meetingRefSchema, TransferOutcomesHandler, 'execute'),
  route(MeetingSubject.Close, meetingRefSchema, MeetingStepsHandler, 'close'),
  route(MeetingSubject.Cancel, cancelMeetingCommandSchema, MeetingStepsHandler, 'cancel'),
  route(MeetingSubject.AcceptPlanChange, meetingRefSchema, AcceptPlanChangeHandler, 'execute'),
  route(MeetingSubject.Figures, meetingFiguresQuerySchema, MeetingFiguresHandler, 'execute'),
  route(MeetingSubject.ConfirmReading, meetingRefSchema, ConfirmReadingHandler, 'execute'),
  route(MeetingSubject.DraftPreparedOpinion, draftPreparedOpinionCommandSchema, PreparedOpinionHandler, 'draft'),
  route(MeetingSubject.ApprovePreparedOpinion, preparedOpinionRefSchema, PreparedOpinionHandler, 'approve'),
  route(MeetingSubject.RecordOpinion, recordOpinionCommandSchema, RecordOpinionHandler, 'execute'),
  route(MeetingSubject.ListAgendaOutcomes, agendaOutcomesQuerySchema, AgendaOutcomesHandler, 'list'),
  route(MeetingSubject.AddDocument, addDocumentCommandSchema, MeetingDocumentsHandler, 'add'),
  route(MeetingSubject.FindDocument, findDocumentSchema, MeetingDocumentsHandler, 'find'),
  route(MeetingSubject.AttachMinutes, attachMinutesCommandSchema, MeetingDocumentsHandler, 'attachMinutes'),
  route(MeetingSubject.FindMinutesAttachment, meetingRefSchema, MeetingDocumentsHandler, 'findMinutesAttachment'),
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
