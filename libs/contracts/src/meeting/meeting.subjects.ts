/** Request/reply subjects answered by meeting-service: `<context>.<aggregate>.<verb>`. */
export const MeetingSubject = {
  List: 'meeting.meeting.list',
  Get: 'meeting.meeting.get',
  Create: 'meeting.meeting.create',
  Update: 'meeting.meeting.update',
  Notice: 'meeting.meeting.notice',
  ProvideDocuments: 'meeting.meeting.provide-documents',
  Hold: 'meeting.meeting.hold',
  RecordMinutes: 'meeting.meeting.record-minutes',
  TransferOutcomes: 'meeting.meeting.transfer-outcomes',
  Close: 'meeting.meeting.close',
  Cancel: 'meeting.meeting.cancel',
  AcceptPlanChange: 'meeting.meeting.accept-plan-change',
  Figures: 'meeting.meeting.figures',
  ConfirmReading: 'meeting.reading.confirm',
  DraftPreparedOpinion: 'meeting.prepared-opinion.draft',
  ApprovePreparedOpinion: 'meeting.prepared-opinion.approve',
  RecordOpinion: 'meeting.opinion.record',
  ListAgendaOutcomes: 'meeting.opinion.agenda-list',
  AddDocument: 'meeting.document.add',
  FindDocument: 'meeting.document.find',
  AttachMinutes: 'meeting.minutes.attach',
  FindMinutesAttachment: 'meeting.minutes.find-attachment',
} as const;

/**
 * Refusals of meeting-service. `VALIDATION.*` codes name the field and answer 422; the others
 * are rules of the meeting's state and answer 409.
 */
export const MeetingErrorCode = {
  NotInState: 'MEETING.NOT_IN_STATE',
  /** The notice or the documents go out later than the lead time, and no reason was given. */
  LateReasonRequired: 'VALIDATION.LATE_REASON_REQUIRED',
  StartsInPast: 'VALIDATION.STARTS_IN_PAST',
  UnknownParticipant: 'VALIDATION.UNKNOWN_PARTICIPANT',
  NomineesOnlyForPersonnel: 'VALIDATION.NOMINEES_ONLY_FOR_PERSONNEL',
  /** A notice needs the day, the time and the place. */
  ScheduleIncomplete: 'MEETING.SCHEDULE_INCOMPLETE',
  DocumentsMissing: 'MEETING.DOCUMENTS_MISSING',
  NotInvited: 'MEETING.NOT_INVITED',
  PreparedOpinionNotInState: 'MEETING.PREPARED_OPINION_NOT_IN_STATE',
  NoPlanChange: 'MEETING.NO_PLAN_CHANGE',
} as const;
