import type { z } from 'zod';
import { auditRecordedPayloadSchema, isAuditSubject } from './audit/audit.contract.js';
import { OpinionEvent, opinionRecordedPayloadSchema } from './common/opinion.contract.js';
import { taskDonePayloadSchema, taskOpenedPayloadSchema } from './common/task.contract.js';
import { PersonEvent, personAccessChangedPayloadSchema } from './directory/person-admin.contract.js';
import { TenantEvent, tenantCreatedPayloadSchema } from './directory/tenant.contract.js';
import {
  planApprovedPayloadSchema,
  planPublishedPayloadSchema,
  planRevisedPayloadSchema,
  planSolicitedPayloadSchema,
  suggestionDecidedPayloadSchema,
} from './planning/planning-events.contract.js';
import { MeetingDeadline, meetingDeadlinePayloadSchema, MeetingEvent, meetingEventPayloadSchema, meetingReminderPayloadSchema } from './meeting/meeting-events.contract.js';
import { PlanningEvent } from './planning/planning.subjects.js';
import { WrittenDeadlineEvent, WrittenEvent } from './written/written.subjects.js';
import {
  escalationDecidedPayloadSchema,
  materialSentPayloadSchema,
  replySubmittedPayloadSchema,
  solicitationSentPayloadSchema,
  submissionEscalatedPayloadSchema,
  replyDeadlinePayloadSchema,
} from './written/written-events.contract.js';
import { InterviewEvent, interviewEventPayloadSchema } from './meeting/interview.contract.js';
import { HandlingDeadline, HandlingEvent } from './handling/handling.subjects.js';
import { caseDeadlinePayloadSchema, caseFedBackPayloadSchema } from './handling/case.contract.js';
import { caseAssignedPayloadSchema, caseReturnedPayloadSchema, supervisionPublishedPayloadSchema } from './handling/handling-events.contract.js';

/** Every event subject the services publish through an outbox, with the schema of its payload. */
export const EVENT_CONTRACTS: Readonly<Record<string, z.ZodType>> = {
  [PlanningEvent.PlanSolicited]: planSolicitedPayloadSchema,
  [PlanningEvent.PlanApproved]: planApprovedPayloadSchema,
  [PlanningEvent.PlanPublished]: planPublishedPayloadSchema,
  [PlanningEvent.PlanRevised]: planRevisedPayloadSchema,
  [PlanningEvent.SuggestionDecided]: suggestionDecidedPayloadSchema,
  [TenantEvent.Created]: tenantCreatedPayloadSchema,
  [PersonEvent.Disabled]: personAccessChangedPayloadSchema,
  [PersonEvent.Enabled]: personAccessChangedPayloadSchema,
  [OpinionEvent.FromMeeting]: opinionRecordedPayloadSchema,
  ...Object.fromEntries(Object.values(MeetingEvent).map((subject) => [subject, meetingEventPayloadSchema])),
  [OpinionEvent.FromWritten]: opinionRecordedPayloadSchema,
  [WrittenEvent.SolicitationSent]: solicitationSentPayloadSchema,
  [WrittenEvent.SubmissionEscalated]: submissionEscalatedPayloadSchema,
  [WrittenEvent.EscalationDecided]: escalationDecidedPayloadSchema,
  [WrittenEvent.MaterialSent]: materialSentPayloadSchema,
  [WrittenEvent.ReplySubmitted]: replySubmittedPayloadSchema,
  ...Object.fromEntries(Object.values(InterviewEvent).map((subject) => [subject, interviewEventPayloadSchema])),
  [HandlingEvent.FedBack]: caseFedBackPayloadSchema,
  [HandlingEvent.Assigned]: caseAssignedPayloadSchema,
  [HandlingEvent.Returned]: caseReturnedPayloadSchema,
  [HandlingEvent.SupervisionPublished]: supervisionPublishedPayloadSchema,
  [MeetingDeadline.NoticeDue]: meetingDeadlinePayloadSchema,
  [MeetingDeadline.DocumentsDue]: meetingDeadlinePayloadSchema,
  [MeetingDeadline.Reminder]: meetingReminderPayloadSchema,
  ...Object.fromEntries(Object.values(WrittenDeadlineEvent).map((subject) => [subject, replyDeadlinePayloadSchema])),
  ...Object.fromEntries(Object.values(HandlingDeadline).map((subject) => [subject, caseDeadlinePayloadSchema])),
};

const TASK_SUBJECT = /^evt\.[a-z-]+\.task\.(opened|done)\.v1$/;

/** The payload schema of a subject: its own, the audit or task schema every context shares, or none. */
export const eventContractOf = (subject: string): z.ZodType | undefined => {
  if (EVENT_CONTRACTS[subject]) return EVENT_CONTRACTS[subject];
  if (isAuditSubject(subject)) return auditRecordedPayloadSchema;
  const task = TASK_SUBJECT.exec(subject);
  if (task) return task[1] === 'opened' ? taskOpenedPayloadSchema : taskDonePayloadSchema;
  return undefined;
};
