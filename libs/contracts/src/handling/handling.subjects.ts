import { taskSubjects } from '../common/task.contract.js';

/** Request/reply subjects answered by handling-feedback-service: `<context>.<aggregate>.<verb>`. */
export const HandlingSubject = {
  ListCases: 'handling-feedback.case.list',
  GetCase: 'handling-feedback.case.get',
  RegisterCase: 'handling-feedback.case.register',
  AcceptCase: 'handling-feedback.case.accept',
  MergeCases: 'handling-feedback.case.merge',
  SplitCase: 'handling-feedback.case.split',
  CloseCase: 'handling-feedback.case.close',
  RecordAdoption: 'handling-feedback.case.record-adoption',
  AssignCase: 'handling-feedback.case.assign',
  ReturnCase: 'handling-feedback.case.return',
  ReplyCase: 'handling-feedback.case.reply',
  CoSignCase: 'handling-feedback.case.co-sign',
  ApproveReply: 'handling-feedback.case.approve',
  SendBackReply: 'handling-feedback.case.send-back',
  ReleaseReply: 'handling-feedback.case.release',
  RateCase: 'handling-feedback.case.rate',
  ExtendCase: 'handling-feedback.case.extend',
  SupervisionReport: 'handling-feedback.report.supervision',
  PublishSupervision: 'handling-feedback.report.publish-supervision',
  ListSupervision: 'handling-feedback.report.list-supervision',
  YearEndReport: 'handling-feedback.report.year-end',
  ExportYearEnd: 'handling-feedback.report.export-year-end',
  /** The organisers' figures of one district; a city observer asks district by district with X-Tenant. */
  Dashboard: 'handling-feedback.dashboard.get',
} as const;

/** Tasks (待办) of handling: a case to triage, to assign, to handle, a reply to review, to release, to rate. */
export const HandlingTask = taskSubjects('handling-feedback');

export const HandlingErrorCode = {
  CaseNotInState: 'HANDLING.CASE_NOT_IN_STATE',
  /** The handling period was extended once already. */
  AlreadyExtended: 'HANDLING.ALREADY_EXTENDED',
  /** A party asks for re-handling once. */
  RehandlingUsed: 'HANDLING.REHANDLING_USED',
  /** Only cases still waiting for triage are merged or split. */
  CasesNotMergeable: 'HANDLING.CASES_NOT_MERGEABLE',
  /** The department named is not a department of the tenant. */
  UnknownDepartment: 'VALIDATION.UNKNOWN_DEPARTMENT',
} as const;

/** The deadlines a case sets (evt.handling-feedback.deadline.<kind>.v1). */
export const CaseDeadlineKind = { Reminder: 'case-reminder', Overdue: 'case-overdue' } as const;
export const HandlingDeadline = {
  Reminder: 'evt.handling-feedback.deadline.case-reminder.v1',
  Overdue: 'evt.handling-feedback.deadline.case-overdue.v1',
} as const;

/** Events handling-feedback-service publishes (besides its tasks and deadlines). */
export const HandlingEvent = {
  /** The parties of a case are told its result: closed with a reason, an adoption decision, a released reply. */
  FedBack: 'evt.handling-feedback.case.fed-back.v1',
  /** The lead and co-handling departments are told their case and its due date (assigned, or handled again). */
  Assigned: 'evt.handling-feedback.case.assigned.v1',
  /** The assigning office is told a department gave its case back, and why. */
  Returned: 'evt.handling-feedback.case.returned.v1',
  /** A supervision report (督查通报) was published: the departments it names and the organisers are told. */
  SupervisionPublished: 'evt.handling-feedback.supervision-report.published.v1',
} as const;
