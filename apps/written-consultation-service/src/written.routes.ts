import {
  attachDocumentCommandSchema,
  attachmentRefSchema,
  createReplyCommandSchema,
  createSolicitationCommandSchema,
  createSubmissionCommandSchema,
  decideEscalationCommandSchema,
  escalateSubmissionCommandSchema,
  escalationRefSchema,
  exportSummaryCommandSchema,
  forwardSubmissionCommandSchema,
  materialRefSchema,
  replyRefSchema,
  returnReplyCommandSchema,
  sendMaterialCommandSchema,
  solicitationRefSchema,
  submissionRefSchema,
  submitReplyCommandSchema,
  submitSubmissionCommandSchema,
  summaryRefSchema,
  updateReplyCommandSchema,
  updateSolicitationCommandSchema,
  updateSubmissionCommandSchema,
  updateSummaryCommandSchema,
  WrittenSubject,
} from '@xieshang/contracts';
import { route } from '@xieshang/platform-runtime';
import { AttachmentHandler } from './attachments/attachment.handler.js';
import { EscalationHandler, listEscalationsSchema } from './escalations/escalation.handler.js';
import { listMaterialsSchema, MaterialHandler } from './materials/material.handler.js';
import { DraftReplyHandler } from './replies/commands/draft-reply.handler.js';
import { ReplyStepsHandler } from './replies/commands/reply-steps.handler.js';
import { getReplySchema, listRepliesSchema, ReplyQueriesHandler } from './replies/queries/reply-queries.handler.js';
import { CreateSolicitationHandler } from './solicitations/commands/create-solicitation.handler.js';
import { SolicitationTransitionHandler } from './solicitations/commands/solicitation-transition.handler.js';
import { UpdateSolicitationHandler } from './solicitations/commands/update-solicitation.handler.js';
import { getSolicitationSchema, listSolicitationsSchema, SolicitationQueriesHandler } from './solicitations/queries/solicitation-queries.handler.js';
import { DraftSubmissionHandler } from './submissions/commands/draft-submission.handler.js';
import { SubmissionStepsHandler } from './submissions/commands/submission-steps.handler.js';
import { getSubmissionSchema, listSubmissionsSchema, SubmissionQueriesHandler } from './submissions/queries/submission-queries.handler.js';
import { SummaryHandler } from './summaries/summary.handler.js';

/** Every subject written-consultation-service answers: subject, input schema, handler method. */
export const WRITTEN_ROUTES = [
  route(WrittenSubject.ListSolicitations, listSolicitationsSchema, SolicitationQueriesHandler, 'list'),
  route(WrittenSubject.GetSolicitation, getSolicitationSchema, SolicitationQueriesHandler, 'get'),
  route(WrittenSubject.CreateSolicitation, createSolicitationCommandSchema, CreateSolicitationHandler, 'execute'),
  route(WrittenSubject.UpdateSolicitation, updateSolicitationCommandSchema, UpdateSolicitationHandler, 'execute'),
  route(WrittenSubject.SendSolicitation, solicitationRefSchema, SolicitationTransitionHandler, 'send'),
  route(WrittenSubject.CloseSolicitation, solicitationRefSchema, SolicitationTransitionHandler, 'close'),
  route(WrittenSubject.AttachToSolicitation, attachDocumentCommandSchema, AttachmentHandler, 'attachToSolicitation'),
  route(WrittenSubject.GetSolicitationAttachment, attachmentRefSchema, AttachmentHandler, 'solicitationDocument'),
  route(WrittenSubject.ListReplies, listRepliesSchema, ReplyQueriesHandler, 'list'),
  route(WrittenSubject.GetReply, getReplySchema, ReplyQueriesHandler, 'get'),
  route(WrittenSubject.CreateReply, createReplyCommandSchema, DraftReplyHandler, 'create'),
  route(WrittenSubject.UpdateReply, updateReplyCommandSchema, DraftReplyHandler, 'update'),
  route(WrittenSubject.RequestReplyApproval, replyRefSchema, ReplyStepsHandler, 'requestApproval'),
  route(WrittenSubject.ReturnReply, returnReplyCommandSchema, ReplyStepsHandler, 'return'),
  route(WrittenSubject.SubmitReply, submitReplyCommandSchema, ReplyStepsHandler, 'submit'),
  route(WrittenSubject.GetSummary, summaryRefSchema, SummaryHandler, 'get'),
  route(WrittenSubject.UpdateSummary, updateSummaryCommandSchema, SummaryHandler, 'update'),
  route(WrittenSubject.SendSummary, summaryRefSchema, SummaryHandler, 'send'),
  route(WrittenSubject.ExportSummary, exportSummaryCommandSchema, SummaryHandler, 'export'),
  route(WrittenSubject.ListSubmissions, listSubmissionsSchema, SubmissionQueriesHandler, 'list'),
  route(WrittenSubject.GetSubmission, getSubmissionSchema, SubmissionQueriesHandler, 'get'),
  route(WrittenSubject.CreateSubmission, createSubmissionCommandSchema, DraftSubmissionHandler, 'create'),
  route(WrittenSubject.UpdateSubmission, updateSubmissionCommandSchema, DraftSubmissionHandler, 'update'),
  route(WrittenSubject.RequestSubmissionApproval, submissionRefSchema, SubmissionStepsHandler, 'requestApproval'),
  route(WrittenSubject.SubmitSubmission, submitSubmissionCommandSchema, SubmissionStepsHandler, 'submit'),
  route(WrittenSubject.ForwardSubmission, forwardSubmissionCommandSchema, SubmissionStepsHandler, 'forward'),
  route(WrittenSubject.EscalateSubmission, escalateSubmissionCommandSchema, SubmissionStepsHandler, 'escalate'),
  route(WrittenSubject.ListEscalations, listEscalationsSchema, EscalationHandler, 'list'),
  route(WrittenSubject.GetEscalation, escalationRefSchema, EscalationHandler, 'get'),
  route(WrittenSubject.DecideEscalation, decideEscalationCommandSchema, EscalationHandler, 'decide'),
  route(WrittenSubject.ListMaterials, listMaterialsSchema, MaterialHandler, 'list'),
  route(WrittenSubject.GetMaterial, materialRefSchema, MaterialHandler, 'get'),
  route(WrittenSubject.SendMaterial, sendMaterialCommandSchema, MaterialHandler, 'send'),
  route(WrittenSubject.ConfirmMaterial, materialRefSchema, MaterialHandler, 'confirm'),
  route(WrittenSubject.AttachToMaterial, attachDocumentCommandSchema, AttachmentHandler, 'attachToMaterial'),
  route(WrittenSubject.GetMaterialAttachment, attachmentRefSchema, AttachmentHandler, 'materialDocument'),
];
