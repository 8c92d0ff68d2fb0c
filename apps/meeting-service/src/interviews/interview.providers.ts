import { InterviewDocumentsHandler } from './commands/interview-documents.handler.js';
import { InterviewStepsHandler } from './commands/interview-steps.handler.js';
import { InviteInterviewHandler } from './commands/invite-interview.handler.js';
import { RecordInterviewHandler } from './commands/record-interview.handler.js';
import { RequestInterviewHandler } from './commands/request-interview.handler.js';
import { ScheduleInterviewHandler } from './commands/schedule-interview.handler.js';
import { InterviewDirectory } from './interview-directory.js';
import { InterviewDocumentEntity } from './interview-document.entity.js';
import { InterviewOpinionEntity } from './interview-opinion.entity.js';
import { InterviewEntity } from './interview.entity.js';
import { InterviewQueriesHandler } from './queries/interview-queries.handler.js';

/** The interview feature's entities and providers, listed once for the module. */
export const INTERVIEW_ENTITIES = [InterviewEntity, InterviewOpinionEntity, InterviewDocumentEntity];
export const INTERVIEW_PROVIDERS = [
  InterviewDirectory,
  InterviewQueriesHandler,
  InviteInterviewHandler,
  RequestInterviewHandler,
  ScheduleInterviewHandler,
  InterviewStepsHandler,
  RecordInterviewHandler,
  InterviewDocumentsHandler,
];
