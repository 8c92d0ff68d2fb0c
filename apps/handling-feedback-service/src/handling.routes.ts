import {
  acceptCaseCommandSchema,
  approveReplyCommandSchema,
  assignCaseCommandSchema,
  caseRefSchema,
  closeCaseCommandSchema,
  coSignCaseCommandSchema,
  extendCaseCommandSchema,
  HandlingSubject,
  listCasesQuerySchema,
  mergeCasesCommandSchema,
  rateCaseCommandSchema,
  recordAdoptionCommandSchema,
  registerCaseCommandSchema,
  releaseReplyCommandSchema,
  replyCaseCommandSchema,
  returnCaseCommandSchema,
  sendBackReplyCommandSchema,
  splitCaseCommandSchema,
  exportYearEndSchema,
  publishSupervisionSchema,
  yearQuerySchema,
} from '@xieshang/contracts';
import { route } from '@xieshang/platform-runtime';
import { AssignmentHandler } from './cases/commands/assignment.handler.js';
import { HandlingHandler } from './cases/commands/handling.handler.js';
import { RateCaseHandler } from './cases/commands/rate-case.handler.js';
import { RecordAdoptionHandler } from './cases/commands/record-adoption.handler.js';
import { RegisterCaseHandler } from './cases/commands/register-case.handler.js';
import { ReviewHandler } from './cases/commands/review.handler.js';
import { TriageHandler } from './cases/commands/triage.handler.js';
import { CaseQueriesHandler } from './cases/queries/case-queries.handler.js';
import { YearEndReportHandler } from './reports/year-end-report.handler.js';
import { SupervisionHandler } from './reports/supervision.handler.js';
import { DashboardHandler } from './dashboard/dashboard.handler.js';

/** Every subject handling-feedback-service answers: subject, input schema, handler method. */
export const HANDLING_ROUTES = [
  route(HandlingSubject.ListCases, listCasesQuerySchema, CaseQueriesHandler, 'list'),
  route(HandlingSubject.GetCase, caseRefSchema, CaseQueriesHandler, 'get'),
  route(HandlingSubject.RegisterCase, registerCaseCommandSchema, RegisterCaseHandler, 'execute'),
  route(HandlingSubject.AcceptCase, acceptCaseCommandSchema, TriageHandler, 'accept'),
  route(HandlingSubject.MergeCases, mergeCasesCommandSchema, TriageHandler, 'merge'),
  route(HandlingSubject.SplitCase, splitCaseCommandSchema, TriageHandler, 'split'),
  route(HandlingSubject.CloseCase, closeCaseCommandSchema, TriageHandler, 'close'),
  route(HandlingSubject.RecordAdoption, recordAdoptionCommandSchema, RecordAdoptionHandler, 'execute'),
  route(HandlingSubject.AssignCase, assignCaseCommandSchema, AssignmentHandler, 'assign'),
  route(HandlingSubject.ReturnCase, returnCaseCommandSchema, AssignmentHandler, 'return'),
  route(HandlingSubject.ExtendCase, extendCaseCommandSchema, AssignmentHandler, 'extend'),
  route(HandlingSubject.ReplyCase, replyCaseCommandSchema, HandlingHandler, 'reply'),
  route(HandlingSubject.CoSignCase, coSignCaseCommandSchema, HandlingHandler, 'coSign'),
  route(HandlingSubject.ApproveReply, approveReplyCommandSchema, ReviewHandler, 'approve'),
  route(HandlingSubject.SendBackReply, sendBackReplyCommandSchema, ReviewHandler, 'sendBack'),
  route(HandlingSubject.ReleaseReply, releaseReplyCommandSchema, ReviewHandler, 'release'),
  route(HandlingSubject.RateCase, rateCaseCommandSchema, RateCaseHandler, 'execute'),
  route(HandlingSubject.YearEndReport, yearQuerySchema, YearEndReportHandler, 'report'),
  route(HandlingSubject.ExportYearEnd, exportYearEndSchema, YearEndReportHandler, 'export'),
  route(HandlingSubject.SupervisionReport, yearQuerySchema, SupervisionHandler, 'draft'),
  route(HandlingSubject.PublishSupervision, publishSupervisionSchema, SupervisionHandler, 'publish'),
  route(HandlingSubject.ListSupervision, yearQuerySchema, SupervisionHandler, 'list'),
  route(HandlingSubject.Dashboard, yearQuerySchema, DashboardHandler, 'get'),
];
