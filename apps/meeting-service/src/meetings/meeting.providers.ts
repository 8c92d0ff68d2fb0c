import { DirectoryOrgUnits } from '../directory/directory-org-units.js';
import { DirectoryPeople } from '../directory/directory-people.js';
import { MeetingDocumentEntity } from '../documents/meeting-document.entity.js';
import { MeetingDocumentsHandler } from '../documents/meeting-documents.handler.js';
import { AgendaOutcomesHandler } from '../opinions/agenda-outcomes.handler.js';
import { MeetingOpinionEntity } from '../opinions/meeting-opinion.entity.js';
import { RecordOpinionHandler } from '../opinions/record-opinion.handler.js';
import { TransferOutcomesHandler } from '../opinions/transfer-outcomes.handler.js';
import { AcceptPlanChangeHandler } from '../plan/accept-plan-change.handler.js';
import { PlanEventsSubscriber } from '../plan/plan-events.subscriber.js';
import { PreparedOpinionEntity } from '../prepared-opinions/prepared-opinion.entity.js';
import { PreparedOpinionHandler } from '../prepared-opinions/prepared-opinion.handler.js';
import { ConfirmReadingHandler } from '../readings/confirm-reading.handler.js';
import { MeetingReadingEntity } from '../readings/reading.entity.js';
import { MeetingSettings } from '../settings/meeting-settings.js';
import { CreateMeetingHandler } from './commands/create-meeting.handler.js';
import { MeetingStepsHandler } from './commands/meeting-steps.handler.js';
import { UpdateMeetingHandler } from './commands/update-meeting.handler.js';
import { MeetingEntity, MeetingStepEntity } from './meeting.entity.js';
import { MeetingFiguresHandler } from './queries/meeting-figures.handler.js';
import { MeetingQueriesHandler } from './queries/meeting-queries.handler.js';

/** The meetings' tables: the meeting and its steps, readings, prepared and raised opinions, documents. */
export const MEETING_ENTITIES = [MeetingEntity, MeetingStepEntity, MeetingReadingEntity, PreparedOpinionEntity, MeetingOpinionEntity, MeetingDocumentEntity];

/** The meetings' handlers, the plan's subscriber, and what they ask of the directory. */
export const MEETING_PROVIDERS = [
  DirectoryOrgUnits,
  DirectoryPeople,
  MeetingSettings,
  PlanEventsSubscriber,
  MeetingQueriesHandler,
  MeetingFiguresHandler,
  CreateMeetingHandler,
  UpdateMeetingHandler,
  MeetingStepsHandler,
  TransferOutcomesHandler,
  AcceptPlanChangeHandler,
  ConfirmReadingHandler,
  PreparedOpinionHandler,
  RecordOpinionHandler,
  AgendaOutcomesHandler,
  MeetingDocumentsHandler,
];
