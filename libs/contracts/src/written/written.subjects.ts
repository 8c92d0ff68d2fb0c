import { eventSubject } from '../common/event-envelope.js';
import { taskSubjects } from '../common/task.contract.js';

/** Request/reply subjects answered by written-consultation-service: `written.<aggregate>.<verb>`. */
export const WrittenSubject = {
  ListSolicitations: 'written.solicitation.list',
  GetSolicitation: 'written.solicitation.get',
  CreateSolicitation: 'written.solicitation.create',
  UpdateSolicitation: 'written.solicitation.update',
  SendSolicitation: 'written.solicitation.send',
  CloseSolicitation: 'written.solicitation.close',
  AttachToSolicitation: 'written.solicitation.attach',
  GetSolicitationAttachment: 'written.solicitation.attachment',
  ListReplies: 'written.reply.list',
  GetReply: 'written.reply.get',
  CreateReply: 'written.reply.create',
  UpdateReply: 'written.reply.update',
  RequestReplyApproval: 'written.reply.request-approval',
  ReturnReply: 'written.reply.return',
  SubmitReply: 'written.reply.submit',
  GetSummary: 'written.summary.get',
  UpdateSummary: 'written.summary.update',
  SendSummary: 'written.summary.send',
  ExportSummary: 'written.summary.export',
  ListSubmissions: 'written.submission.list',
  GetSubmission: 'written.submission.get',
  CreateSubmission: 'written.submission.create',
  UpdateSubmission: 'written.submission.update',
  RequestSubmissionApproval: 'written.submission.request-approval',
  SubmitSubmission: 'written.submission.submit',
  ForwardSubmission: 'written.submission.forward',
  EscalateSubmission: 'written.submission.escalate',
  ListEscalations: 'written.escalation.list',
  GetEscalation: 'written.escalation.get',
  DecideEscalation: 'written.escalation.decide',
  ListMaterials: 'written.material.list',
  GetMaterial: 'written.material.get',
  SendMaterial: 'written.material.send',
  ConfirmMaterial: 'written.material.confirm',
  AttachToMaterial: 'written.material.attach',
  GetMaterialAttachment: 'written.material.attachment',
} as const;

/** Events written-consultation-service publishes through its outbox (opinions: common/opinion.contract.ts). */
export const WrittenEvent = {
  SolicitationSent: eventSubject('written', 'solicitation', 'sent'),
  /** A district's UFWD raised a research submission to the city (§3.3); the service itself writes it into the parent tenant. */
  SubmissionEscalated: eventSubject('written', 'submission', 'escalated'),
  /** The city decided on an escalated submission; the service itself writes the decision back into the district. */
  EscalationDecided: eventSubject('written', 'escalation', 'decided'),
  MaterialSent: eventSubject('written', 'material', 'sent'),
  /** A branch's reply (or supplement), approved by its leader, reached the unit that solicited it. */
  ReplySubmitted: eventSubject('written', 'reply', 'submitted'),
} as const;

export const WrittenTask = taskSubjects('written');

/** Deadline kinds of a solicitation (`evt.written.deadline.<kind>.v1`). */
export const WrittenDeadline = {
  ReplyReminder: 'reply-reminder',
  ReplyDue: 'reply-due',
} as const;

/** The subjects the scheduler fires for those deadlines. */
export const WrittenDeadlineEvent = {
  ReplyReminder: eventSubject('written', 'deadline', WrittenDeadline.ReplyReminder),
  ReplyDue: eventSubject('written', 'deadline', WrittenDeadline.ReplyDue),
} as const;

export const WrittenErrorCode = {
  SolicitationNotInState: 'WRITTEN.SOLICITATION_NOT_IN_STATE',
  /** A closed solicitation takes no more replies. */
  SolicitationClosed: 'WRITTEN.SOLICITATION_CLOSED',
  ReplyExists: 'WRITTEN.REPLY_EXISTS',
  ReplyNotInState: 'WRITTEN.REPLY_NOT_IN_STATE',
  /** A submitted reply never changes; a supplement may follow it. */
  ReplySubmitted: 'WRITTEN.REPLY_SUBMITTED',
  SubmissionNotInState: 'WRITTEN.SUBMISSION_NOT_IN_STATE',
  /** Only a research report (调研报告) is raised to the city, and only once. */
  NotEscalatable: 'WRITTEN.NOT_ESCALATABLE',
  NoParentTenant: 'WRITTEN.NO_PARENT_TENANT',
  EscalationNotInState: 'WRITTEN.ESCALATION_NOT_IN_STATE',
  /** Field-level refusals that need the directory or the record to decide; the gateway answers 422. */
  NotAPartyBranch: 'VALIDATION.NOT_A_PARTY_BRANCH',
  UnknownSection: 'VALIDATION.UNKNOWN_SECTION',
  ReplyDeadlinePassed: 'VALIDATION.REPLY_DEADLINE_PASSED',
  EmptyReply: 'VALIDATION.EMPTY_REPLY',
  /** A document stored in another district's space is not this district's to attach. */
  ForeignDocument: 'VALIDATION.FOREIGN_DOCUMENT',
} as const;
